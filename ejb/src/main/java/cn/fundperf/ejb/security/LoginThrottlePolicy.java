package cn.fundperf.ejb.security;

import java.time.Duration;

/**
 * Failed HTTP Basic logins allowed within {@code window}, per user name and per client address,
 * before further attempts are answered with 429 until the window has passed.
 */
public record LoginThrottlePolicy(int maxFailuresPerAccount, int maxFailuresPerAddress, Duration window) {

    public static LoginThrottlePolicy defaults() {
        return new LoginThrottlePolicy(10, 30, Duration.ofMinutes(1));
    }
}
