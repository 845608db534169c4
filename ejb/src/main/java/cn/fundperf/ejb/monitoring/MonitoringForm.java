package cn.fundperf.ejb.monitoring;

import cn.fundperf.ejb.targetsheet.IndicatorLevel1;
import cn.fundperf.ejb.targetsheet.IndicatorLevel2;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.IndicatorValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one 项目支出绩效目标执行监控表 shows (forms.md §3), taken from a report: the header, money
 * in 万元, the overall goal, and a row per indicator with what was reported, the deviation cause
 * ticked (or its reason written in its column), the likelihood ticked, and in 备注 the measure and
 * whether evidence backs the value (unverified otherwise).
 */
public record MonitoringForm(long taskId, int year, int month, String periodName, String projectName, String department,
                             String unit, BigDecimal budgetWan, BigDecimal releasedWan, BigDecimal executedWan, BigDecimal executionRate,
                             String goal, WarningLevel level, List<Row> rows) {

    /** One indicator row; the key names the line for a re-import. */
    public record Row(String key, IndicatorLevel1 level1, IndicatorLevel2 level2, String name, String target, String achieved, String expected,
                      DeviationCause cause, String reason, Likelihood likelihood, String measure, boolean evidenced, boolean dated,
                      boolean numeric) {
    }

    public MonitoringForm {
        rows = List.copyOf(rows);
    }

    public static MonitoringForm of(MonitoringReport report, boolean costStandsAlone) {
        MonitoringTask task = report.task();
        MonitoringPeriod period = task.getPeriod();
        List<Row> rows = new ArrayList<>();
        for (IndicatorLine line : report.indicators()) {
            ReportedIndicator reported = task.line(line.key()).orElse(null);
            IndicatorValue target = line.targetValue();
            boolean dated = target instanceof IndicatorValue.TimeLimit;
            boolean numeric = target instanceof IndicatorValue.Quantity || target instanceof IndicatorValue.Range;
            String achieved = reported == null ? "" : dated ? text(reported.getDoneOn()) : numeric ? plain(reported.getAchieved())
                    : nonNull(reported.getStatement());
            String expected = reported == null || !numeric ? "" : plain(reported.getExpected());
            rows.add(new Row(line.key(), line.level2() == null ? null : line.level2().level1(costStandsAlone), line.level2(), line.name(),
                    line.target() == null ? "" : line.target(), achieved, expected, reported == null ? null : reported.getCause(),
                    reported == null ? null : reported.getReason(), reported == null ? null : reported.getLikelihood(),
                    reported == null ? null : reported.getMeasure(), reported != null && reported.isEvidenced(), dated, numeric));
        }
        BigDecimal released = task.getReleasedBudget();
        return new MonitoringForm(task.getId(), period.getFiscalYear(), period.getPeriodEnd().getMonthValue(), period.getName(),
                task.getProject().getName(), task.getProject().getDepartment().getCode() + " " + task.getProject().getDepartment().getName(),
                task.getUsingUnit().getName(), wan(task.getProject().getBudgetAmount()), wan(released), wan(task.getExecutedTotal()),
                task.getExecutionRate(), task.getSheet().getOverallGoal(), task.getLevel(), rows);
    }

    static BigDecimal wan(BigDecimal yuan) {
        return yuan == null ? null : yuan.divide(BigDecimal.valueOf(10000), 2, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
