package cn.fundperf.ejb.job;

import cn.fundperf.ejb.audit.AuditSealer;
import cn.fundperf.ejb.audit.AuditSealingTimer;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The nightly sweep of the sealer, before the chain verification: seals whatever the frequent
 * rounds ({@link AuditSealingTimer}) left and forgets gaps nobody can fill any more. An
 * administrator can also run it now, e.g. after the servers were down.
 */
@Dependent
public class ChainSealingJob implements JobAction {

    @Inject
    AuditSealer sealer;

    @Override
    public ScheduledJob job() {
        return ScheduledJob.AUDIT_CHAIN_SEALING;
    }

    @Override
    public String execute() {
        int sealed = sealer.sealPending();
        int forgotten = sealer.forgetOldGaps();
        return sealed + " records sealed, " + forgotten + " old gaps forgotten";
    }
}
