package cn.fundperf.ejb.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A job's next due time, stored so that it outlives every server: a run missed while all were
 * down is still owed when one comes back. Moved on by whichever server claims the run (the version
 * decides between servers).
 */
@Entity
@Table(name = "job_due")
public class JobDue {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "job_name", length = 60)
    private ScheduledJob job;

    @Version
    private long version;

    @Column(name = "next_due_at", nullable = false)
    private LocalDateTime nextDueAt;

    protected JobDue() {
    }

    /** A job seen for the first time owes nothing yet: its first run is the next due time. */
    JobDue(ScheduledJob job, JobSchedule schedule, LocalDateTime now) {
        this.job = job;
        this.nextDueAt = schedule.nextDueAfter(now);
    }

    /** The due time whose run is owed now (at most one), and the next due time after it. */
    Optional<LocalDateTime> takeOwedRun(JobSchedule schedule, LocalDateTime now) {
        Optional<LocalDateTime> owed = schedule.owedRun(nextDueAt, now);
        owed.ifPresent(due -> nextDueAt = schedule.nextDueAfter(now));
        return owed;
    }

    public ScheduledJob getJob() { return job; }
    public LocalDateTime getNextDueAt() { return nextDueAt; }
}
