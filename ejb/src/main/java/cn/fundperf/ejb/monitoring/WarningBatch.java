package cn.fundperf.ejb.monitoring;

import static cn.fundperf.ejb.permission.Permission.MONITORING_MANAGE;

import cn.fundperf.ejb.audit.UseCaseAudit;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.InScope;
import cn.fundperf.ejb.platform.ShortLivedCache;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 双监控 for a whole period at once, in the database: the level of every task judged by the rules
 * of {@link WarningRules} from what its report holds (the forecasts and the deadlines worked out
 * when it was submitted), the configured thresholds and the day. One MERGE; only the tasks whose
 * level changes are written. Reports are judged one by one in Java as they are submitted; this is
 * what moves levels afterwards: a deadline passing, a report going overdue, changed thresholds.
 */
@Stateless
public class WarningBatch {

    /** A line's level as a number (GREEN 0, YELLOW 1, RED 2), the rules of {@link WarningRules#assess} for one indicator. */
    static final String LINE_LEVEL = "GREATEST("
            // forecast of a quantity or a range, in percent of its target (ceilings already inverted)
            + "CASE WHEN l.value_kind IN ('QUANTITY', 'RANGE') THEN CASE WHEN l.forecast IS NULL THEN 1"
            + " WHEN l.forecast < ?3 THEN 2 WHEN l.forecast < ?4 THEN 1 ELSE 0 END ELSE 0 END,"
            // a time limit by date: finished late, overdue, or at risk near its deadline
            + " CASE WHEN l.value_kind = 'TIME_LIMIT' AND l.deadline IS NOT NULL THEN CASE"
            + " WHEN l.done_on IS NOT NULL THEN CASE WHEN l.done_on > l.deadline THEN 2 ELSE 0 END"
            + " WHEN l.deadline < ?5 THEN 2 WHEN l.deadline <= ?6 THEN 1 ELSE 0 END ELSE 0 END,"
            // the unit's own statement
            + " CASE l.likelihood WHEN 'IMPOSSIBLE' THEN 2 WHEN 'POSSIBLE' THEN 1 ELSE 0 END)";

    /** A submitted report's execution rate against time progress (?7), the red (?8) and yellow (?9) gaps. */
    static final String EXECUTION_LEVEL = "CASE WHEN t.released_budget IS NULL OR t.released_budget <= 0 OR t.executed_total IS NULL THEN 1"
            + " WHEN CAST(?7 AS DECIMAL(9,1)) - ROUND(t.executed_total * 100 / t.released_budget, 1) > ?8 THEN 2"
            + " WHEN CAST(?7 AS DECIMAL(9,1)) - ROUND(t.executed_total * 100 / t.released_budget, 1) > ?9 THEN 1 ELSE 0 END";

    /** Every task's level: a submitted report by its lines and execution, one not submitted RED once too late (?10), else none yet. */
    static final String TASK_LEVELS = "SELECT t.id AS task_id, CASE WHEN t.status = 'SUBMITTED' THEN"
            + " CASE GREATEST(" + EXECUTION_LEVEL + ", COALESCE((SELECT MAX(" + LINE_LEVEL + ") FROM monitoring_line l"
            + " WHERE l.task_id = t.id), 0)) WHEN 2 THEN 'RED' WHEN 1 THEN 'YELLOW' ELSE 'GREEN' END"
            + " WHEN CAST(?10 AS BOOLEAN) THEN 'RED' ELSE NULL END AS judged FROM monitoring_task t WHERE t.period_id = ?1";

    /**
     * The batch for one period, as the application runs it (bench/ProjectList.java's monitoring-batch
     * runs this very statement on the generated province): ?1 period, ?2 now, ?3 ?4 forecast red and
     * yellow lines, ?5 the day, ?6 the day plus the at-risk days, ?7 time progress, ?8 ?9 execution
     * gaps, ?10 whether a report not submitted is too late by now. Only changed levels are written, and
     * not as an edit: the version stays, so a unit typing its draft is not told someone changed it.
     */
    public static final String MERGE = "MERGE INTO monitoring_task m USING (" + TASK_LEVELS + ") j ON (m.id = j.task_id)"
            + " WHEN MATCHED AND (m.warning_level IS NULL AND j.judged IS NOT NULL OR m.warning_level <> j.judged"
            + " OR m.warning_level IS NOT NULL AND j.judged IS NULL)"
            + " THEN UPDATE SET warning_level = j.judged, assessed_at = ?2";

    @PersistenceContext
    EntityManager em;

    @Inject
    MonitoringSettings settings;

    @Inject
    UseCaseAudit audit;

    @Inject
    ShortLivedCache cache;

    @Inject
    Clock clock;

    /**
     * Judges every task of a period as on a day.
     *
     * @return how many tasks changed level
     */
    @Guarded(value = MONITORING_MANAGE, audit = "monitoring.assessed")
    public int assess(@InScope(MonitoringPeriod.class) long periodId, LocalDate today) {
        MonitoringPeriod period = em.find(MonitoringPeriod.class, periodId);
        WarningThresholds thresholds = settings.thresholds();
        LocalDateTime now = LocalDateTime.now(clock);
        int changed = em.createNativeQuery(MERGE)
                .setParameter(1, periodId).setParameter(2, now)
                .setParameter(3, thresholds.forecastRed()).setParameter(4, thresholds.forecastYellow())
                .setParameter(5, today).setParameter(6, today.plusDays(thresholds.atRiskDays()))
                .setParameter(7, TimeProgress.at(period.getPeriodEnd(), period.getFiscalYear()))
                .setParameter(8, thresholds.executionRedGap()).setParameter(9, thresholds.executionYellowGap())
                .setParameter(10, today.isAfter(period.getDeadline().plusDays(thresholds.overdueRedDays())))
                .executeUpdate();
        cache.forget(MonitoringDashboard.COUNTS);
        if (changed == 0) {
            audit.nothingChanged();
        } else {
            audit.change(null, period.getName() + " " + today + " " + changed);
        }
        return changed;
    }
}
