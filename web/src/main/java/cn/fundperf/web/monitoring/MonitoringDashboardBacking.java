package cn.fundperf.web.monitoring;

import cn.fundperf.ejb.monitoring.MonitoringDashboard;
import cn.fundperf.ejb.monitoring.MonitoringPeriod;
import cn.fundperf.ejb.monitoring.MonitoringSchedule;
import cn.fundperf.ejb.monitoring.MonitoringSettings;
import cn.fundperf.ejb.monitoring.WarningThresholds;
import cn.fundperf.ejb.platform.ClockProducer;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** 监控看板: a period's reports by level and by category, department and region, execution against time progress. */
@Named
@ViewScoped
public class MonitoringDashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MonitoringDashboard dashboard;

    @Inject
    MonitoringSchedule schedule;

    @Inject
    MonitoringSettings settings;

    private int year = LocalDate.now(ClockProducer.officeZone()).getYear();
    private Long periodId;
    private List<MonitoringPeriod> periods = List.of();
    private MonitoringDashboard.Overview overview;

    public void load() {
        periods = schedule.periods(year);
        if (periodId == null || periods.stream().noneMatch(p -> p.getId().equals(periodId))) {
            // the latest period whose reports have begun, else the first of the year
            periodId = periods.stream().filter(MonitoringPeriod::isOpened).max(Comparator.comparing(MonitoringPeriod::getPeriodEnd))
                    .or(() -> periods.stream().findFirst()).map(MonitoringPeriod::getId).orElse(null);
        }
        overview = periodId == null ? null : dashboard.overview(periodId);
    }

    public void yearChanged() {
        periodId = null;
        load();
    }

    /** A bar's width in percent of the chart (rates above 100 % fill it). */
    public String width(BigDecimal rate) {
        return rate == null ? "0" : rate.min(BigDecimal.valueOf(100)).max(BigDecimal.ZERO).toPlainString();
    }

    /** A group's execution drawn in the colour of the level the execution rule would give it. */
    public String barClass(BigDecimal rate) {
        if (rate == null || overview == null) {
            return "app-bar-none";
        }
        BigDecimal behind = overview.timeProgress().subtract(rate);
        WarningThresholds thresholds = settings.thresholds();
        return behind.compareTo(thresholds.executionRedGap()) > 0 ? "app-bar-RED"
                : behind.compareTo(thresholds.executionYellowGap()) > 0 ? "app-bar-YELLOW" : "app-bar-GREEN";
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public Long getPeriodId() { return periodId; }
    public void setPeriodId(Long periodId) { this.periodId = periodId; }
    public List<MonitoringPeriod> getPeriods() { return periods; }
    public MonitoringDashboard.Overview getOverview() { return overview; }
}
