package cn.fundperf.ejb.security;

import java.time.Duration;

/** After {@code maxFailures} wrong passwords in a row the account is locked for {@code lockDuration}. */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    public static LockoutPolicy defaults() {
        return new LockoutPolicy(5, Duration.ofMinutes(15));
    }
}
