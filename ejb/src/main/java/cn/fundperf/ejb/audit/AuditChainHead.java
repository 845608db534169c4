package cn.fundperf.ejb.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The tip of the sealed chain: the last seal's position and hash, and how far the sealer has come
 * through the record numbers. Only the sealer locks and changes it, a few times a minute; writers of
 * audit records never touch it.
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

    @Column(name = "sealed_through", nullable = false)
    private long sealedThrough;

    @Column(name = "waiting_order")
    private Long waitingOrder;

    @Column(name = "waiting_since")
    private LocalDateTime waitingSince;

    protected AuditChainHead() {
    }

    /** Chains one committed record after the last seal. */
    AuditSeal seal(AuditRecord record, LocalDateTime now) {
        AuditSeal seal = new AuditSeal(lastSequence + 1, record.getId(), record.content(), lastHash, now);
        lastSequence = seal.getSequence();
        lastHash = seal.getHash();
        return seal;
    }

    SealingPlan plan(List<Long> committed, LocalDateTime now, Duration grace) {
        return SealingPlan.of(sealedThrough, waitingOrder, waitingSince, committed, now, grace);
    }

    void moveTo(SealingPlan plan) {
        sealedThrough = plan.sealedThrough();
        waitingOrder = plan.waitingOrder();
        waitingSince = plan.waitingSince();
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public String getLastHash() {
        return lastHash;
    }

    public long getSealedThrough() {
        return sealedThrough;
    }
}
