package cn.fundperf.web.security;

import cn.fundperf.ejb.security.AccountService;
import cn.fundperf.ejb.security.ApiTokenService;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.security.SignedInAccount;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

/**
 * Runs after Shiro on every request: turns the signed-in subject into the {@link Actor} that
 * services read, ends sessions past the absolute limit or of disabled accounts, and keeps a
 * user whose password must change on the password page (or, over the API, on the password call),
 * however the session or request was authenticated.
 * <p>
 * Sessions: whichever way a session got signed in (login form, or HTTP Basic on a request that
 * carried a session cookie), it gets a new id, the configured idle limit (enforced by the
 * container) and its sign-in time (the absolute limit, checked here on every request, pages and
 * API alike). A call with a personal API token has no session: it acts in the token's roles that
 * the owner still holds, is refused like a password call while the owner must change the
 * password, and may not change the password itself.
 */
public class ActorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PASSWORD_PAGE = "/app/account/password.xhtml";
    static final String PASSWORD_API = "/api/me/password";

    @Inject
    AccountService accounts;

    @Inject
    ApiTokenService tokens;

    @Inject
    CurrentActor currentActor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Subject subject = SecurityUtils.getSubject();
        SignedInUser user = subject.isAuthenticated() ? (SignedInUser) subject.getPrincipal() : null;
        if (user != null && user.byToken()) {
            if (refuseTokenCall(user, request, response)) {
                return;
            }
        } else if (user != null) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SessionLimits.SIGNED_IN_AT) == null) {
                // signed in without the login page (HTTP Basic on a session that existed): the same limits, a new id
                request.changeSessionId();
                startLimits(session);
            }
            Long signedInAt = session == null ? null : (Long) session.getAttribute(SessionLimits.SIGNED_IN_AT);
            long absoluteMillis = accounts.sessionPolicy().absoluteTimeout().toMillis();
            if (signedInAt != null && System.currentTimeMillis() - signedInAt > absoluteMillis) {
                accounts.recordSessionExpired(user.userId(), request.getRemoteAddr(), "absolute limit");
                endSession(subject, request, response, "expired");
                return;
            }
            Optional<SignedInAccount> account = accounts.signedIn(user.userId(), request.getRemoteAddr());
            if (account.isEmpty()) {
                endSession(subject, request, response, "disabled");
                return;
            }
            currentActor.set(account.get().actor());
            if (account.get().passwordChangeRequired() && refuseUntilPasswordChanged(request, response)) {
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * A token call: its actor, or a refusal. A token that stopped working since the sign-in of this
     * very request (revoked a moment ago) is answered like any token that does not work.
     */
    private boolean refuseTokenCall(SignedInUser user, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<SignedInAccount> account = tokens.signedIn(user.tokenId(), request.getRemoteAddr());
        if (account.isEmpty()) {
            ApiRefusal.send(request, response, HttpServletResponse.SC_UNAUTHORIZED, "auth.tokenInvalid");
            return true;
        }
        currentActor.set(account.get().actor());
        if (ApiRefusal.pathOf(request).equals(PASSWORD_API)) {
            // a token stands for an integration, not the person: the password is the person's own
            ApiRefusal.send(request, response, HttpServletResponse.SC_FORBIDDEN, "auth.tokenNotAllowed");
            return true;
        }
        return account.get().passwordChangeRequired() && refuseUntilPasswordChanged(request, response);
    }

    /** Sets the idle and absolute limits of a session at its sign-in. */
    private void startLimits(HttpSession session) {
        session.setMaxInactiveInterval((int) accounts.sessionPolicy().idleTimeout().toSeconds());
        session.setAttribute(SessionLimits.SIGNED_IN_AT, System.currentTimeMillis());
    }

    /**
     * A temporary, reset or expired password allows nothing but changing it, on every path: pages
     * go to the password page, API calls other than the password change get 403 with a key.
     */
    private static boolean refuseUntilPasswordChanged(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String path = ApiRefusal.pathOf(request);
        if (ApiRefusal.isApi(request) && !path.equals(PASSWORD_API)) {
            ApiRefusal.send(request, response, HttpServletResponse.SC_FORBIDDEN, "auth.passwordChangeRequired");
            return true;
        }
        if (path.startsWith("/app/") && !path.equals(PASSWORD_PAGE)) {
            Redirects.send(request, response, PASSWORD_PAGE);
            return true;
        }
        return false;
    }

    private static void endSession(Subject subject, HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException {
        subject.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (ApiRefusal.isApi(request)) {
            ApiRefusal.send(request, response, HttpServletResponse.SC_UNAUTHORIZED,
                    "expired".equals(reason) ? "auth.sessionExpired" : "auth.accountDisabled");
            return;
        }
        Redirects.send(request, response, "/login.xhtml?reason=" + reason);
    }
}
