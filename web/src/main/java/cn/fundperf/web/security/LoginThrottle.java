package cn.fundperf.web.security;

import cn.fundperf.ejb.security.LoginThrottlePolicy;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed HTTP Basic logins counted in fixed windows per user name and per client address, in
 * this server's memory (a throttle, not the lockout: that one is in the database). Once either
 * count has reached its limit, further attempts are refused until the window is over.
 */
final class LoginThrottle {

    private static final int PURGE_ABOVE = 10_000;

    private final LoginThrottlePolicy policy;
    private final Map<String, Window> accounts = new ConcurrentHashMap<>();
    private final Map<String, Window> addresses = new ConcurrentHashMap<>();

    LoginThrottle(LoginThrottlePolicy policy) {
        this.policy = policy;
    }

    private record Window(Instant start, int failures) {
    }

    boolean refuses(String username, String address, Instant now) {
        return failures(accounts, key(username), now) >= policy.maxFailuresPerAccount()
                || failures(addresses, address, now) >= policy.maxFailuresPerAddress();
    }

    void recordFailure(String username, String address, Instant now) {
        count(accounts, key(username), now);
        count(addresses, address, now);
    }

    private int failures(Map<String, Window> windows, String key, Instant now) {
        Window window = key == null ? null : windows.get(key);
        return window == null || expired(window, now) ? 0 : window.failures();
    }

    private void count(Map<String, Window> windows, String key, Instant now) {
        if (key == null) {
            return;
        }
        windows.compute(key, (k, window) -> window == null || expired(window, now)
                ? new Window(now, 1) : new Window(window.start(), window.failures() + 1));
        if (windows.size() > PURGE_ABOVE) {
            windows.values().removeIf(window -> expired(window, now));
        }
    }

    private boolean expired(Window window, Instant now) {
        return !now.isBefore(window.start().plus(policy.window()));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
