package cn.fundperf.ejb.task;

import cn.fundperf.ejb.audit.AuditTrail;
import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.business.NotPermittedException;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.CurrentActor;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Background tasks of the signed-in user: features submit them from their own guarded use cases
 * (which decide who may start what); the requester follows the progress and takes the file.
 * Another user's task answers like a missing one.
 */
@Stateless
public class TaskService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail auditTrail;

    @Inject
    FileStore files;

    @Inject
    TaskRunner runner;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Queues a task for the caller; it starts once this transaction has committed. */
    public BackgroundTask submit(TaskKind kind, String parameters) {
        Actor actor = requester();
        BackgroundTask task = new BackgroundTask(kind, parameters, actor.userId(), actor.clientAddress(), now());
        em.persist(task);
        em.flush();
        long id = task.getId();
        auditTrail.record("task.submitted", "BackgroundTask", id, null, kind.name());
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.submit(() -> runner.run(id));
                }
            }
        });
        return task;
    }

    /** The caller's recent tasks, newest first. */
    public List<BackgroundTask> mine(int max) {
        return em.createQuery("select t from BackgroundTask t where t.requestedBy = :user order by t.requestedAt desc, t.id desc",
                        BackgroundTask.class)
                .setParameter("user", requester().userId()).setMaxResults(Math.max(1, Math.min(max, 100))).getResultList();
    }

    public BackgroundTask task(long id) {
        BackgroundTask task = em.find(BackgroundTask.class, id);
        if (task == null || !task.isRequestedBy(requester().userId())) {
            throw new NotFoundException("BackgroundTask", id);
        }
        return task;
    }

    /** A task's file as it is handed over: name and type with the content. */
    public record Download(StoredFile file, InputStream content) {
    }

    /** The task's file, for its requester; each download is audited like an export. */
    public Download download(long id) {
        BackgroundTask task = task(id);
        if (!task.hasFile()) {
            throw new NotFoundException("BackgroundTask", id);
        }
        auditTrail.record("task.downloaded", "BackgroundTask", id, null, task.getFile().fileName());
        return new Download(task.getFile(), files.open(task.getFile()));
    }

    public boolean anyUnderWay(List<BackgroundTask> tasks) {
        LocalDateTime now = now();
        return tasks.stream().anyMatch(t -> t.isUnderWay(now));
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private Actor requester() {
        Actor actor = currentActor.get();
        if (actor.isSystem()) {
            throw new NotPermittedException("task");
        }
        return actor;
    }
}
