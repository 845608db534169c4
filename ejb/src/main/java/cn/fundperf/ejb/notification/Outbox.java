package cn.fundperf.ejb.notification;

import cn.fundperf.ejb.security.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where use cases write notifications: always inside the use case's own transaction (MANDATORY),
 * so the event and its notifications commit or roll back together. Called by services that have
 * already checked permission and scope; it decides nothing itself.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    @Any
    Instance<NotificationChannel> channels;

    @Inject
    Event<PendingWritten> pendingWritten;

    @Inject
    Clock clock;

    public void toUsers(Collection<Long> userIds, NotificationKind kind, String textKey, List<?> arguments, String link) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (Long userId : userIds.stream().distinct().toList()) {
            write(Notification.toUser(userId, kind, textKey, arguments, link, now));
        }
    }

    public void toRole(Role role, long organizationId, NotificationKind kind, String textKey, List<?> arguments, String link) {
        write(Notification.toRole(role, organizationId, kind, textKey, arguments, link, LocalDateTime.now(clock)));
    }

    /**
     * One notification to a role in each organization a query names, set-based (a period's
     * units, a province's offices): the query selects two columns, the organization's id and a
     * count, which becomes the last argument of the text. Returns how many were written.
     */
    public int toRoleOfEach(Role role, NotificationKind kind, String textKey, List<?> leadingArguments, String link,
                            String organizationsAndCounts, List<?> parameters) {
        LocalDateTime now = LocalDateTime.now(clock);
        Notification sample = Notification.toRole(role, 0L, kind, textKey, leadingArguments, link, now);
        NotificationDelivery delivery = channels.stream().anyMatch(channel -> channel.wants(sample))
                ? NotificationDelivery.PENDING : NotificationDelivery.IN_APP_ONLY;
        String leading = leadingArguments.stream().map(argument -> argument + Notification.ARGUMENT_SEPARATOR).collect(Collectors.joining());
        int first = parameters.size() + 1;
        Query insert = em.createNativeQuery("INSERT INTO notification (id, version, recipient_role, recipient_organization_id, kind,"
                + " text_key, text_args, link, created_at, delivery, delivery_attempts)"
                + " SELECT nextval('notification_seq'), 0, CAST(?" + first + " AS VARCHAR(32)), q.organization_id,"
                + " CAST(?" + (first + 1) + " AS VARCHAR(60)), CAST(?" + (first + 2) + " AS VARCHAR(120)),"
                + " CAST(?" + (first + 3) + " AS VARCHAR(1900)) || CAST(q.how_many AS VARCHAR(20)), CAST(?" + (first + 4) + " AS VARCHAR(400)),"
                + " CAST(?" + (first + 5) + " AS TIMESTAMP), CAST(?" + (first + 6) + " AS VARCHAR(16)), 0"
                + " FROM (" + organizationsAndCounts + ") q");
        for (int i = 0; i < parameters.size(); i++) {
            insert.setParameter(i + 1, parameters.get(i));
        }
        int written = insert.setParameter(first, role.name()).setParameter(first + 1, kind.name()).setParameter(first + 2, textKey)
                .setParameter(first + 3, leading).setParameter(first + 4, link).setParameter(first + 5, now)
                .setParameter(first + 6, delivery.name()).executeUpdate();
        if (written > 0 && delivery == NotificationDelivery.PENDING) {
            pendingWritten.fire(new PendingWritten());
        }
        return written;
    }

    private void write(Notification notification) {
        if (channels.stream().anyMatch(channel -> channel.wants(notification))) {
            notification.awaitDelivery();
            pendingWritten.fire(new PendingWritten());
        }
        em.persist(notification);
    }
}
