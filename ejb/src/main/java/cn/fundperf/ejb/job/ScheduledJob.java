package cn.fundperf.ejb.job;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The jobs the application runs on timers. Each knows how to name the period it covers: the
 * (job, period key) pair is claimed once, so a period's run happens exactly once across nodes.
 * The schedule itself sits on the feature's timer bean; {@link #timerInfo} ties the two.
 */
public enum ScheduledJob {

    AUDIT_CHAIN_VERIFICATION("audit.verifyChain", Period.DAY);

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

    ScheduledJob(String timerInfo, Period period) {
        this.timerInfo = timerInfo;
        this.period = period;
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
