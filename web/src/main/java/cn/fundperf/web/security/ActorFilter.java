package cn.fundperf.web.security;

import cn.fundperf.ejb.security.AccountService;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.CurrentActor;
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
 * user whose password must change on the password page.
 */
public class ActorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PASSWORD_PAGE = "/app/account/password.xhtml";

    @Inject
    AccountService accounts;

    @Inject
    CurrentActor currentActor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Subject subject = SecurityUtils.getSubject();
        SignedInUser user = subject.isAuthenticated() ? (SignedInUser) subject.getPrincipal() : null;
        if (user != null) {
            HttpSession session = request.getSession(false);
            Long signedInAt = session == null ? null : (Long) session.getAttribute(SessionLimits.SIGNED_IN_AT);
            long absoluteMillis = accounts.sessionPolicy().absoluteTimeout().toMillis();
            if (signedInAt != null && System.currentTimeMillis() - signedInAt > absoluteMillis) {
                accounts.recordSessionExpired(user.userId(), request.getRemoteAddr(), "absolute limit");
                endSession(subject, request, response, "expired");
                return;
            }
            Optional<Actor> actor = accounts.actorFor(user.userId(), request.getRemoteAddr());
            if (actor.isEmpty()) {
                endSession(subject, request, response, "disabled");
                return;
            }
            currentActor.set(actor.get());
            if (session != null && Boolean.TRUE.equals(session.getAttribute(SessionLimits.PASSWORD_CHANGE_REQUIRED))
                    && isPageOtherThanPasswordChange(request)) {
                Redirects.send(request, response, PASSWORD_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isPageOtherThanPasswordChange(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/app/") && !path.equals(PASSWORD_PAGE);
    }

    private static void endSession(Subject subject, HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException {
        subject.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Redirects.send(request, response, "/login.xhtml?reason=" + reason);
    }
}
