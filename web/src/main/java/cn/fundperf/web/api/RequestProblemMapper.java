package cn.fundperf.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * What JAX-RS itself refuses (an unknown path, a wrong method or media type, a query parameter
 * that is not a number) answers as JSON with a key, like every other refusal, never as an HTML page.
 * A parameter that does not convert is the caller's mistake: 400 naming the parameter.
 */
@Provider
public class RequestProblemMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        Optional<String> parameter = parameterName(e);
        if (parameter.isPresent()) {
            return BusinessExceptionMapper.problem(400, headers, "api.badParameter", parameter.get());
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        String key = switch (status) {
            case 400 -> "api.badRequest";
            case 404 -> "api.notFound";
            case 405 -> "api.methodNotAllowed";
            case 406 -> "api.notAcceptable";
            case 415 -> "api.unsupportedMediaType";
            default -> "api.refused";
        };
        return BusinessExceptionMapper.problem(status, headers, key);
    }

    /** Jersey's ParamException names the parameter that did not convert; other refusals have none. */
    private static Optional<String> parameterName(WebApplicationException e) {
        try {
            Method name = e.getClass().getMethod("getParameterName");
            return Optional.ofNullable((String) name.invoke(e));
        } catch (ReflectiveOperationException notAParameterProblem) {
            return Optional.empty();
        }
    }
}
