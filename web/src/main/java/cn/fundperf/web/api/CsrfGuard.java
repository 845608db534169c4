package cn.fundperf.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * CSRF defence of the JSON API besides the SameSite=Strict session cookie: a state-changing
 * call must carry the header {@code X-Requested-With}, which a foreign page cannot send
 * without a CORS preflight that this application never grants.
 */
@Provider
public class CsrfGuard implements ContainerRequestFilter {

    static final String HEADER = "X-Requested-With";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!SAFE.contains(request.getMethod()) && request.getHeaderString(HEADER) == null) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                    .entity(new BusinessExceptionMapper.Problem("api.csrf", "missing header " + HEADER)).build());
        }
    }
}
