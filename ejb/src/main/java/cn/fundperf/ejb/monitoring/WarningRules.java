package cn.fundperf.ejb.monitoring;

import cn.fundperf.ejb.targetsheet.IndicatorValue;
import cn.fundperf.ejb.targetsheet.Operator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * 双监控: a project's warning level in a monitoring period, from its budget execution against
 * time progress, its indicators' forecasts (time limits by date, qualitative ones by the unit's
 * statement) and whether its report came in (domain §5). Every finding names its rule and its
 * numbers. Plain Java: the batch for a jurisdiction computes the same levels in SQL and is
 * checked against this.
 */
public final class WarningRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final WarningThresholds thresholds;

    public WarningRules(WarningThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** The assessment of one project in one period. */
    public record Assessment(WarningLevel level, BigDecimal executionRate, BigDecimal timeProgress, List<Finding> findings,
                             List<IndicatorOutcome> indicators) {

        public Assessment {
            findings = List.copyOf(findings);
            indicators = List.copyOf(indicators);
        }
    }

    public Assessment assess(ProjectReport report) {
        List<Finding> findings = new ArrayList<>();
        BigDecimal time = TimeProgress.at(report.periodEnd(), report.fiscalYear());
        BigDecimal execution = TimeProgress.percent(report.executed(), report.releasedBudget());
        if (report.daysOverdue() > thresholds.overdueRedDays()) {
            findings.add(new Finding(WarningLevel.RED, "monitoring.rule.reportOverdue",
                    List.of(String.valueOf(report.daysOverdue()), String.valueOf(thresholds.overdueRedDays())), null));
        }
        List<IndicatorOutcome> outcomes = new ArrayList<>();
        if (report.submitted()) {
            execution(execution, time, findings);
            for (IndicatorReport line : report.indicators()) {
                outcomes.add(indicator(line, report, findings));
            }
        }
        WarningLevel level = findings.stream().map(Finding::level).reduce(WarningLevel.GREEN, WarningLevel::worse);
        return new Assessment(level, execution, time, findings, outcomes);
    }

    /** RED when the execution rate is more than the red gap behind time progress, YELLOW beyond the yellow gap. */
    private void execution(BigDecimal execution, BigDecimal time, List<Finding> findings) {
        if (execution == null) {
            findings.add(new Finding(WarningLevel.YELLOW, "monitoring.rule.noReleasedBudget", List.of(), null));
            return;
        }
        BigDecimal behind = time.subtract(execution);
        if (behind.compareTo(thresholds.executionRedGap()) > 0) {
            findings.add(new Finding(WarningLevel.RED, "monitoring.rule.executionBehind",
                    List.of(oneDecimal(execution), oneDecimal(time), whole(thresholds.executionRedGap())), null));
        } else if (behind.compareTo(thresholds.executionYellowGap()) > 0) {
            findings.add(new Finding(WarningLevel.YELLOW, "monitoring.rule.executionBehind",
                    List.of(oneDecimal(execution), oneDecimal(time), whole(thresholds.executionYellowGap())), null));
        }
    }

    private IndicatorOutcome indicator(IndicatorReport line, ProjectReport report, List<Finding> findings) {
        int before = findings.size();
        BigDecimal progress = null;
        BigDecimal forecast = null;
        if (line.target() instanceof IndicatorValue.Quantity quantity) {
            progress = ratio(line.achieved(), quantity.number(), line.operator());
            forecast = ratio(line.expected(), quantity.number(), line.operator());
            forecast(line, forecast, quantity.print(), findings);
        } else if (line.target() instanceof IndicatorValue.Range range) {
            progress = ratio(line.achieved(), range);
            forecast = ratio(line.expected(), range);
            forecast(line, forecast, range.print(), findings);
        } else if (line.target() instanceof IndicatorValue.TimeLimit limit) {
            timeLimit(line, limit, report, findings);
        }
        stated(line, findings);
        WarningLevel level = findings.subList(before, findings.size()).stream().map(Finding::level)
                .reduce(WarningLevel.GREEN, WarningLevel::worse);
        return new IndicatorOutcome(line.key(), progress, forecast, level, line.evidenced());
    }

    private void forecast(IndicatorReport line, BigDecimal forecast, String target, List<Finding> findings) {
        if (forecast == null) {
            findings.add(new Finding(WarningLevel.YELLOW, "monitoring.rule.noForecast", List.of(line.name()), line.key()));
        } else if (forecast.compareTo(thresholds.forecastRed()) < 0) {
            findings.add(new Finding(WarningLevel.RED, "monitoring.rule.forecastLow",
                    List.of(line.name(), oneDecimal(forecast), target, whole(thresholds.forecastRed())), line.key()));
        } else if (forecast.compareTo(thresholds.forecastYellow()) < 0) {
            findings.add(new Finding(WarningLevel.YELLOW, "monitoring.rule.forecastLow",
                    List.of(line.name(), oneDecimal(forecast), target, whole(thresholds.forecastYellow())), line.key()));
        }
    }

    /** A time limit is judged by date: missed, overdue, at risk near its deadline, or on track. */
    private void timeLimit(IndicatorReport line, IndicatorValue.TimeLimit limit, ProjectReport report, List<Finding> findings) {
        LocalDate deadline = limit.deadline(report.fiscalYear()).orElse(null);
        if (deadline == null) {
            return;   // a recurring limit without a date of its own ("每年"): the unit's statement decides
        }
        if (line.doneOn() != null) {
            if (line.doneOn().isAfter(deadline)) {
                findings.add(new Finding(WarningLevel.RED, "monitoring.rule.timeLimitMissed",
                        List.of(line.name(), limit.print(), line.doneOn().toString()), line.key()));
            }
            return;
        }
        long daysLeft = ChronoUnit.DAYS.between(report.today(), deadline);
        if (daysLeft < 0) {
            findings.add(new Finding(WarningLevel.RED, "monitoring.rule.timeLimitOverdue",
                    List.of(line.name(), limit.print(), String.valueOf(-daysLeft)), line.key()));
        } else if (daysLeft <= thresholds.atRiskDays()) {
            findings.add(new Finding(WarningLevel.YELLOW, "monitoring.rule.timeLimitAtRisk",
                    List.of(line.name(), limit.print(), String.valueOf(daysLeft)), line.key()));
        }
    }

    /** The unit's own word counts for every indicator, and alone for qualitative ones. */
    private static void stated(IndicatorReport line, List<Finding> findings) {
        if (line.likelihood() == Likelihood.IMPOSSIBLE) {
            findings.add(new Finding(WarningLevel.RED, "monitoring.rule.statedImpossible", List.of(line.name()), line.key()));
        } else if (line.likelihood() == Likelihood.POSSIBLE) {
            findings.add(new Finding(WarningLevel.YELLOW, "monitoring.rule.statedPossible", List.of(line.name()), line.key()));
        }
    }

    /**
     * A value in percent of its target, so that more is better: value / target, or target / value
     * for a ceiling (≤, <: costs, durations). A target of zero is met by any value on its right side.
     */
    static BigDecimal ratio(BigDecimal value, BigDecimal target, Operator operator) {
        if (value == null) {
            return null;
        }
        boolean ceiling = operator.isReverse();
        BigDecimal numerator = ceiling ? target : value;
        BigDecimal denominator = ceiling ? value : target;
        if (denominator.signum() == 0) {
            boolean met = ceiling ? value.compareTo(target) <= 0 : value.compareTo(target) >= 0;
            return met ? HUNDRED.setScale(1) : BigDecimal.ZERO.setScale(1);
        }
        return numerator.multiply(HUNDRED).divide(denominator, 1, RoundingMode.HALF_UP).max(BigDecimal.ZERO.setScale(1));
    }

    /** Inside the range is 100 %; below it the value against the lower bound, above it the upper bound against the value. */
    static BigDecimal ratio(BigDecimal value, IndicatorValue.Range range) {
        if (value == null) {
            return null;
        }
        if (value.compareTo(range.lower()) < 0) {
            return ratio(value, range.lower(), Operator.GE);
        }
        if (value.compareTo(range.upper()) > 0) {
            return ratio(value, range.upper(), Operator.LE);
        }
        return HUNDRED.setScale(1);
    }

    private static String oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String whole(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
