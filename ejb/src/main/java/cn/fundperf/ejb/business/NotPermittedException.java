package cn.fundperf.ejb.business;

import jakarta.ejb.ApplicationException;

/** The caller's roles do not grant the permission a use case needs. */
@ApplicationException(rollback = true)
public class NotPermittedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotPermittedException(String permission) {
        super("error.notPermitted", permission);
    }
}
