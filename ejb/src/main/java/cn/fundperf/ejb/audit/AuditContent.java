package cn.fundperf.ejb.audit;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** What an audit record says, before it is numbered and chained. */
public record AuditContent(LocalDateTime occurredAt, String actorUsername, Long actorOrganizationId,
                           String actorOrganizationName, String action, String entityType, String entityId,
                           String before, String after, String clientAddress) {

    static final int SUMMARY_LIMIT = 4000;

    public AuditContent {
        // stored precision: what is hashed must be what is read back from any database
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        actorUsername = clip(actorUsername, 80);
        actorOrganizationName = clip(actorOrganizationName, 200);
        entityId = clip(entityId, 80);
        before = clip(before, SUMMARY_LIMIT);
        after = clip(after, SUMMARY_LIMIT);
        clientAddress = clip(clientAddress, 64);
    }

    private static String clip(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit);
    }
}
