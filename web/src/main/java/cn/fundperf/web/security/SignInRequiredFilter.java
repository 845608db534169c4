package cn.fundperf.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.web.filter.AccessControlFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * Shiro filter for pages that need a signed-in user: sends others to the login page (ajax-safe),
 * remembering the page they asked for; API calls get 401 instead.
 */
public class SignInRequiredFilter extends AccessControlFilter {

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        return getSubject(request, response).isAuthenticated();
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        HttpServletRequest http = WebUtils.toHttp(request);
        HttpServletResponse httpResponse = WebUtils.toHttp(response);
        String path = http.getRequestURI().substring(http.getContextPath().length());
        if (path.startsWith("/api/")) {
            httpResponse.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return false;
        }
        if ("GET".equals(http.getMethod())) {
            WebUtils.saveRequest(request);
        }
        Redirects.send(http, httpResponse, "/login.xhtml" + ("partial/ajax".equals(http.getHeader("Faces-Request")) ? "?reason=expired" : ""));
        return false;
    }
}
