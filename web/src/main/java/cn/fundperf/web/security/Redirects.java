package cn.fundperf.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A redirect that also works for JSF ajax requests, which cannot follow an HTTP 302. */
final class Redirects {

    private Redirects() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String url = request.getContextPath() + path;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"%s\"></redirect></partial-response>",
                    url.replace("&", "&amp;").replace("\"", "&quot;"));
        } else {
            response.sendRedirect(url);
        }
    }
}
