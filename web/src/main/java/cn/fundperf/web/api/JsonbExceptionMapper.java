package cn.fundperf.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JSON that does not bind (a text where a number belongs, a broken document): 400 with a key. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(JsonbException e) {
        return unreadable(headers);
    }

    /** The parser's own text names Java classes and would mean nothing to a caller: the key and our words only. */
    static Response unreadable(HttpHeaders headers) {
        return BusinessExceptionMapper.problem(400, headers, "api.unreadableBody");
    }
}
