package cn.fundperf.web.audit;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A line of the audit screen in words, with the recorded codes beside them for the tooltips. */
public record AuditRow(long sequence, LocalDateTime occurredAt, String actorUsername, String actor,
                       String organization, String action, String event, String object, String recordedObject,
                       String before, String after, String clientAddress) implements Serializable {

    // bean-style accessors for Jakarta EL 5, which does not read record components
    public long getSequence() { return sequence; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getActorUsername() { return actorUsername; }
    public String getActor() { return actor; }
    public String getOrganization() { return organization; }
    public String getAction() { return action; }
    public String getEvent() { return event; }
    public String getObject() { return object; }
    public String getRecordedObject() { return recordedObject; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
    public String getClientAddress() { return clientAddress; }
}
