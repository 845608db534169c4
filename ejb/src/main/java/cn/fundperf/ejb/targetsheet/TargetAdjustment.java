package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.business.IllegalTransitionException;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.project.Yuan;
import cn.fundperf.ejb.validation.Money;
import cn.fundperf.ejb.validation.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * 调整申请: the only way to change a released target (plan §六). It names the type and the reason,
 * and the new budget when the budget changes with it; the proposed sheet is the sheet itself while
 * it is ADJUSTING, and it goes through review, filing and approval again.
 */
@Entity
@Table(name = "target_adjustment")
public class TargetAdjustment {

    @Id
    @SequenceGenerator(name = "target_adjustment_seq", sequenceName = "target_adjustment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "target_adjustment_seq")
    private Long id;

    @Version
    private long version;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id", nullable = false)
    private TargetSheet sheet;

    @Enumerated(EnumType.STRING)
    @Column(name = "adjustment_type", nullable = false, length = 24)
    private AdjustmentType type;

    @Column(name = "reason", nullable = false, length = 2000)
    @NotNull
    @Text(max = 2000)
    private String reason;

    @Column(name = "proposed_budget", precision = 18, scale = 2)
    @Money
    private BigDecimal proposedBudget;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private AdjustmentStatus status = AdjustmentStatus.OPEN;

    @Column(name = "from_version", nullable = false)
    private int fromVersion;

    @Column(name = "resulting_version")
    private Integer resultingVersion;

    @Column(name = "requested_by", nullable = false, length = 80)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    protected TargetAdjustment() {
    }

    TargetAdjustment(TargetSheet sheet, AdjustmentType type, String reason, BigDecimal proposedBudget, String actor, LocalDateTime now) {
        if (type == null) {
            throw new InvalidInputException("adjustment.typeRequired");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("adjustment.reasonRequired");
        }
        if (proposedBudget != null && proposedBudget.signum() < 0) {
            throw new InvalidInputException("adjustment.budgetNegative");
        }
        this.sheet = sheet;
        this.type = type;
        this.reason = reason.strip();
        this.proposedBudget = proposedBudget == null ? null : Yuan.of(proposedBudget);
        this.fromVersion = sheet.getReleasedVersion();
        this.requestedBy = actor;
        this.requestedAt = now;
    }

    void approve(int newVersion, LocalDateTime now) {
        requireOpen();
        status = AdjustmentStatus.APPROVED;
        resultingVersion = newVersion;
        closedAt = now;
    }

    void close(AdjustmentStatus outcome, LocalDateTime now) {
        requireOpen();
        status = outcome;
        closedAt = now;
    }

    /** 安排预算 while the adjustment is open: the new budget goes with the adjusted target. */
    void proposeBudget(BigDecimal amount) {
        requireOpen();
        if (amount == null) {
            throw new InvalidInputException("project.budget.required");
        }
        if (amount.signum() < 0) {
            throw new InvalidInputException("adjustment.budgetNegative");
        }
        proposedBudget = Yuan.of(amount);
    }

    private void requireOpen() {
        if (status != AdjustmentStatus.OPEN) {
            throw new IllegalTransitionException("adjustment.closed", status);
        }
    }

    /** Does the budget change with this adjustment? */
    public boolean changesBudget() {
        return proposedBudget != null;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public TargetSheet getSheet() { return sheet; }
    public AdjustmentType getType() { return type; }
    public String getReason() { return reason; }
    public BigDecimal getProposedBudget() { return proposedBudget; }
    public AdjustmentStatus getStatus() { return status; }
    public int getFromVersion() { return fromVersion; }
    public Integer getResultingVersion() { return resultingVersion; }
    public String getRequestedBy() { return requestedBy; }
    public LocalDateTime getRequestedAt() { return requestedAt; }
    public LocalDateTime getClosedAt() { return closedAt; }
}
