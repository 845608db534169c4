package cn.fundperf.ejb.business;

import jakarta.ejb.ApplicationException;

/** Somebody else saved the record after the caller loaded it. */
@ApplicationException(rollback = true)
public class StaleVersionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(String entity, Object id) {
        super("error.staleVersion", entity, id);
    }

    /** Throws when the version the caller edited is not the one stored. */
    public static void requireSame(String entity, Object id, long stored, long edited) {
        if (stored != edited) {
            throw new StaleVersionException(entity, id);
        }
    }
}
