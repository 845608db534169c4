package cn.fundperf.web.api;

import cn.fundperf.web.faces.Violations;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * Input outside its bounds (a text longer than its column, too many lines, a number with too many
 * digits, a control character): 422 with {@code {key, message, field}} for the first problem and
 * every problem in {@code problems}, never an HTML page.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    /** A refused value in the caller's language. */
    public record FieldMessage(String key, String message, String field) {
    }

    /** The first problem at the top (as every refusal: key and message), all of them below. */
    public record ValidationProblem(String key, String message, String field, List<FieldMessage> problems) {
    }

    @Override
    public Response toResponse(ConstraintViolationException e) {
        return unprocessable(e, headers);
    }

    static Response unprocessable(ConstraintViolationException e, HttpHeaders headers) {
        Locale locale = BusinessExceptionMapper.callersLocale(headers);
        List<FieldMessage> problems = Violations.problems(e).stream()
                .map(p -> new FieldMessage(p.key(), p.message(locale), p.field())).toList();
        FieldMessage first = problems.isEmpty() ? new FieldMessage("validation.invalid", "", "") : problems.get(0);
        return Response.status(422).type(MediaType.APPLICATION_JSON)
                .entity(new ValidationProblem(first.key(), first.message(), first.field(), problems)).build();
    }

    /** One refused field, found before binding (a fractional or oversized whole number). */
    static Response unprocessable(String key, String field, HttpHeaders headers, Object... more) {
        Locale locale = BusinessExceptionMapper.callersLocale(headers);
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = field;
        System.arraycopy(more, 0, arguments, 1, more.length);
        FieldMessage problem = new FieldMessage(key, cn.fundperf.web.faces.Texts.text(locale, key, arguments), field);
        return Response.status(422).type(MediaType.APPLICATION_JSON)
                .entity(new ValidationProblem(problem.key(), problem.message(), problem.field(), List.of(problem))).build();
    }
}
