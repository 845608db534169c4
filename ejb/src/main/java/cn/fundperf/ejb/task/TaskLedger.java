package cn.fundperf.ejb.task;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A task's own record, each change committed at once (whatever the work's transactions do), so
 * that the requester watches the progress and a failed run still says that it failed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TaskLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Claims a queued task for this node; empty when another run took it (a double start is harmless). */
    public Optional<BackgroundTask> start(long taskId, String node) {
        BackgroundTask task = em.find(BackgroundTask.class, taskId, LockModeType.PESSIMISTIC_WRITE);
        if (task == null || task.getStatus() != TaskStatus.QUEUED) {
            return Optional.empty();
        }
        task.start(node, now());
        return Optional.of(task);
    }

    public void progress(long taskId, int done, int total) {
        em.find(BackgroundTask.class, taskId).progress(done, total, now());
    }

    public void succeed(long taskId, TaskOutcome outcome) {
        em.find(BackgroundTask.class, taskId).succeed(outcome, now());
    }

    public void fail(long taskId, String key, List<?> arguments) {
        em.find(BackgroundTask.class, taskId).fail(key, arguments, now());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
