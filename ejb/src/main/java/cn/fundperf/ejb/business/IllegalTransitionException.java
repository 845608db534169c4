package cn.fundperf.ejb.business;

import jakarta.ejb.ApplicationException;

/** A state change that the record's current state does not allow. */
@ApplicationException(rollback = true)
public class IllegalTransitionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(String key, Object... arguments) {
        super(key, arguments);
    }
}
