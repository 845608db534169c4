package cn.fundperf.ejb.job;

import cn.fundperf.ejb.monitoring.MonitoringSchedule;
import cn.fundperf.ejb.monitoring.WarningBatch;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Daily: the year's default periods are planned where none are, periods whose day has come are
 * opened, reminders and overdue notices go out, and every open period's levels are judged again. Each step is its own transaction and idempotent,
 * so a run caught up after downtime, or a second trigger, does nothing twice.
 */
@Dependent
public class MonitoringCalendarJob implements JobAction {

    @Inject
    MonitoringSchedule schedule;

    @Inject
    WarningBatch warnings;

    @Inject
    Clock clock;

    @Override
    public ScheduledJob job() {
        return ScheduledJob.MONITORING_CALENDAR;
    }

    @Override
    public String execute() {
        LocalDate today = LocalDate.now(clock);
        int planned = schedule.planDefaultPeriods(today.getYear());
        int opened = 0;
        int tasks = 0;
        for (long period : schedule.duePeriods(today)) {
            int created = schedule.open(period);
            opened += created > 0 ? 1 : 0;
            tasks += created;
        }
        int reminded = 0;
        int overdue = 0;
        int judged = 0;
        for (long period : schedule.openPeriods(today)) {
            reminded += schedule.remind(period, today);
            overdue += schedule.markOverdue(period, today);
            judged += warnings.assess(period, today);
        }
        return planned + " periods planned, " + opened + " opened with " + tasks + " tasks, " + reminded + " reminded, "
                + overdue + " overdue, " + judged + " changed level";
    }
}
