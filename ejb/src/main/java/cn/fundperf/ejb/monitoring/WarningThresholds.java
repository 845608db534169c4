package cn.fundperf.ejb.monitoring;

import java.math.BigDecimal;

/**
 * The configurable numbers of the warning rules (domain §5). Defaults: RED when the execution
 * rate is more than 20 points behind time progress, an indicator's forecast below 80 % of its
 * target, or the report more than 10 days overdue; YELLOW when execution is more than 10 points
 * behind or a forecast below 100 %; a time limit is at risk 30 days before its deadline.
 *
 * @param executionRedGap    points of time progress the execution rate may fall behind before RED
 * @param executionYellowGap points before YELLOW
 * @param forecastRed        forecast in percent of the target below which an indicator is RED
 * @param forecastYellow     forecast in percent below which it is YELLOW
 * @param overdueRedDays     days a report may be overdue before the project is RED
 * @param atRiskDays         days before a time limit's deadline from which an unfinished one is at risk
 */
public record WarningThresholds(BigDecimal executionRedGap, BigDecimal executionYellowGap, BigDecimal forecastRed,
                                BigDecimal forecastYellow, int overdueRedDays, int atRiskDays) {

    public static final WarningThresholds DEFAULTS = new WarningThresholds(BigDecimal.valueOf(20), BigDecimal.valueOf(10),
            BigDecimal.valueOf(80), BigDecimal.valueOf(100), 10, 30);

    public WarningThresholds {
        if (executionRedGap.compareTo(executionYellowGap) < 0 || forecastRed.compareTo(forecastYellow) > 0) {
            throw new IllegalArgumentException("RED must be stricter than YELLOW: " + executionRedGap + "/" + executionYellowGap
                    + ", " + forecastRed + "/" + forecastYellow);
        }
        if (overdueRedDays < 0 || atRiskDays < 0) {
            throw new IllegalArgumentException("days cannot be negative");
        }
    }
}
