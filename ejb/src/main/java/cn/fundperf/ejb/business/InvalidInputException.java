package cn.fundperf.ejb.business;

import jakarta.ejb.ApplicationException;

/** Input that breaks a rule of the domain (duplicate code, bad value, weak password...). */
@ApplicationException(rollback = true)
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String key, Object... arguments) {
        super(key, arguments);
    }
}
