package cn.fundperf.ejb.task;

import cn.fundperf.ejb.business.BusinessException;
import cn.fundperf.ejb.security.AccountService;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.CurrentActor;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one task on a managed thread, as its requester, read fresh: a user disabled in the
 * meantime gets nothing. Outside a transaction, so the work's service calls each commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TaskRunner {

    private static final Logger LOG = Logger.getLogger(TaskRunner.class.getName());

    @Inject
    TaskLedger ledger;

    @Inject
    AccountService accounts;

    @Inject
    CurrentActor currentActor;

    @Inject
    @Any
    Instance<TaskWork> works;

    public void run(long taskId) {
        Optional<BackgroundTask> claimed = ledger.start(taskId, ManagementFactory.getRuntimeMXBean().getName());
        if (claimed.isEmpty()) {
            return;
        }
        BackgroundTask task = claimed.get();
        Optional<Actor> requester = accounts.actorFor(task.getRequestedBy(), task.getClientAddress());
        if (requester.isEmpty()) {
            ledger.fail(taskId, "task.requesterDisabled", List.of());
            return;
        }
        currentActor.set(requester.get());
        try {
            TaskOutcome outcome = work(task.getKind()).execute(task, (done, total) -> ledger.progress(taskId, done, total));
            ledger.succeed(taskId, outcome);
        } catch (BusinessException refused) {
            ledger.fail(taskId, refused.getKey(), refused.getArguments());
        } catch (RuntimeException e) {   // the task must end, whatever broke
            LOG.log(Level.WARNING, "Task " + taskId + " (" + task.getKind() + ") failed", e);
            ledger.fail(taskId, "task.failed", List.of());
        }
    }

    private TaskWork work(TaskKind kind) {
        return works.stream().filter(w -> w.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("No work for task kind " + kind));
    }
}
