package cn.fundperf.ejb.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The single row that knows the last sequence number and hash. Writers lock it, so records
 * are numbered without gaps and each links to exactly one predecessor, even under load.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    static final long THE_ONLY_ID = 1L;

    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "last_seq", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    AuditRecord append(AuditContent content) {
        AuditRecord record = new AuditRecord(lastSequence + 1, content, lastHash);
        lastSequence = record.getSequence();
        lastHash = record.getHash();
        return record;
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public String getLastHash() {
        return lastHash;
    }
}
