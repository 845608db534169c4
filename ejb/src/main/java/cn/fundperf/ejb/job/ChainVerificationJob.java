package cn.fundperf.ejb.job;

import cn.fundperf.ejb.audit.AuditService;
import cn.fundperf.ejb.audit.ChainVerification;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The nightly check that nobody has altered or removed audit records: the seals since the last
 * checkpoint (the full walk is the audit administrator's). A broken chain fails the run.
 */
@Dependent
public class ChainVerificationJob implements JobAction {

    @Inject
    AuditService audit;

    @Override
    public ScheduledJob job() {
        return ScheduledJob.AUDIT_CHAIN_VERIFICATION;
    }

    @Override
    public String execute() {
        ChainVerification result = audit.verifyChainSinceCheckpoint();
        if (!result.intact()) {
            throw new IllegalStateException("Audit chain broken at record " + result.brokenAtSequence()
                    + " (" + result.reason() + "), " + result.checkedCount() + " records intact before it");
        }
        return result.checkedCount() + " records intact after seal " + result.fromSequence() + ", " + result.unsealed() + " waiting for the sealer";
    }
}
