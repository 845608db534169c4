package cn.fundperf.ejb.audit;

/**
 * An audit record with the names it only refers to: the actor's display name (the record keeps
 * the user name) and the object's name (the record keeps type and id). Either may be null when
 * the user or object is gone or has no name.
 */
public record AuditEntry(AuditRecord record, String actorDisplayName, String objectName) {

    // bean-style accessors for Jakarta EL 5, which does not read record components
    public AuditRecord getRecord() { return record; }
    public String getActorDisplayName() { return actorDisplayName; }
    public String getObjectName() { return objectName; }
}
