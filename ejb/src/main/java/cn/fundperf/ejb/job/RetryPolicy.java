package cn.fundperf.ejb.job;

import java.time.Duration;

/**
 * How often a failed run is tried again and how long it waits: the delay doubles after each
 * attempt, up to a ceiling ({@code fundperf.jobs.*} in config/rules.properties).
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("retry policy " + maxAttempts + ", " + firstDelay + ", " + maxDelay);
        }
    }

    public boolean mayRetryAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /** The wait after the given (failed) attempt: first, 2 × first, 4 × first … at most the ceiling. */
    public Duration delayAfter(int attempt) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
