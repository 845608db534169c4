package cn.fundperf.web.security;

import cn.fundperf.ejb.security.LoginOutcome;
import org.apache.shiro.authc.AuthenticationException;

/** Carries the refusal's details (remaining attempts, lock minutes) from the realm to the login page. */
public class LoginRefused extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final transient LoginOutcome outcome;

    public LoginRefused(LoginOutcome outcome) {
        super(outcome.result().name());
        this.outcome = outcome;
    }

    public LoginOutcome outcome() {
        return outcome;
    }
}
