package cn.fundperf.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON the call expects: 400 with a key, never an HTML error page. */
@Provider
public class UnreadableInputMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        String detail = e.getCause() instanceof JsonbException json ? json.getMessage() : e.getMessage();
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(new BusinessExceptionMapper.Problem("api.unreadableBody", detail)).build();
    }
}
