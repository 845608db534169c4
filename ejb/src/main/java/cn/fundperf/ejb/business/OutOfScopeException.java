package cn.fundperf.ejb.business;

import jakarta.ejb.ApplicationException;

/** The record exists but lies outside the caller's data scope (organization / region). */
@ApplicationException(rollback = true)
public class OutOfScopeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OutOfScopeException(String entity, Object id) {
        super("error.outOfScope", entity, String.valueOf(id));
    }
}
