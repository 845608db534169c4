package cn.fundperf.ejb.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mail goes out once the transaction that wrote the notifications has committed, on a thread of
 * its own (never in the user's request, never for a change that was rolled back). Each is tried
 * once here; what fails stays pending for the delivery job, which tries again.
 */
@ApplicationScoped
public class PromptDelivery {

    private static final Logger LOG = Logger.getLogger(PromptDelivery.class.getName());
    /** At most this many chunks a run; a province's reminders beyond are the delivery job's. */
    static final int CHUNKS = 50;

    @Resource
    ManagedExecutorService executor;

    @Inject
    NotificationDeliveries deliveries;

    private final AtomicBoolean running = new AtomicBoolean();

    void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) PendingWritten written) {
        if (!running.compareAndSet(false, true)) {
            return;   // the run under way takes the new ones too: it follows the ids upwards
        }
        try {
            executor.execute(this::deliverFresh);
        } catch (RuntimeException e) {
            running.set(false);
            LOG.log(Level.WARNING, "Prompt delivery not started; the delivery job will hand the notifications over", e);
        }
    }

    private void deliverFresh() {
        try {
            long after = 0;
            for (int i = 0; i < CHUNKS; i++) {
                NotificationDeliveries.Chunk chunk = deliveries.deliverFresh(after);
                if (chunk.handled() == 0) {
                    break;
                }
                after = chunk.lastId();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Prompt delivery stopped; the delivery job will try again", e);
        } finally {
            running.set(false);
        }
    }
}
