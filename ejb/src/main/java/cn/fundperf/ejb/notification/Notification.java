package cn.fundperf.ejb.notification;

import cn.fundperf.ejb.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A message to a user, or to whoever holds a role in an organization (read once for all of them:
 * an office's shared inbox). Text as a bundle key with arguments, so each reader sees it in their
 * language; a link to where the work is done.
 */
@Entity
@Table(name = "notification")
public class Notification {

    static final String ARGUMENT_SEPARATOR = "\u001f";
    static final int MAX_DELIVERY_ATTEMPTS = 5;

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "recipient_user_id")
    private Long recipientUserId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_role", length = 32)
    private Role recipientRole;

    @Column(name = "recipient_organization_id")
    private Long recipientOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 60)
    private NotificationKind kind;

    @Column(name = "text_key", nullable = false, length = 120)
    private String textKey;

    @Column(name = "text_args", length = 2000)
    private String textArgs;

    @Column(name = "link", length = 400)
    private String link;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    @Column(name = "read_by", length = 80)
    private String readBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery", nullable = false, length = 16)
    private NotificationDelivery delivery;

    @Column(name = "delivery_attempts", nullable = false)
    private int deliveryAttempts;

    @Column(name = "delivered_at")
    private LocalDateTime deliveredAt;

    protected Notification() {
    }

    private Notification(Long userId, Role role, Long organizationId, NotificationKind kind, String textKey, List<?> arguments,
                         String link, LocalDateTime now) {
        this.recipientUserId = userId;
        this.recipientRole = role;
        this.recipientOrganizationId = organizationId;
        this.kind = kind;
        this.textKey = textKey;
        String joined = String.join(ARGUMENT_SEPARATOR, arguments.stream().map(String::valueOf).toList());
        this.textArgs = joined.length() <= 2000 ? joined : joined.substring(0, 2000);
        this.link = link;
        this.createdAt = now;
        this.delivery = NotificationDelivery.IN_APP_ONLY;
    }

    public static Notification toUser(long userId, NotificationKind kind, String textKey, List<?> arguments, String link, LocalDateTime now) {
        return new Notification(userId, null, null, kind, textKey, arguments, link, now);
    }

    public static Notification toRole(Role role, long organizationId, NotificationKind kind, String textKey, List<?> arguments,
                                      String link, LocalDateTime now) {
        return new Notification(null, role, organizationId, kind, textKey, arguments, link, now);
    }

    void awaitDelivery() {
        delivery = NotificationDelivery.PENDING;
    }

    /** Read once: the first reader's mark stays (for a role's notification, whoever of the office read it). */
    void markRead(String username, LocalDateTime now) {
        if (readAt == null) {
            readAt = now;
            readBy = username;
        }
    }

    void delivered(LocalDateTime now) {
        delivery = NotificationDelivery.DELIVERED;
        deliveredAt = now;
    }

    void deliveryFailed() {
        deliveryAttempts++;
        if (deliveryAttempts >= MAX_DELIVERY_ATTEMPTS) {
            delivery = NotificationDelivery.FAILED;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public List<String> getArguments() {
        return textArgs == null || textArgs.isEmpty() ? List.of() : Arrays.asList(textArgs.split(ARGUMENT_SEPARATOR, -1));
    }

    public Long getId() { return id; }
    public Long getRecipientUserId() { return recipientUserId; }
    public Role getRecipientRole() { return recipientRole; }
    public Long getRecipientOrganizationId() { return recipientOrganizationId; }
    public NotificationKind getKind() { return kind; }
    public String getTextKey() { return textKey; }
    public String getLink() { return link; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getReadAt() { return readAt; }
    public String getReadBy() { return readBy; }
    public NotificationDelivery getDelivery() { return delivery; }
    public int getDeliveryAttempts() { return deliveryAttempts; }
    public LocalDateTime getDeliveredAt() { return deliveredAt; }
}
