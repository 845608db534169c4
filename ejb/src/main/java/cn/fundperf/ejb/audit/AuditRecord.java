package cn.fundperf.ejb.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * One line of the audit log. Insert-only (PostgreSQL enforces it with a trigger) and chained:
 * {@code hash} covers this record's content and the previous record's hash, so an edited or
 * removed record breaks the chain at that point.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @SequenceGenerator(name = "audit_record_seq", sequenceName = "audit_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_record_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "seq", nullable = false, unique = true, updatable = false)
    private long sequence;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor_username", nullable = false, length = 80, updatable = false)
    private String actorUsername;

    @Column(name = "actor_org_id", updatable = false)
    private Long actorOrganizationId;

    @Column(name = "actor_org_name", length = 200, updatable = false)
    private String actorOrganizationName;

    @Column(name = "action_code", nullable = false, length = 80, updatable = false)
    private String action;

    @Column(name = "entity_type", length = 80, updatable = false)
    private String entityType;

    @Column(name = "entity_id", length = 80, updatable = false)
    private String entityId;

    @Column(name = "before_summary", length = 4000, updatable = false)
    private String before;

    @Column(name = "after_summary", length = 4000, updatable = false)
    private String after;

    @Column(name = "client_address", length = 64, updatable = false)
    private String clientAddress;

    @Column(name = "previous_hash", nullable = false, length = 64, updatable = false)
    private String previousHash;

    @Column(name = "hash", nullable = false, length = 64, updatable = false)
    private String hash;

    protected AuditRecord() {
    }

    AuditRecord(long sequence, AuditContent content, String previousHash) {
        this.sequence = sequence;
        this.occurredAt = content.occurredAt();
        this.actorUsername = content.actorUsername();
        this.actorOrganizationId = content.actorOrganizationId();
        this.actorOrganizationName = content.actorOrganizationName();
        this.action = content.action();
        this.entityType = content.entityType();
        this.entityId = content.entityId();
        this.before = content.before();
        this.after = content.after();
        this.clientAddress = content.clientAddress();
        this.previousHash = previousHash;
        this.hash = AuditChain.hash(sequence, previousHash, content);
    }

    public AuditContent content() {
        return new AuditContent(occurredAt, actorUsername, actorOrganizationId, actorOrganizationName,
                action, entityType, entityId, before, after, clientAddress);
    }

    public Long getId() {
        return id;
    }

    public long getSequence() {
        return sequence;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public Long getActorOrganizationId() {
        return actorOrganizationId;
    }

    public String getActorOrganizationName() {
        return actorOrganizationName;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
