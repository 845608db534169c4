package cn.fundperf.web.security;

import org.apache.shiro.authc.AuthenticationException;

/** A personal API token that does not work, whatever the reason (unknown, wrong, expired, revoked, owner blocked). */
public class TokenRefused extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    public TokenRefused() {
        super("token refused");
    }
}
