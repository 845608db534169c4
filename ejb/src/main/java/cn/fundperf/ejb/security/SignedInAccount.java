package cn.fundperf.ejb.security;

/** The signed-in user of one request: who acts, and whether the password must change before anything else. */
public record SignedInAccount(Actor actor, boolean passwordChangeRequired) {
}
