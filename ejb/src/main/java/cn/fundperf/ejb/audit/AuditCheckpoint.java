package cn.fundperf.ejb.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A verification that found the chain intact up to seal {@code seq} with that seal's hash. The next
 * incremental verification starts here (after checking that seal still has this hash) instead of
 * at the first record. Insert-only (PostgreSQL trigger).
 */
@Entity
@Table(name = "audit_checkpoint")
public class AuditCheckpoint {

    @Id
    @SequenceGenerator(name = "audit_checkpoint_seq", sequenceName = "audit_checkpoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_checkpoint_seq")
    private Long id;

    @Column(name = "seq", nullable = false, updatable = false)
    private long sequence;

    @Column(name = "hash", nullable = false, length = 64, updatable = false)
    private String hash;

    @Column(name = "from_seq", nullable = false, updatable = false)
    private long fromSequence;

    @Column(name = "checked_count", nullable = false, updatable = false)
    private long checkedCount;

    @Column(name = "full_walk", nullable = false, updatable = false)
    private boolean fullWalk;

    @Column(name = "verified_at", nullable = false, updatable = false)
    private LocalDateTime verifiedAt;

    protected AuditCheckpoint() {
    }

    AuditCheckpoint(long sequence, String hash, long fromSequence, long checkedCount, boolean fullWalk, LocalDateTime verifiedAt) {
        this.sequence = sequence;
        this.hash = hash;
        this.fromSequence = fromSequence;
        this.checkedCount = checkedCount;
        this.fullWalk = fullWalk;
        this.verifiedAt = verifiedAt;
    }

    public long getSequence() {
        return sequence;
    }

    public String getHash() {
        return hash;
    }

    public long getFromSequence() {
        return fromSequence;
    }

    public long getCheckedCount() {
        return checkedCount;
    }

    public boolean isFullWalk() {
        return fullWalk;
    }

    public LocalDateTime getVerifiedAt() {
        return verifiedAt;
    }
}
