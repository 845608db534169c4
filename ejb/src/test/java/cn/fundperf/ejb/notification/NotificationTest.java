package cn.fundperf.ejb.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.security.Role;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 29, 10, 0);

    @Test
    void a_notification_carries_its_text_key_and_arguments_for_each_readers_language() {
        Notification n = Notification.toUser(7, NotificationKind.REVIEW_ROUND_OPENED, "notification.reviewRoundOpened",
                List.of("2026年第一轮", 3), "/app/review/round.xhtml?id=5", NOW);
        assertEquals(List.of("2026年第一轮", "3"), n.getArguments());
        assertEquals(NotificationDelivery.IN_APP_ONLY, n.getDelivery(), "no channel asked for it");
        assertFalse(n.isRead());
    }

    @Test
    void read_once_the_first_readers_mark_stays() {
        Notification n = Notification.toRole(Role.FINANCE, 3, NotificationKind.REVIEW_ROUND_OPENED, "k", List.of(), null, NOW);
        n.markRead("finance01", NOW.plusHours(1));
        n.markRead("finance02", NOW.plusHours(2));
        assertTrue(n.isRead());
        assertEquals("finance01", n.getReadBy());
        assertEquals(NOW.plusHours(1), n.getReadAt());
    }

    @Test
    void a_pending_delivery_fails_for_good_after_the_attempts_are_spent() {
        Notification n = Notification.toUser(7, NotificationKind.REVIEW_ROUND_OPENED, "k", List.of(), null, NOW);
        n.awaitDelivery();
        for (int i = 1; i < Notification.MAX_DELIVERY_ATTEMPTS; i++) {
            n.deliveryFailed();
            assertEquals(NotificationDelivery.PENDING, n.getDelivery());
        }
        n.deliveryFailed();
        assertEquals(NotificationDelivery.FAILED, n.getDelivery());
    }

    @Test
    void no_argument_means_an_empty_list() {
        assertEquals(List.of(), Notification.toUser(7, NotificationKind.REVIEW_ROUND_OPENED, "k", List.of(), null, NOW).getArguments());
    }
}
