package cn.fundperf.ejb.security;

import cn.fundperf.ejb.business.BusinessException;
import jakarta.ejb.ApplicationException;

/** The change would leave nobody enabled in an indispensable duty (the audit or the security administrator). */
@ApplicationException(rollback = true)
public class LastAdministratorException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public LastAdministratorException(Role duty) {
        super("user.lastAdministrator", duty);   // the role travels as an enum: shown by its label
    }
}
