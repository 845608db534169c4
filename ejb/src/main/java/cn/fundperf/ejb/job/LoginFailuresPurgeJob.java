package cn.fundperf.ejb.job;

import cn.fundperf.ejb.security.AccountService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** The daily purge of wrong passwords older than the lockout window (unknown names' rows and account counts). */
@Dependent
public class LoginFailuresPurgeJob implements JobAction {

    @Inject
    AccountService accounts;

    @Override
    public ScheduledJob job() {
        return ScheduledJob.LOGIN_FAILURES_PURGE;
    }

    @Override
    public String execute() {
        return accounts.forgetOldLoginFailures();
    }
}
