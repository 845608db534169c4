package cn.fundperf.ejb.job;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A line of the jobs screen: the job, its schedule, when it is due next (stored, in the offices'
 * zone), and how its last run goes or went: status, attempt, retry time, progress.
 */
public record JobOverview(ScheduledJob job, JobSchedule schedule, LocalDateTime nextRun,
                          LocalDateTime lastStartedAt, JobRunStatus lastStatus, String lastMessage,
                          int lastAttempt, LocalDateTime lastRetryAt, long lastDone, long lastTotal, Integer lastPercent)
        implements Serializable {

    // bean-style accessors for Jakarta EL 5, which does not read record components
    public ScheduledJob getJob() { return job; }
    public JobSchedule getSchedule() { return schedule; }
    public LocalDateTime getNextRun() { return nextRun; }
    public LocalDateTime getLastStartedAt() { return lastStartedAt; }
    public JobRunStatus getLastStatus() { return lastStatus; }
    public String getLastMessage() { return lastMessage; }
    public int getLastAttempt() { return lastAttempt; }
    public LocalDateTime getLastRetryAt() { return lastRetryAt; }
    public long getLastDone() { return lastDone; }
    public long getLastTotal() { return lastTotal; }
    public Integer getLastPercent() { return lastPercent; }
    public boolean isUnderWay() { return lastStatus == JobRunStatus.RUNNING || lastStatus == JobRunStatus.RETRY_WAIT; }
}
