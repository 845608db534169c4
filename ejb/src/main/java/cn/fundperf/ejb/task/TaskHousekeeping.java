package cn.fundperf.ejb.task;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Keeps the task table and the file store small. Run by the job package's {@code TaskCleanupJob}. */
@Stateless
public class TaskHousekeeping {

    @PersistenceContext
    EntityManager em;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "fundperf.tasks.keep-days", defaultValue = "7")
    int keepDays;

    public int failInterrupted() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<BackgroundTask> silent = em.createQuery("select t from BackgroundTask t where t.status in :open and coalesce(t.heartbeatAt, t.requestedAt) < :limit",
                        BackgroundTask.class)
                .setParameter("open", List.of(TaskStatus.QUEUED, TaskStatus.RUNNING))
                .setParameter("limit", now.minus(BackgroundTask.SILENCE_LIMIT)).getResultList();
        silent.forEach(task -> task.fail("task.interrupted", List.of(), now));
        return silent.size();
    }

    public int removeFinished() {
        List<BackgroundTask> old = em.createQuery("select t from BackgroundTask t where t.status in :finished and t.finishedAt < :limit",
                        BackgroundTask.class)
                .setParameter("finished", List.of(TaskStatus.SUCCEEDED, TaskStatus.FAILED))
                .setParameter("limit", LocalDateTime.now(clock).minusDays(keepDays)).getResultList();
        for (BackgroundTask task : old) {
            if (task.hasFile()) {
                files.delete(task.getFile());
            }
            em.remove(task);
        }
        return old.size();
    }
}
