package cn.fundperf.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.security.LoginThrottlePolicy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottlePolicy(3, 5, Duration.ofMinutes(1)));

    private void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(name, address, NOW);
        }
    }

    @Test
    void an_account_is_refused_after_its_count_of_failures_within_the_window() {
        fail("zhangsan", "10.0.0.1", 2);
        assertFalse(throttle.refuses("zhangsan", "10.0.0.1", NOW));

        fail("zhangsan", "10.0.0.2", 1);
        assertTrue(throttle.refuses("ZhangSan ", "10.0.0.3", NOW.plusSeconds(59)), "per name, whatever the address or case");
        assertFalse(throttle.refuses("lisi", "10.0.0.3", NOW), "other names are not affected");
    }

    @Test
    void the_refusal_ends_with_the_window() {
        fail("zhangsan", "10.0.0.1", 3);
        assertTrue(throttle.refuses("zhangsan", "10.0.0.1", NOW.plusSeconds(59)));
        assertFalse(throttle.refuses("zhangsan", "10.0.0.9", NOW.plusSeconds(60)));
    }

    @Test
    void an_address_is_refused_after_its_count_of_failures_over_any_names() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("name" + i, "10.0.0.1", NOW);
        }
        assertTrue(throttle.refuses("someone-else", "10.0.0.1", NOW));
        assertFalse(throttle.refuses("someone-else", "10.0.0.2", NOW));
    }
}
