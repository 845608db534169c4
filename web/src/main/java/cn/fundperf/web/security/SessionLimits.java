package cn.fundperf.web.security;

/** Names of the session attributes that the login and the request filter share. */
final class SessionLimits {

    static final String SIGNED_IN_AT = "fundperf.signedInAt";

    private SessionLimits() {
    }
}
