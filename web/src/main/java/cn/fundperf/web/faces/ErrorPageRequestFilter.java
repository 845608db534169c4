package cn.fundperf.web.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * An error page shown for a failed form post (an expired or forged page state) is rendered as a
 * plain GET: otherwise Faces would take it for a postback of the failed form, PrimeFaces would
 * check its CSP nonce, and the user would get a blank 500 instead of 页面已过期.
 */
public class ErrorPageRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Map.of();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }

            @Override
            public String getHeader(String name) {
                // an ajax request's error page goes out as a whole page, which PrimeFaces then shows
                return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
            }
        }, response);
    }
}
