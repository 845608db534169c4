package cn.fundperf.ejb.security;

/** Whether a personal API token still works, and if not, why. */
public enum ApiTokenState {
    ACTIVE,
    EXPIRED,
    REVOKED
}
