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
 * Record numbers the sealer stepped over after the grace period (a rolled-back insert, or a
 * transaction still open). A record that commits later with one of them is sealed then, at the end
 * of the chain; the range is forgotten after {@link AuditSealer#GAP_MEMORY}.
 */
@Entity
@Table(name = "audit_gap")
public class AuditGap {

    @Id
    @SequenceGenerator(name = "audit_gap_seq", sequenceName = "audit_gap_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_gap_seq")
    private Long id;

    @Column(name = "from_order", nullable = false)
    private long fromOrder;

    @Column(name = "to_order", nullable = false)
    private long toOrder;

    @Column(name = "skipped_at", nullable = false)
    private LocalDateTime skippedAt;

    protected AuditGap() {
    }

    AuditGap(SealingPlan.Gap gap, LocalDateTime skippedAt) {
        this.fromOrder = gap.from();
        this.toOrder = gap.to();
        this.skippedAt = skippedAt;
    }

    public long getFromOrder() {
        return fromOrder;
    }

    public long getToOrder() {
        return toOrder;
    }

    public LocalDateTime getSkippedAt() {
        return skippedAt;
    }
}
