package cn.fundperf.ejb.notification;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Delivery of pending notifications by their channels, in slices ordered by id (the job's cursor). */
@Stateless
public class NotificationDeliveries {

    private static final Logger LOG = Logger.getLogger(NotificationDeliveries.class.getName());
    static final int CHUNK = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    @Any
    Instance<NotificationChannel> channels;

    @Inject
    Clock clock;

    public record Chunk(int handled, long lastId) {
    }

    public long pendingCount() {
        return em.createQuery("select count(n) from Notification n where n.delivery = :pending", Long.class)
                .setParameter("pending", NotificationDelivery.PENDING).getSingleResult();
    }

    /** The next slice after the cursor, in the caller's transaction; a failed delivery stays pending for the next run. */
    public Chunk deliverNext(long afterId) {
        return deliver(afterId, "");
    }

    /** As {@link #deliverNext}, for notifications never tried yet (right after they were written; retries are the job's). */
    public Chunk deliverFresh(long afterId) {
        return deliver(afterId, " and n.deliveryAttempts = 0");
    }

    private Chunk deliver(long afterId, String condition) {
        List<Notification> slice = em.createQuery("select n from Notification n where n.delivery = :pending and n.id > :after" + condition
                        + " order by n.id", Notification.class)
                .setParameter("pending", NotificationDelivery.PENDING).setParameter("after", afterId).setMaxResults(CHUNK).getResultList();
        LocalDateTime now = LocalDateTime.now(clock);
        for (Notification notification : slice) {
            try {
                channels.stream().filter(channel -> channel.wants(notification)).forEach(channel -> channel.deliver(notification));
                notification.delivered(now);
            } catch (RuntimeException e) {   // one recipient's failure must not hold back the others
                LOG.log(Level.WARNING, "Notification " + notification.getId() + " not delivered", e);
                notification.deliveryFailed();
            }
        }
        return new Chunk(slice.size(), slice.isEmpty() ? afterId : slice.get(slice.size() - 1).getId());
    }
}
