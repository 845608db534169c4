package cn.fundperf.web.security;

import cn.fundperf.ejb.security.AccountService;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Locale;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * HTTP Basic and personal API tokens ({@code Authorization: Bearer fpt_...}) for the JSON API (the
 * browser's session works too), with failed logins throttled per user name (or token) and per
 * client address: past the configured count within the window the API answers 429
 * {@code auth.tooManyFailures} without checking. The lockout of the account service applies as
 * well. The filter chain in shiro.ini puts {@code noSessionCreation} first, so that a Basic call
 * without a session cookie leaves no session behind; a token call is never kept in a session at
 * all ({@link StatelessTokenCalls}) and is checked even when a session cookie comes with it.
 * A token that does not work gets 401 {@code auth.tokenInvalid}, whatever the reason.
 */
public class ApiAuthenticationFilter extends BasicHttpAuthenticationFilter {

    private static final String BEARER = "bearer ";

    private volatile LoginThrottle throttle;

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        // a token speaks for itself, whatever session the cookie names
        return bearerToken(request) == null && super.isAccessAllowed(request, response, mappedValue);
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        String token = bearerToken(request);
        if (token != null) {
            return signInWithToken(token, WebUtils.toHttp(request), WebUtils.toHttp(response));
        }
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

    private boolean signInWithToken(String token, HttpServletRequest request, HttpServletResponse response) throws Exception {
        String address = request.getRemoteAddr();
        // counted per token id as a Basic name would be (the "fpt_123" before the secret), and per address
        int secretStarts = token.indexOf('_', "fpt_".length());
        String key = "token:" + token.substring(0, Math.min(secretStarts > 0 ? secretStarts : token.length(), 30));
        LoginThrottle limits = throttle();
        if (limits.refuses(key, address, Instant.now())) {
            ApiRefusal.send(request, response, 429, "auth.tooManyFailures", accounts().loginThrottlePolicy().window().toSeconds());
            return false;
        }
        try {
            getSubject(request, response).login(new BearerToken(token, address));
            return true;
        } catch (AuthenticationException refused) {
            limits.recordFailure(key, address, Instant.now());
            response.setHeader(AUTHENTICATE_HEADER, "Bearer realm=\"" + getApplicationName() + "\", error=\"invalid_token\"");
            ApiRefusal.send(request, response, HttpServletResponse.SC_UNAUTHORIZED, "auth.tokenInvalid");
            return false;
        }
    }

    /** The token of an {@code Authorization: Bearer} header, or null. */
    static String bearerToken(ServletRequest request) {
        String header = WebUtils.toHttp(request).getHeader(AUTHORIZATION_HEADER);
        if (header == null || header.length() <= BEARER.length() || !header.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            return null;
        }
        return header.substring(BEARER.length()).strip();
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
