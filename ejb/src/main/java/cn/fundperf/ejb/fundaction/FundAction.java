package cn.fundperf.ejb.fundaction;

import cn.fundperf.ejb.business.IllegalTransitionException;
import cn.fundperf.ejb.monitoring.MonitoringTask;
import cn.fundperf.ejb.organization.PlacedByPaths;
import cn.fundperf.ejb.organization.ScopePaths;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A line of a project's money ledger: 暂缓拨付, 收回资金 or 恢复, with its reason and the decision
 * document. Finance records it decided; a RED report leaves it proposed for finance to decide or
 * dismiss. Decided lines never change.
 */
@Entity
@Table(name = "fund_action")
public class FundAction implements PlacedByPaths {

    @Id
    @SequenceGenerator(name = "fund_action_seq", sequenceName = "fund_action_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fund_action_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id", nullable = false, updatable = false)
    private TargetSheet sheet;

    /** The monitoring report whose warning led to it, if one did. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id", updatable = false)
    private MonitoringTask task;

    @Embedded
    private ScopePaths scope;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12, updatable = false)
    private FundActionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private FundActionStatus status;

    @Column(name = "amount", precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "decision_document", length = 120)
    private String decisionDocument;

    /** What the decider added: why a proposal was dismissed, or a remark with the decision. */
    @Column(name = "decision_note", length = 1000)
    private String decisionNote;

    @Column(name = "proposed_by", nullable = false, length = 80, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private LocalDateTime proposedAt;

    @Column(name = "decided_by", length = 80)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    protected FundAction() {
    }

    private FundAction(TargetSheet sheet, MonitoringTask task, FundActionKind kind, BigDecimal amount, String reason, String actor,
                       LocalDateTime now) {
        this.sheet = sheet;
        this.task = task;
        this.scope = ScopePaths.of(sheet);
        this.kind = kind;
        this.amount = amount;
        this.reason = reason;
        this.proposedBy = actor;
        this.proposedAt = now;
        this.status = FundActionStatus.PROPOSED;
    }

    /** A draft the warning of a RED report leaves for finance: never in effect until a person decides it. */
    public static FundAction proposed(TargetSheet sheet, MonitoringTask task, FundActionKind kind, String reason, String actor,
                                      LocalDateTime now) {
        return new FundAction(sheet, task, kind, null, reason, actor, now);
    }

    /** Finance's own decision, in effect at once. */
    public static FundAction decided(TargetSheet sheet, FundActionKind kind, BigDecimal amount, String reason, String document,
                                     String actor, LocalDateTime now) {
        FundAction action = new FundAction(sheet, null, kind, amount, reason, actor, now);
        action.decide(document, actor, now);
        return action;
    }

    /** Finance confirms a proposal with its decision document. */
    public void decide(String document, String actor, LocalDateTime now) {
        requireProposed();
        this.status = FundActionStatus.DECIDED;
        this.decisionDocument = document;
        this.decidedBy = actor;
        this.decidedAt = now;
    }

    /** Finance decides against a proposal, saying why. */
    public void dismiss(String why, String actor, LocalDateTime now) {
        requireProposed();
        this.status = FundActionStatus.DISMISSED;
        this.decisionNote = why;
        this.decidedBy = actor;
        this.decidedAt = now;
    }

    private void requireProposed() {
        if (status != FundActionStatus.PROPOSED) {
            throw new IllegalTransitionException("fund.notProposed");
        }
    }

    @Override
    public ScopePaths scopePaths() {
        return scope;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public TargetSheet getSheet() { return sheet; }
    public MonitoringTask getTask() { return task; }
    public FundActionKind getKind() { return kind; }
    public FundActionStatus getStatus() { return status; }
    public BigDecimal getAmount() { return amount; }
    public String getReason() { return reason; }
    public String getDecisionDocument() { return decisionDocument; }
    public String getDecisionNote() { return decisionNote; }
    public String getProposedBy() { return proposedBy; }
    public LocalDateTime getProposedAt() { return proposedAt; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
}
