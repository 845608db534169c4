package cn.fundperf.web.security;

/** Names of the session attributes that the login and the request filter share. */
final class SessionLimits {

    static final String SIGNED_IN_AT = "fundperf.signedInAt";
    static final String PASSWORD_CHANGE_REQUIRED = "fundperf.passwordChangeRequired";

    private SessionLimits() {
    }
}
