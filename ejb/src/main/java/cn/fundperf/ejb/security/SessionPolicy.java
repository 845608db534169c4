package cn.fundperf.ejb.security;

import java.time.Duration;

/** Idle and absolute limits of a signed-in session. */
public record SessionPolicy(Duration idleTimeout, Duration absoluteTimeout) {

    public static SessionPolicy defaults() {
        return new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12));
    }
}
