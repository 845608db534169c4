package cn.fundperf.ejb.job;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A line of the jobs screen: the job, its schedule, when it runs next (in the offices' zone), and how its last run went. */
public record JobOverview(ScheduledJob job, JobSchedule schedule, LocalDateTime nextRun,
                          LocalDateTime lastStartedAt, JobRunStatus lastStatus, String lastMessage)
        implements Serializable {

    // bean-style accessors for Jakarta EL 5, which does not read record components
    public ScheduledJob getJob() { return job; }
    public JobSchedule getSchedule() { return schedule; }
    public LocalDateTime getNextRun() { return nextRun; }
    public LocalDateTime getLastStartedAt() { return lastStartedAt; }
    public JobRunStatus getLastStatus() { return lastStatus; }
    public String getLastMessage() { return lastMessage; }
}
