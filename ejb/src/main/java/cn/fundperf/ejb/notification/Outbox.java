package cn.fundperf.ejb.notification;

import cn.fundperf.ejb.security.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

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

    private void write(Notification notification) {
        if (channels.stream().anyMatch(channel -> channel.wants(notification))) {
            notification.awaitDelivery();
        }
        em.persist(notification);
    }
}
