package cn.fundperf.ejb.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(5));

    @Test
    void the_wait_doubles_after_each_failed_attempt_up_to_the_ceiling() {
        assertEquals(Duration.ofMinutes(1), policy.delayAfter(1));
        assertEquals(Duration.ofMinutes(2), policy.delayAfter(2));
        assertEquals(Duration.ofMinutes(4), policy.delayAfter(3));
        assertEquals(Duration.ofMinutes(5), policy.delayAfter(4));
        assertEquals(Duration.ofMinutes(5), policy.delayAfter(60), "no overflow after many attempts");
    }

    @Test
    void attempts_are_counted_against_the_maximum() {
        assertTrue(policy.mayRetryAfter(4));
        assertFalse(policy.mayRetryAfter(5));
        assertFalse(new RetryPolicy(1, Duration.ZERO, Duration.ZERO).mayRetryAfter(1), "one attempt: no retry");
    }

    @Test
    void a_policy_without_attempts_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(1)));
    }
}
