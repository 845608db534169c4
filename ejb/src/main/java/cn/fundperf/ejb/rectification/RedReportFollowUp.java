package cn.fundperf.ejb.rectification;

import cn.fundperf.ejb.fundaction.FundActionService;
import cn.fundperf.ejb.monitoring.RedReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * What a RED report sets going, in the submission's own transaction: a draft rectification notice
 * for its department and, above the configured amount, a draft 暂缓拨付 for finance. Each is its own
 * audited use case; neither takes effect without a person.
 */
@ApplicationScoped
public class RedReportFollowUp {

    @Inject
    RectificationService rectifications;

    @Inject
    FundActionService funds;

    void afterRed(@Observes RedReport red) {
        rectifications.draftAfterRed(red.taskId());
        funds.proposeAfterRed(red.taskId());
    }
}
