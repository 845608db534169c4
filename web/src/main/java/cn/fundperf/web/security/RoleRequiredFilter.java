package cn.fundperf.web.security;

import cn.fundperf.ejb.security.AccountService;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import java.io.IOException;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authz.AuthorizationFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * URL-level role check ({@code anyRole[SYSADMIN, SECADMIN]}): any one of the listed roles
 * admits. A first line of defence only; services check permissions again for every call.
 * A signed-in user refused here is audited (security.url.denied), as a refused use case is.
 */
public class RoleRequiredFilter extends AuthorizationFilter {

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        Subject subject = getSubject(request, response);
        String[] roles = (String[]) mappedValue;
        if (roles == null || roles.length == 0) {
            return true;
        }
        for (String role : roles) {
            if (subject.hasRole(role.strip())) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws IOException {
        if (!getSubject(request, response).isAuthenticated()) {
            Redirects.send(WebUtils.toHttp(request), WebUtils.toHttp(response), "/login.xhtml");
        } else {
            HttpServletRequest http = WebUtils.toHttp(request);
            SignedInUser user = (SignedInUser) getSubject(request, response).getPrincipal();
            CDI.current().select(AccountService.class).get()
                    .recordPageRefused(user.userId(), http.getRemoteAddr(), ApiRefusal.pathOf(http));
            WebUtils.toHttp(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        }
        return false;
    }
}
