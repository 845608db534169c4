package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.validation.CollectionValidation;
import cn.fundperf.ejb.validation.Money;
import cn.fundperf.ejb.validation.Score;
import cn.fundperf.ejb.validation.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * An approved (批复) version of a target sheet, frozen: it has no verb that changes it, and on
 * PostgreSQL a trigger refuses any UPDATE or DELETE of it and of its lines (migration V4_1).
 * Version 1 is the first approval; every approved adjustment adds the next number.
 */
@Entity
@EntityListeners(CollectionValidation.class)
@Table(name = "target_version", uniqueConstraints = @UniqueConstraint(columnNames = {"sheet_id", "version_number"}))
@NamedQuery(name = "TargetVersion.ofSheet", query = "select v from TargetVersion v where v.sheet.id = :sheet order by v.number")
@NamedQuery(name = "TargetVersion.number", query = "select v from TargetVersion v where v.sheet = :sheet and v.number = :number")
public class TargetVersion {

    @Id
    @SequenceGenerator(name = "target_version_seq", sequenceName = "target_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "target_version_seq")
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id", nullable = false, updatable = false)
    private TargetSheet sheet;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "overall_goal", length = 2000, updatable = false)
    @Text(max = 2000)
    private String overallGoal;

    @Column(name = "budget_execution_weight", nullable = false, precision = 7, scale = 2, updatable = false)
    @Score
    private BigDecimal budgetExecutionWeight;

    @Column(name = "budget_amount", precision = 18, scale = 2, updatable = false)
    @Money
    private BigDecimal budgetAmount;

    @Column(name = "filing_number", length = 60, updatable = false)
    private String filingNumber;

    @Column(name = "filed_at", updatable = false)
    private LocalDateTime filedAt;

    @Column(name = "approval_document", nullable = false, length = 120, updatable = false)
    @NotNull
    @Text(max = 120)
    private String approvalDocument;

    @Column(name = "approved_on", nullable = false, updatable = false)
    private LocalDate approvedOn;

    @Column(name = "approved_by", nullable = false, length = 80, updatable = false)
    private String approvedBy;

    @Column(name = "approved_at", nullable = false, updatable = false)
    private LocalDateTime approvedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "adjustment_type", length = 24, updatable = false)
    private AdjustmentType adjustmentType;

    @Column(name = "adjustment_reason", length = 2000, updatable = false)
    @Text(max = 2000)
    private String adjustmentReason;

    // not batch fetched: EclipseLink loses the nested embeddables' descriptor on batch-read lines (NPE at commit)
    @ElementCollection
    @CollectionTable(name = "target_version_line", joinColumns = @JoinColumn(name = "version_id"))
    @OrderBy("position")
    @Valid
    private List<FrozenIndicator> indicators = new ArrayList<>();

    protected TargetVersion() {
    }

    TargetVersion(TargetSheet sheet, int number, BigDecimal budgetAmount, String approvalDocument, LocalDate approvedOn,
                  String approvedBy, LocalDateTime approvedAt, TargetAdjustment adjustment) {
        this.sheet = sheet;
        this.number = number;
        this.overallGoal = sheet.getOverallGoal();
        this.budgetExecutionWeight = sheet.getBudgetExecutionWeight();
        this.budgetAmount = budgetAmount;
        this.filingNumber = sheet.getFilingNumber();
        this.filedAt = sheet.getFiledAt();
        this.approvalDocument = approvalDocument;
        this.approvedOn = approvedOn;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        if (adjustment != null) {
            this.adjustmentType = adjustment.getType();
            this.adjustmentReason = adjustment.getReason();
        }
        List<IndicatorLine> lines = sheet.lines();
        for (int i = 0; i < lines.size(); i++) {
            indicators.add(new FrozenIndicator(i + 1, lines.get(i)));
        }
    }

    /** Version {@code number} of a sheet, if it was ever approved. */
    public static Optional<TargetVersion> numbered(EntityManager em, TargetSheet sheet, int number) {
        return em.createNamedQuery("TargetVersion.number", TargetVersion.class)
                .setParameter("sheet", sheet).setParameter("number", number).getResultList().stream().findFirst();
    }

    /** The version in force of a sheet, null before its first approval. */
    public static TargetVersion inForce(EntityManager em, TargetSheet sheet) {
        return sheet.getReleasedVersion() == 0 ? null : numbered(em, sheet, sheet.getReleasedVersion()).orElse(null);
    }

    public List<IndicatorLine> lines() {
        return indicators.stream().map(FrozenIndicator::toLine).toList();
    }

    public Long getId() { return id; }
    public TargetSheet getSheet() { return sheet; }
    public int getNumber() { return number; }
    public String getOverallGoal() { return overallGoal; }
    public BigDecimal getBudgetExecutionWeight() { return budgetExecutionWeight; }
    public BigDecimal getBudgetAmount() { return budgetAmount; }
    public String getFilingNumber() { return filingNumber; }
    public LocalDateTime getFiledAt() { return filedAt; }
    public String getApprovalDocument() { return approvalDocument; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public String getApprovedBy() { return approvedBy; }
    public LocalDateTime getApprovedAt() { return approvedAt; }
    public AdjustmentType getAdjustmentType() { return adjustmentType; }
    public String getAdjustmentReason() { return adjustmentReason; }
    public List<IndicatorLine> getLines() { return lines(); }
}
