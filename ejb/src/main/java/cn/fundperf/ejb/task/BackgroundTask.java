package cn.fundperf.ejb.task;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Long work one user asked for: what, for whom, how far it got, and its file or outcome. The
 * requester alone sees it. A task whose node stopped beating is shown as interrupted.
 */
@Entity
@Table(name = "background_task")
public class BackgroundTask {

    /** A running task that has not reported progress for this long has lost its node. */
    public static final Duration SILENCE_LIMIT = Duration.ofMinutes(10);

    private static final String ARGUMENT_SEPARATOR = "\u001f";

    @Id
    @SequenceGenerator(name = "background_task_seq", sequenceName = "background_task_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "background_task_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private TaskKind kind;

    @Column(name = "parameters", length = 12000)
    private String parameters;

    @Column(name = "requested_by", nullable = false)
    private Long requestedBy;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private TaskStatus status;

    @Column(name = "node", length = 120)
    private String node;

    @Column(name = "started_at")
    private LocalDateTime startedAt;

    @Column(name = "heartbeat_at")
    private LocalDateTime heartbeatAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Column(name = "done_count", nullable = false)
    private int done;

    @Column(name = "total_count", nullable = false)
    private int total;

    @Column(name = "outcome_key", length = 120)
    private String outcomeKey;

    @Column(name = "outcome_args", length = 2000)
    private String outcomeArgs;

    @Embedded
    private StoredFile file;

    protected BackgroundTask() {
    }

    public BackgroundTask(TaskKind kind, String parameters, long requestedBy, String clientAddress, LocalDateTime now) {
        this.kind = Objects.requireNonNull(kind);
        this.parameters = parameters;
        this.requestedBy = requestedBy;
        this.clientAddress = clientAddress;
        this.requestedAt = now;
        this.status = TaskStatus.QUEUED;
    }

    void start(String runningOn, LocalDateTime now) {
        if (status != TaskStatus.QUEUED) {
            throw new IllegalStateException("Task " + id + " is " + status + ", not queued");
        }
        status = TaskStatus.RUNNING;
        node = runningOn;
        startedAt = now;
        heartbeatAt = now;
    }

    void progress(int newDone, int newTotal, LocalDateTime now) {
        done = Math.max(0, Math.min(newDone, newTotal));
        total = Math.max(0, newTotal);
        heartbeatAt = now;
    }

    void succeed(TaskOutcome outcome, LocalDateTime now) {
        finish(TaskStatus.SUCCEEDED, outcome.key(), outcome.arguments(), now);
        file = outcome.file();
        done = total;
    }

    void fail(String key, List<?> arguments, LocalDateTime now) {
        finish(TaskStatus.FAILED, key, arguments, now);
    }

    private void finish(TaskStatus outcome, String key, List<?> arguments, LocalDateTime now) {
        status = outcome;
        outcomeKey = key;
        outcomeArgs = arguments.stream().map(String::valueOf).reduce((a, b) -> a + ARGUMENT_SEPARATOR + b).orElse("");
        if (outcomeArgs.length() > 2000) {
            outcomeArgs = outcomeArgs.substring(0, 2000);
        }
        finishedAt = now;
        heartbeatAt = now;
    }

    /** Running, but its node has been silent too long (stopped or killed). */
    public boolean isInterrupted(LocalDateTime now) {
        LocalDateTime lastSign = heartbeatAt == null ? requestedAt : heartbeatAt;
        return !status.isFinished() && lastSign.plus(SILENCE_LIMIT).isBefore(now);
    }

    /** Queued or running and not interrupted. */
    public boolean isUnderWay(LocalDateTime now) {
        return !status.isFinished() && !isInterrupted(now);
    }

    public boolean isRequestedBy(Long userId) {
        return requestedBy.equals(userId);
    }

    /** 0–100, for a progress bar. */
    public int getPercent() {
        if (status == TaskStatus.SUCCEEDED) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(100, done * 100L / total);
    }

    public List<String> getOutcomeArguments() {
        return outcomeArgs == null || outcomeArgs.isEmpty() ? List.of() : Arrays.asList(outcomeArgs.split(ARGUMENT_SEPARATOR, -1));
    }

    public boolean hasFile() {
        return file != null && file.storedName() != null;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public TaskKind getKind() { return kind; }
    public String getParameters() { return parameters; }
    public Long getRequestedBy() { return requestedBy; }
    public String getClientAddress() { return clientAddress; }
    public LocalDateTime getRequestedAt() { return requestedAt; }
    public TaskStatus getStatus() { return status; }
    public LocalDateTime getStartedAt() { return startedAt; }
    public LocalDateTime getFinishedAt() { return finishedAt; }
    public int getDone() { return done; }
    public int getTotal() { return total; }
    public String getOutcomeKey() { return outcomeKey; }
    public StoredFile getFile() { return file; }
}
