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
 * One line of the audit log. Insert-only (PostgreSQL enforces it with a trigger). A use case inserts
 * it with its change and nothing else; the database numbers it at insert ({@code chainOrder}), and
 * the sealer chains it afterwards ({@link AuditSeal}), so that writers share no lock.
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

    /** From the sequence {@code audit_order_seq} at INSERT (a column default): the order of inserts across servers. */
    @Column(name = "chain_order", insertable = false, updatable = false)
    private Long chainOrder;

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

    protected AuditRecord() {
    }

    AuditRecord(AuditContent content) {
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
    }

    public AuditContent content() {
        return new AuditContent(occurredAt, actorUsername, actorOrganizationId, actorOrganizationName,
                action, entityType, entityId, before, after, clientAddress);
    }

    public Long getId() {
        return id;
    }

    /** The record's number; null only in the transaction that inserts it. */
    public Long getChainOrder() {
        return chainOrder;
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
}
