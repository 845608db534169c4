package cn.fundperf.ejb.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A record's place in the hash chain, written by the sealer after the record committed: position
 * {@code seq} (1, 2, 3… without gaps), the previous seal's hash and SHA-256 over both and the
 * record's content. Insert-only like the records (PostgreSQL trigger), so it has no version.
 */
@Entity
@Table(name = "audit_seal")
public class AuditSeal {

    @Id
    @Column(name = "seq")
    private long sequence;

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

    @Column(name = "previous_hash", nullable = false, length = 64, updatable = false)
    private String previousHash;

    @Column(name = "hash", nullable = false, length = 64, updatable = false)
    private String hash;

    @Column(name = "sealed_at", nullable = false, updatable = false)
    private LocalDateTime sealedAt;

    protected AuditSeal() {
    }

    AuditSeal(long sequence, long recordId, AuditContent content, String previousHash, LocalDateTime sealedAt) {
        this.sequence = sequence;
        this.recordId = recordId;
        this.previousHash = previousHash;
        this.hash = AuditChain.hash(sequence, previousHash, content);
        this.sealedAt = sealedAt;
    }

    public long getSequence() {
        return sequence;
    }

    public long getRecordId() {
        return recordId;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }

    public LocalDateTime getSealedAt() {
        return sealedAt;
    }
}
