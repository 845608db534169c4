package cn.fundperf.ejb.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A project's facts in one monitoring period, as the warning rules read them.
 *
 * @param fiscalYear     the target's year
 * @param periodEnd      the day the period measures up to (time progress is taken there)
 * @param today          the day of the assessment (time limits fall due by it)
 * @param releasedBudget 已下达预算: what finance released to the project so far
 * @param executed       预算执行: what the unit spent of it to date (all fund sources)
 * @param submitted      whether the unit submitted its report for the period
 * @param daysOverdue    days past the report's deadline without a submitted report
 * @param indicators     the reported lines; empty when nothing was submitted
 */
public record ProjectReport(int fiscalYear, LocalDate periodEnd, LocalDate today, BigDecimal releasedBudget, BigDecimal executed,
                            boolean submitted, int daysOverdue, List<IndicatorReport> indicators) {

    public ProjectReport {
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(today, "today");
        indicators = List.copyOf(indicators);
        if (daysOverdue < 0) {
            throw new IllegalArgumentException("days overdue cannot be negative");
        }
    }
}
