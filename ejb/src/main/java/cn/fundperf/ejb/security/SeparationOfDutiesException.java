package cn.fundperf.ejb.security;

import cn.fundperf.ejb.business.BusinessException;
import jakarta.ejb.ApplicationException;

/** The actor's duty does not cover this account (三员分立, see {@link AccountAdministrationRule}). */
@ApplicationException(rollback = true)
public class SeparationOfDutiesException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SeparationOfDutiesException(String key) {
        super(key);
    }
}
