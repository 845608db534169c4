package cn.fundperf.ejb.audit;

import cn.fundperf.ejb.job.JobService;
import cn.fundperf.ejb.job.ScheduledJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Timers of the audit feature: they only hand over to the job facility. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditTimers {

    @Inject
    JobService jobs;

    @Schedule(hour = "2", minute = "30", persistent = false, info = "audit.verifyChain")
    void verifyChainNightly() {
        jobs.runScheduled(ScheduledJob.AUDIT_CHAIN_VERIFICATION);
    }
}
