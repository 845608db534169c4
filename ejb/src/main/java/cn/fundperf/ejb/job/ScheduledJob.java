package cn.fundperf.ejb.job;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The jobs the application runs on timers. Each knows how to name the period it covers: the
 * (job, period key) pair is claimed once, so a period's run happens exactly once across nodes.
 * Each also knows its time of day; the zone is the deployment's ({@code fundperf.time-zone}).
 */
public enum ScheduledJob {

    /** the sealer's nightly sweep (it also seals every few seconds on its own timer, without run rows) */
    AUDIT_CHAIN_SEALING("audit.sealChain", Period.DAY, LocalTime.of(2, 20)),
    AUDIT_CHAIN_VERIFICATION("audit.verifyChain", Period.DAY, LocalTime.of(2, 30)),
    /** wrong passwords older than the lockout window are forgotten (unknown_login rows, account counts) */
    LOGIN_FAILURES_PURGE("security.forgetOldLoginFailures", Period.DAY, LocalTime.of(3, 10)),
    /** tasks whose server died are marked, finished ones and their files removed after some days */
    TASK_CLEANUP("task.cleanup", Period.DAY, LocalTime.of(3, 20)),
    /** notifications waiting for a channel (mail, with monitoring) are handed to it, in chunks */
    NOTIFICATION_DELIVERY("notification.deliver", Period.DAY, LocalTime.of(3, 40)),
    /** monitoring periods planned and opened, reminders and overdue notices sent (before the offices open) */
    MONITORING_CALENDAR("monitoring.calendar", Period.DAY, LocalTime.of(1, 30));

    enum Period {
        DAY(DateTimeFormatter.ofPattern("yyyy-MM-dd")),
        HOUR(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH")),
        MONTH(DateTimeFormatter.ofPattern("yyyy-MM"));

        private final DateTimeFormatter format;

        Period(DateTimeFormatter format) {
            this.format = format;
        }
    }

    private final String timerInfo;
    private final Period period;
    private final LocalTime dailyAt;

    ScheduledJob(String timerInfo, Period period, LocalTime dailyAt) {
        this.timerInfo = timerInfo;
        this.period = period;
        this.dailyAt = dailyAt;
    }

    public JobSchedule schedule(ZoneId zone) {
        return new JobSchedule(dailyAt, zone);
    }

    public String timerInfo() {
        return timerInfo;
    }

    /** The scheduled period a run at this moment belongs to. */
    public String periodKey(LocalDateTime now) {
        return period.format.format(now);
    }

    /** A manual run gets a period of its own, so it never takes a scheduled period's place. */
    public String manualPeriodKey(LocalDateTime now) {
        return "manual-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS").format(now);
    }

    public static ScheduledJob byTimerInfo(String info) {
        for (ScheduledJob job : values()) {
            if (job.timerInfo.equals(info)) {
                return job;
            }
        }
        return null;
    }
}
