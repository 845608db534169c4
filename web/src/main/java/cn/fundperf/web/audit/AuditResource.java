package cn.fundperf.web.audit;

import cn.fundperf.ejb.audit.AuditService;
import cn.fundperf.ejb.audit.ChainVerification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The audit chain's state for the audit administrator's tools (and the durability check in bench/). */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService audit;

    public record ChainView(boolean intact, long checkedCount, Long brokenAtSequence, String reason) {
    }

    /** Walks the whole chain now: every record's hash and link. */
    @GET
    @Path("chain")
    public ChainView chain() {
        ChainVerification result = audit.verifyChain();
        return new ChainView(result.intact(), result.checkedCount(), result.brokenAtSequence(), result.reason());
    }
}
