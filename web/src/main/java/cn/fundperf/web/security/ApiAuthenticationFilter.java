package cn.fundperf.web.security;

import cn.fundperf.ejb.security.AccountService;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * HTTP Basic for the JSON API (the browser's session works too), with failed logins throttled per
 * user name and per client address: past the configured count within the window the API answers
 * 429 {@code auth.tooManyFailures} without checking the password. The lockout of the account
 * service applies as well. The filter chain in shiro.ini puts {@code noSessionCreation} first, so
 * that a Basic call without a session cookie leaves no session behind.
 */
public class ApiAuthenticationFilter extends BasicHttpAuthenticationFilter {

    private volatile LoginThrottle throttle;

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        if (!isLoginAttempt(request, response)) {
            sendChallenge(request, response);
            return false;
        }
        HttpServletRequest http = WebUtils.toHttp(request);
        String[] nameAndPassword = getPrincipalsAndCredentials(getAuthzHeader(request), request);
        String username = nameAndPassword == null || nameAndPassword.length == 0 ? "" : nameAndPassword[0];
        String address = request.getRemoteAddr();
        LoginThrottle limits = throttle();
        if (limits.refuses(username, address, Instant.now())) {
            ApiRefusal.send(http, WebUtils.toHttp(response), 429, "auth.tooManyFailures",
                    accounts().loginThrottlePolicy().window().toSeconds());
            return false;
        }
        if (executeLogin(request, response)) {
            return true;
        }
        limits.recordFailure(username, address, Instant.now());
        sendChallenge(request, response);
        return false;
    }

    private LoginThrottle throttle() {
        LoginThrottle current = throttle;
        if (current == null) {
            synchronized (this) {
                if (throttle == null) {
                    throttle = new LoginThrottle(accounts().loginThrottlePolicy());
                }
                current = throttle;
            }
        }
        return current;
    }

    private static AccountService accounts() {
        return CDI.current().select(AccountService.class).get();
    }
}
