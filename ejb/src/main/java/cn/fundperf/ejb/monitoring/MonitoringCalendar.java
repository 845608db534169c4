package cn.fundperf.ejb.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The default monitoring periods of a year: each quarter end, or one concentrated period in
 * August of January to July. A period opens the day after it ends and gives the units a number of
 * days to report; finance may add ad-hoc periods and move dates (the plans are only the default).
 */
public final class MonitoringCalendar {

    private static final String[] QUARTERS = {"一", "二", "三", "四"};

    private MonitoringCalendar() {
    }

    /**
     * 重点监控: a period at the end of every month that no default period ends, for the key projects
     * finance chose (monthly monitoring of what matters most), reported within the days given.
     */
    public static List<PeriodPlan> keyMonthly(int year, MonitoringPractice practice, int daysToReport) {
        Set<LocalDate> covered = new HashSet<>();
        defaults(year, practice, daysToReport).forEach(plan -> covered.add(plan.periodEnd()));
        List<PeriodPlan> plans = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate end = YearMonth.of(year, month).atEndOfMonth();
            if (!covered.contains(end)) {
                LocalDate opens = end.plusDays(1);
                plans.add(new PeriodPlan(year + "年" + month + "月（重点监控）", end, opens, opens.plusDays(daysToReport - 1L)));
            }
        }
        return plans;
    }

    public static List<PeriodPlan> defaults(int year, MonitoringPractice practice, int daysToReport) {
        if (daysToReport < 1) {
            throw new IllegalArgumentException("units need at least a day to report");
        }
        List<PeriodPlan> plans = new ArrayList<>();
        if (practice == MonitoringPractice.AUGUST_CONCENTRATED) {
            LocalDate end = LocalDate.of(year, 7, 31);
            plans.add(new PeriodPlan(year + "年1—7月（集中监控）", end, end.plusDays(1), LocalDate.of(year, 8, 31)));
            return plans;
        }
        for (int quarter = 1; quarter <= 4; quarter++) {
            LocalDate end = YearMonth.of(year, quarter * 3).atEndOfMonth();
            LocalDate opens = end.plusDays(1);
            plans.add(new PeriodPlan(year + "年第" + QUARTERS[quarter - 1] + "季度", end, opens, opens.plusDays(daysToReport - 1L)));
        }
        return plans;
    }
}
