package cn.fundperf.web.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON the call expects: 400 with a key, never an HTML error page. */
@Provider
public class UnreadableInputMapper implements ExceptionMapper<ProcessingException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException e) {
        return JsonbExceptionMapper.unreadable(headers);
    }
}
