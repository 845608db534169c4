package cn.fundperf.web.audit;

import cn.fundperf.ejb.audit.AuditService;
import cn.fundperf.ejb.audit.ChainVerification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The audit chain's state for the audit administrator's tools (and the durability check in bench/). */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService audit;

    @JsonbPropertyOrder({"intact", "full", "fromSequence", "checkedCount", "brokenAtSequence", "reason", "unsealed"})
    public record ChainView(boolean intact, boolean full, long fromSequence, long checkedCount, Long brokenAtSequence,
                            String reason, long unsealed) {
    }

    /**
     * Seals what can be sealed, then checks the chain: from the last checkpoint, or with
     * {@code ?full=true} every seal from the first. {@code unsealed}: committed records the sealer
     * has not reached yet (not covered by this check).
     */
    @GET
    @Path("chain")
    public ChainView chain(@QueryParam("full") boolean full) {
        ChainVerification result = full ? audit.verifyChain() : audit.verifyChainSinceCheckpoint();
        return new ChainView(result.intact(), full, result.fromSequence(), result.checkedCount(), result.brokenAtSequence(),
                result.reason(), result.unsealed());
    }
}
