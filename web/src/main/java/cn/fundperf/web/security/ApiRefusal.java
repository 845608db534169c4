package cn.fundperf.web.security;

import cn.fundperf.web.api.BusinessExceptionMapper;
import cn.fundperf.web.faces.Texts;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A refusal of an API call made before JAX-RS is reached (by a servlet or Shiro filter), in the
 * same shape as the resources' refusals: {@code {"key": ..., "message": ...}} in the caller's language.
 */
final class ApiRefusal {

    private ApiRefusal() {
    }

    static boolean isApi(HttpServletRequest request) {
        return pathOf(request).startsWith("/api/");
    }

    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static void send(HttpServletRequest request, HttpServletResponse response, int status, String key, Object... arguments)
            throws IOException {
        String body = Json.createObjectBuilder()
                .add("key", key)
                .add("message", Texts.text(BusinessExceptionMapper.callersLocale(request), key, arguments))
                .build().toString();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }

}
