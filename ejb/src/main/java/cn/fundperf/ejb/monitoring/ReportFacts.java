package cn.fundperf.ejb.monitoring;

import cn.fundperf.ejb.targetsheet.ImplicitOperators;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.IndicatorValue;
import cn.fundperf.ejb.targetsheet.Operator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A task's report as the warning rules read it: each indicator of the version in force beside what
 * the unit wrote for it (by key), operators written or implied by the province's settings.
 */
public final class ReportFacts {

    private ReportFacts() {
    }

    /** The report as it stands on a day: a report not submitted is judged only by how late it is. */
    public static ProjectReport asItStands(MonitoringTask task, List<IndicatorLine> indicators, ImplicitOperators implicit, LocalDate today) {
        return of(task, task.isSubmitted(), indicators, implicit, today);
    }

    /** The report as the unit hands it in: every line counts, nothing is late. */
    public static ProjectReport atSubmission(MonitoringTask task, List<IndicatorLine> indicators, ImplicitOperators implicit, LocalDate today) {
        return of(task, true, indicators, implicit, today);
    }

    private static ProjectReport of(MonitoringTask task, boolean submitted, List<IndicatorLine> indicators, ImplicitOperators implicit,
                                    LocalDate today) {
        PeriodPlan plan = task.getPeriod().plan();
        List<IndicatorReport> lines = new ArrayList<>();
        if (submitted) {
            for (IndicatorLine indicator : indicators) {
                IndicatorValue target = indicator.targetValue();
                if (target == null || indicator.key() == null) {
                    continue;
                }
                Operator operator = target instanceof IndicatorValue.Quantity quantity ? quantity.operator(indicator.level2(), implicit) : null;
                ReportedIndicator reported = task.line(indicator.key()).orElse(null);
                lines.add(reported == null
                        ? new IndicatorReport(indicator.key(), indicator.name(), target, operator, null, null, null, null, false)
                        : new IndicatorReport(indicator.key(), indicator.name(), target, operator, reported.getAchieved(),
                                reported.getExpected(), reported.getDoneOn(), reported.getLikelihood(), reported.isEvidenced()));
            }
        }
        int overdue = submitted ? 0 : plan.daysOverdue(today);
        return new ProjectReport(task.getPeriod().getFiscalYear(), plan.periodEnd(), today, task.getReleasedBudget(),
                task.getExecutedTotal(), submitted, overdue, lines);
    }
}
