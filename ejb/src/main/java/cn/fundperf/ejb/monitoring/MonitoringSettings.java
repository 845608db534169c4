package cn.fundperf.ejb.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How this deployment monitors (config/rules.properties, fundperf.monitoring.*): the default
 * periods, the reminders and the warning thresholds. A bad value fails at start, naming the key.
 */
@ApplicationScoped
public class MonitoringSettings {

    @Inject
    @ConfigProperty(name = "fundperf.monitoring.practice", defaultValue = "QUARTERLY")
    String practiceSetting;

    @Inject
    @ConfigProperty(name = "fundperf.monitoring.days-to-report", defaultValue = "10")
    int daysToReport;

    /** Days key projects have to report their monthly 重点监控; 0: no monthly periods. */
    @Inject
    @ConfigProperty(name = "fundperf.monitoring.key-monthly-days", defaultValue = "5")
    int keyMonthlyDays;

    @Inject
    @ConfigProperty(name = "fundperf.monitoring.reminder-days", defaultValue = "7,3,1")
    String reminderDaysSetting;

    @Inject
    @ConfigProperty(name = "fundperf.monitoring.execution-red-gap", defaultValue = "20")
    BigDecimal executionRedGap;

    @Inject
    @ConfigProperty(name = "fundperf.monitoring.execution-yellow-gap", defaultValue = "10")
    BigDecimal executionYellowGap;

    @Inject
    @ConfigProperty(name = "fundperf.monitoring.forecast-red", defaultValue = "80")
    BigDecimal forecastRed;

    @Inject
    @ConfigProperty(name = "fundperf.monitoring.forecast-yellow", defaultValue = "100")
    BigDecimal forecastYellow;

    @Inject
    @ConfigProperty(name = "fundperf.monitoring.overdue-red-days", defaultValue = "10")
    int overdueRedDays;

    @Inject
    @ConfigProperty(name = "fundperf.monitoring.at-risk-days", defaultValue = "30")
    int atRiskDays;

    @Inject
    @ConfigProperty(name = "fundperf.monitoring.suspension-proposal-above", defaultValue = "500000")
    BigDecimal suspensionProposalAbove;

    private MonitoringPractice practice;
    private List<Integer> reminderDays;
    private WarningThresholds thresholds;

    @PostConstruct
    void read() {
        try {
            practice = MonitoringPractice.valueOf(practiceSetting.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fundperf.monitoring.practice: " + practiceSetting + " is neither QUARTERLY nor AUGUST_CONCENTRATED", e);
        }
        try {
            reminderDays = Arrays.stream(reminderDaysSetting.split("[,，\\s]+")).filter(day -> !day.isBlank())
                    .map(day -> Integer.parseInt(day.strip())).sorted((a, b) -> b - a).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fundperf.monitoring.reminder-days: " + reminderDaysSetting + " is not a list of days", e);
        }
        thresholds = new WarningThresholds(executionRedGap, executionYellowGap, forecastRed, forecastYellow, overdueRedDays, atRiskDays);
    }

    public MonitoringPractice practice() {
        return practice;
    }

    public int daysToReport() {
        return daysToReport;
    }

    public int keyMonthlyDays() {
        return keyMonthlyDays;
    }

    /** Days before the deadline, largest first (7, 3, 1). */
    public List<Integer> reminderDays() {
        return reminderDays;
    }

    public WarningThresholds thresholds() {
        return thresholds;
    }

    public BigDecimal suspensionProposalAbove() {
        return suspensionProposalAbove;
    }
}
