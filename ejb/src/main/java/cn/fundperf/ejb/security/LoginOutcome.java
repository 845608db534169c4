package cn.fundperf.ejb.security;

import java.io.Serializable;

/**
 * What a login attempt came to. Not an exception: a failed attempt must still commit its
 * failure count and audit record.
 */
public record LoginOutcome(Result result, Actor actor, boolean passwordChangeRequired,
                           int remainingAttempts, long lockedMinutes) implements Serializable {

    public enum Result { SUCCEEDED, BAD_CREDENTIALS, LOCKED, DISABLED }

    public boolean succeeded() {
        return result == Result.SUCCEEDED;
    }

    static LoginOutcome succeeded(Actor actor, boolean passwordChangeRequired) {
        return new LoginOutcome(Result.SUCCEEDED, actor, passwordChangeRequired, 0, 0);
    }

    static LoginOutcome badCredentials(int remainingAttempts) {
        return new LoginOutcome(Result.BAD_CREDENTIALS, null, false, remainingAttempts, 0);
    }

    static LoginOutcome locked(long minutes) {
        return new LoginOutcome(Result.LOCKED, null, false, 0, minutes);
    }

    static LoginOutcome disabled() {
        return new LoginOutcome(Result.DISABLED, null, false, 0, 0);
    }
}
