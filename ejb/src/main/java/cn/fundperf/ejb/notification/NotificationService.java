package cn.fundperf.ejb.notification;

import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.business.NotPermittedException;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.CurrentActor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The signed-in user's notifications (the bell and its list): their own, and those to a role they
 * hold in their organization. Another's notification answers like a missing one. Marking read is
 * the reader's own bookkeeping, not a change of business data, so it is not audited.
 */
@Stateless
public class NotificationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    public List<Notification> mine(int first, int max) {
        TypedQuery<Notification> query = em.createQuery("select n from Notification n where " + mine()
                + " order by n.createdAt desc, n.id desc", Notification.class);
        bind(query);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 100))).getResultList();
    }

    public long count() {
        TypedQuery<Long> query = em.createQuery("select count(n) from Notification n where " + mine(), Long.class);
        bind(query);
        return query.getSingleResult();
    }

    public long unreadCount() {
        TypedQuery<Long> query = em.createQuery("select count(n) from Notification n where n.readAt is null and " + mine(), Long.class);
        bind(query);
        return query.getSingleResult();
    }

    public Notification markRead(long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || !isMine(notification)) {
            throw new NotFoundException("Notification", id);
        }
        notification.markRead(reader().username(), LocalDateTime.now(clock));
        return notification;
    }

    public int markAllRead() {
        Query update = em.createQuery("update Notification n set n.readAt = :now, n.readBy = :reader, n.version = n.version + 1"
                + " where n.readAt is null and " + mine());
        bind(update);
        return update.setParameter("now", LocalDateTime.now(clock)).setParameter("reader", reader().username()).executeUpdate();
    }

    private boolean isMine(Notification notification) {
        Actor reader = reader();
        return reader.userId().equals(notification.getRecipientUserId())
                || (reader.organizationId() != null && reader.organizationId().equals(notification.getRecipientOrganizationId())
                    && reader.roles().contains(notification.getRecipientRole()));
    }

    /** The recipient condition: the reader's own, or to a role the reader holds in the reader's organization. */
    private String mine() {
        Actor reader = reader();
        return reader.roles().isEmpty() || reader.organizationId() == null
                ? "n.recipientUserId = :user"
                : "(n.recipientUserId = :user or (n.recipientOrganizationId = :org and n.recipientRole in :roles))";
    }

    private void bind(Query query) {
        Actor reader = reader();
        query.setParameter("user", reader.userId());
        if (!reader.roles().isEmpty() && reader.organizationId() != null) {
            query.setParameter("org", reader.organizationId()).setParameter("roles", List.copyOf(reader.roles()));
        }
    }

    private Actor reader() {
        Actor actor = currentActor.get();
        if (actor.isSystem()) {
            throw new NotPermittedException("notification");
        }
        return actor;
    }
}
