package cn.fundperf.web.api;

import cn.fundperf.web.faces.Violations;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a service call threw that is not a business refusal. An entity that fails its constraints at
 * pre-persist (wrapped in EJBException / RollbackException) is the caller's input: 422 as at the
 * API boundary. Anything else is ours: logged, and a 500 in JSON with a key, never an HTML page.
 */
@Provider
public class ContainerFailureMapper implements ExceptionMapper<EJBException> {

    /** SQLSTATE of a unique-key violation, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final Logger LOG = Logger.getLogger(ContainerFailureMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(EJBException e) {
        ConstraintViolationException violation = Violations.find(e);
        if (violation != null) {
            return ValidationProblemMapper.unprocessable(violation, headers);
        }
        if (uniqueKeyViolated(e)) {
            // two requests created the same thing at once and the database kept one: the other may retry
            return BusinessExceptionMapper.problem(409, headers, "error.createdMeanwhile");
        }
        LOG.log(Level.SEVERE, "service call failed", e);
        return BusinessExceptionMapper.problem(500, headers, "error.general");
    }

    private static boolean uniqueKeyViolated(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
