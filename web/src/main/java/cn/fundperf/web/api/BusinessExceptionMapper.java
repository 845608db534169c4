package cn.fundperf.web.api;

import cn.fundperf.ejb.business.BusinessException;
import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.business.NotPermittedException;
import cn.fundperf.ejb.business.StaleVersionException;
import cn.fundperf.web.faces.Texts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/** Refusals as JSON: a stable key for programs and a text in the caller's language for people. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    HttpHeaders headers;

    public record Problem(String key, String message) {
    }

    /** The caller's first Accept-Language, Chinese when none is given. */
    public static Locale callersLocale(HttpHeaders headers) {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return accepted.isEmpty() || "*".equals(accepted.get(0).getLanguage()) ? Locale.SIMPLIFIED_CHINESE : accepted.get(0);
    }

    /** The same rule for a servlet or filter that answers before JAX-RS is reached. */
    public static Locale callersLocale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        Locale locale = header == null || header.isBlank() ? null : request.getLocale();
        return locale == null || locale.getLanguage().isEmpty() || "*".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : locale;
    }

    /** A refusal with its key and the text in the caller's language: the one shape every API refusal has. */
    public static Response problem(int status, HttpHeaders headers, String key, Object... arguments) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new Problem(key, Texts.text(callersLocale(headers), key, arguments))).build();
    }

    @Override
    public Response toResponse(BusinessException e) {
        int status = e instanceof NotPermittedException ? 403
                : e instanceof NotFoundException ? 404   // also OutOfScopeException: 403 would tell which ids exist
                : e instanceof StaleVersionException ? 409
                : 422;
        return problem(status, headers, e.getKey(), e.getArguments().toArray());
    }
}
