package cn.fundperf.web.security;

import cn.fundperf.ejb.security.AccountService;
import cn.fundperf.ejb.security.Role;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.util.WebUtils;

/**
 * Payara's {@code /metrics} (it passes through the application's filters): for a collector on
 * this machine, or for the system administrator (session or HTTP Basic). A request that came
 * through a reverse proxy (Forwarded / X-Forwarded-For) is not local, even from 127.0.0.1.
 * A signed-in user without the role gets 403 and is audited as a URL-level refusal.
 */
public class MonitoringAccessFilter extends ApiAuthenticationFilter {

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        Subject subject = getSubject(request, response);
        return fromThisMachine(WebUtils.toHttp(request))
                || subject.isAuthenticated() && subject.hasRole(Role.SYSADMIN.name());
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        if (!getSubject(request, response).isAuthenticated() && !super.onAccessDenied(request, response)) {
            return false;   // no or wrong credentials: the Basic challenge (or 429) went out
        }
        Subject subject = getSubject(request, response);
        if (subject.hasRole(Role.SYSADMIN.name())) {
            return true;
        }
        HttpServletRequest http = WebUtils.toHttp(request);
        CDI.current().select(AccountService.class).get()
                .recordPageRefused(((SignedInUser) subject.getPrincipal()).userId(), http.getRemoteAddr(), ApiRefusal.pathOf(http));
        // the status alone: the 无权访问 page would need a session, and this path creates none
        WebUtils.toHttp(response).setStatus(HttpServletResponse.SC_FORBIDDEN);
        return false;
    }

    static boolean fromThisMachine(HttpServletRequest request) {
        if (request.getHeader("Forwarded") != null || request.getHeader("X-Forwarded-For") != null) {
            return false;
        }
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
