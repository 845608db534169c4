package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.business.IllegalTransitionException;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.organization.PlacedByPaths;
import cn.fundperf.ejb.organization.ScopePaths;
import cn.fundperf.ejb.project.Project;
import cn.fundperf.ejb.project.TargetNotPassedException;
import cn.fundperf.ejb.project.TargetSheetStatus;
import cn.fundperf.ejb.validation.CollectionValidation;
import cn.fundperf.ejb.validation.Limits;
import cn.fundperf.ejb.validation.MaxItems;
import cn.fundperf.ejb.validation.Score;
import cn.fundperf.ejb.validation.Text;
import cn.fundperf.ejb.validation.Year;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * 绩效目标表: a project's performance target for a year, with its indicators. Changes only
 * through its verbs, which check the state; a sheet that left the unit is read-only.
 */
@Entity
@EntityListeners(CollectionValidation.class)
@Table(name = "target_sheet", uniqueConstraints = @UniqueConstraint(columnNames = {"project_id", "fiscal_year"}))
@NamedQuery(name = "TargetSheet.ofProject",
        query = "select s from TargetSheet s where s.project = :project and s.fiscalYear = :year")
public class TargetSheet implements PlacedByPaths {

    public static final BigDecimal DEFAULT_BUDGET_EXECUTION_WEIGHT = new BigDecimal("10");

    @Id
    @SequenceGenerator(name = "target_sheet_seq", sequenceName = "target_sheet_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "target_sheet_seq")
    private Long id;

    @Version
    private long version;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "fiscal_year", nullable = false)
    @Year
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private TargetSheetStatus status = TargetSheetStatus.DRAFT;

    @Column(name = "overall_goal", length = 2000)
    @Text(max = 2000)
    private String overallGoal;

    @Column(name = "budget_execution_weight", nullable = false, precision = 7, scale = 2)
    @Score
    private BigDecimal budgetExecutionWeight = DEFAULT_BUDGET_EXECUTION_WEIGHT;

    // no orphan removal: replaced lines are deleted in one statement (SupersededIndicators)
    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL)
    @OrderBy("position")
    @Valid
    @MaxItems(Limits.INDICATORS)
    private List<Indicator> indicators = new ArrayList<>();

    @Transient
    private final List<Indicator> superseded = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection
    @CollectionTable(name = "target_sheet_event", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderBy("occurredAt")
    @Valid
    private List<TargetSheetEvent> history = new ArrayList<>();

    @Embedded
    private ScopePaths scope;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "filing_number", length = 60)
    private String filingNumber;

    @Column(name = "filed_at")
    private LocalDateTime filedAt;

    /** The number of the version in force (0 before the first approval). */
    @Column(name = "released_version", nullable = false)
    private int releasedVersion;

    /** The open adjustment, while there is one. */
    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "adjustment_id")
    private TargetAdjustment adjustment;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected TargetSheet() {
    }

    public TargetSheet(Project project, int fiscalYear, String actor, LocalDateTime now) {
        this.project = Objects.requireNonNull(project);
        this.fiscalYear = fiscalYear;
        this.scope = ScopePaths.of(project);
        this.updatedAt = now;
        history.add(new TargetSheetEvent(now, actor, null, TargetSheetStatus.DRAFT, null));
        project.noteTargetStatus(status);
    }

    /** The unit edits its draft: goal, budget-execution weight and the whole list of indicators. */
    public void revise(String newOverallGoal, BigDecimal newBudgetExecutionWeight, List<IndicatorLine> lines, LocalDateTime now) {
        if (!status.isEditable()) {
            throw new IllegalTransitionException("target.readOnly", status);
        }
        if (newBudgetExecutionWeight != null && (newBudgetExecutionWeight.signum() < 0
                || newBudgetExecutionWeight.compareTo(new BigDecimal("100")) > 0)) {
            throw new InvalidInputException("target.budgetWeight.range");
        }
        overallGoal = newOverallGoal == null ? null : newOverallGoal.strip();
        budgetExecutionWeight = newBudgetExecutionWeight == null ? DEFAULT_BUDGET_EXECUTION_WEIGHT : newBudgetExecutionWeight;
        replaceIndicators(lines);
        updatedAt = now;
    }

    /**
     * The lines are replaced as a whole. The old indicators wait in {@link #superseded} until the
     * service deletes them in one statement ({@link SupersededIndicators}); a flush before that
     * fails ({@link #requireSupersededPurged}), so that no old line can come back.
     */
    private void replaceIndicators(List<IndicatorLine> lines) {
        superseded.addAll(indicators);
        indicators.clear();
        List<IndicatorLine> keyed = IndicatorKeys.assign(lines);
        for (int i = 0; i < keyed.size(); i++) {
            indicators.add(new Indicator(this, i + 1, keyed.get(i)));
        }
    }

    @PreUpdate
    void requireSupersededPurged() {
        if (!superseded.isEmpty()) {
            throw new IllegalStateException("Sheet " + id + ": replaced indicators were not purged (SupersededIndicators.purge)");
        }
    }

    /** The indicators replaced since the last call, for {@link SupersededIndicators#purge}. */
    List<Indicator> takeSuperseded() {
        List<Indicator> taken = List.copyOf(superseded);
        superseded.clear();
        return taken;
    }

    public List<IndicatorLine> lines() {
        return indicators.stream().map(Indicator::toLine).toList();
    }

    /** What is missing under the default rules of domain.md §3. */
    public List<Gap> gaps() {
        return gaps(SheetRules.defaults());
    }

    public List<Gap> gaps(SheetRules rules) {
        return TargetSheetCompleteness.check(overallGoal, budgetExecutionWeight, lines(), rules);
    }

    /** Submits under the default rules of domain.md §3. */
    public void submitToDepartment(String actor, LocalDateTime now) {
        submitToDepartment(SheetRules.defaults(), actor, now);
    }

    /** The unit hands a sheet complete under the province's rules (or its adjustment proposal) to its department. */
    public void submitToDepartment(SheetRules rules, String actor, LocalDateTime now) {
        requireStatus(TargetSheetStatus.DRAFT, TargetSheetStatus.RETURNED, TargetSheetStatus.ADJUSTING);
        requireComplete(rules);
        move(TargetSheetStatus.DEPARTMENT_CHECK, actor, now, null);
        submittedAt = now;
    }

    /** Forwards under the default rules of domain.md §3. */
    public void forwardToFinance(String actor, LocalDateTime now) {
        forwardToFinance(SheetRules.defaults(), actor, now);
    }

    /** The department has checked the sheet and forwards it to finance for review. */
    public void forwardToFinance(SheetRules rules, String actor, LocalDateTime now) {
        requireStatus(TargetSheetStatus.DEPARTMENT_CHECK);
        requireComplete(rules);
        move(TargetSheetStatus.SUBMITTED, actor, now, null);
    }

    /** The department sends the sheet back to the unit, saying why. */
    public void returnToUnit(String reason, String actor, LocalDateTime now) {
        requireStatus(TargetSheetStatus.DEPARTMENT_CHECK);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("target.return.reasonRequired");
        }
        move(TargetSheetStatus.RETURNED, actor, now, reason.strip());
    }

    /** Finance puts the sheet into a review round. */
    public void enterReview(String actor, LocalDateTime now) {
        requireStatus(TargetSheetStatus.SUBMITTED);
        move(TargetSheetStatus.IN_REVIEW, actor, now, null);
    }

    /**
     * The chair's conclusion (plan §五). 修改后再审 sends the sheet back to the unit (an adjustment
     * stays open); 不通过 rejects a new target, or refuses an adjustment, and then the version in
     * force comes back unchanged.
     */
    public void conclude(ReviewConclusion conclusion, String reason, TargetVersion inForce, String actor, LocalDateTime now) {
        requireStatus(TargetSheetStatus.IN_REVIEW);
        if (conclusion == null) {
            throw new InvalidInputException("review.conclusion.required");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (conclusion.needsReason() && why == null) {
            throw new InvalidInputException("review.conclusion.reasonRequired");
        }
        switch (conclusion) {
            case PASS -> move(TargetSheetStatus.PASSED, actor, now, why);
            case REVISE -> move(TargetSheetStatus.RETURNED, actor, now, why);
            case FAIL -> {
                if (adjustment == null) {
                    move(TargetSheetStatus.REJECTED, actor, now, why);
                } else {
                    closeAdjustment(AdjustmentStatus.REFUSED, inForce, now);
                    move(TargetSheetStatus.RELEASED, actor, now, why);
                }
            }
        }
    }

    /** 备案: a passed sheet with its budget is filed to the leading group under a number. */
    public void file(String number, BigDecimal budgetAmount, String actor, LocalDateTime now) {
        requireStatus(TargetSheetStatus.PASSED);
        if (budgetAmount == null) {
            throw new InvalidInputException("filing.noBudget", project.getName());
        }
        filingNumber = number;
        filedAt = now;
        move(TargetSheetStatus.FILED, actor, now, number);
    }

    /** 批复: finance approves the filed target with the department budget; the result is a frozen version. */
    public TargetVersion release(String document, LocalDate approvedOn, BigDecimal budgetAmount, String actor, LocalDateTime now) {
        requireStatus(TargetSheetStatus.FILED);
        if (document == null || document.isBlank()) {
            throw new InvalidInputException("approval.documentRequired");
        }
        if (approvedOn == null) {
            throw new InvalidInputException("approval.dateRequired");
        }
        releasedVersion++;
        TargetVersion version = new TargetVersion(this, releasedVersion, budgetAmount, document.strip(), approvedOn, actor, now, adjustment);
        if (adjustment != null) {
            adjustment.approve(releasedVersion, now);
            adjustment = null;
        }
        move(TargetSheetStatus.RELEASED, actor, now, document.strip());
        return version;
    }

    /** 调整: the released target becomes a proposal again, editable by the unit, until it is approved anew. */
    public TargetAdjustment startAdjustment(AdjustmentType type, String reason, BigDecimal proposedBudget, String actor, LocalDateTime now) {
        requireStatus(TargetSheetStatus.RELEASED);
        adjustment = new TargetAdjustment(this, type, reason, proposedBudget, actor, now);
        move(TargetSheetStatus.ADJUSTING, actor, now, adjustment.getReason());
        return adjustment;
    }

    /** The unit gives up its adjustment before it leaves the unit: the version in force comes back. */
    public void withdrawAdjustment(TargetVersion inForce, String actor, LocalDateTime now) {
        requireStatus(TargetSheetStatus.ADJUSTING, TargetSheetStatus.RETURNED);
        if (adjustment == null) {
            throw new IllegalTransitionException("target.transition.refused", status);
        }
        closeAdjustment(AdjustmentStatus.WITHDRAWN, inForce, now);
        move(TargetSheetStatus.RELEASED, actor, now, null);
    }

    private void closeAdjustment(AdjustmentStatus outcome, TargetVersion inForce, LocalDateTime now) {
        if (inForce == null || inForce.getNumber() != releasedVersion) {
            throw new IllegalStateException("the version in force is needed to restore the sheet");
        }
        adjustment.close(outcome, now);
        adjustment = null;
        overallGoal = inForce.getOverallGoal();
        budgetExecutionWeight = inForce.getBudgetExecutionWeight();
        filingNumber = inForce.getFilingNumber();
        filedAt = inForce.getFiledAt();
        replaceIndicators(inForce.lines());
    }

    /**
     * 安排预算 for this sheet once it passed review: the project's budget, or, while an adjustment
     * is open, the adjustment's new budget (the approved budget itself changes only at 批复).
     */
    public void arrangeBudget(BigDecimal amount) {
        if (adjustment == null) {
            project.arrangeBudget(amount, status);
            return;
        }
        if (status != TargetSheetStatus.PASSED) {
            throw new TargetNotPassedException();
        }
        adjustment.proposeBudget(amount);
    }

    /** The budget that goes with this sheet: an open adjustment's new budget, else the project's. */
    public BigDecimal getBudgetInPlay() {
        return adjustment != null && adjustment.changesBudget() ? adjustment.getProposedBudget() : project.getBudgetAmount();
    }

    public boolean isAdjusting() {
        return adjustment != null;
    }

    private void requireComplete(SheetRules rules) {
        List<Gap> gaps = gaps(rules);
        if (!gaps.isEmpty()) {
            throw new IncompleteTargetSheetException(gaps);
        }
    }

    private void requireStatus(TargetSheetStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw new IllegalTransitionException("target.transition.refused", status);
        }
    }

    private void move(TargetSheetStatus to, String actor, LocalDateTime now, String comment) {
        history.add(new TargetSheetEvent(now, actor, status, to, comment));
        status = to;
        updatedAt = now;
        project.noteTargetStatus(to);   // the project list shows and filters by its target's state
        followProject();                // a sheet returned to the unit goes to the project's unit of today
    }

    /**
     * Who sees the sheet: while it is with the unit (a draft, or returned), the project's unit,
     * department and region of today, so a project moved to another unit takes its draft along;
     * once it has left the unit it stays with those it was sent to.
     */
    public void followProject() {
        if (status == TargetSheetStatus.DRAFT || status == TargetSheetStatus.RETURNED) {
            scope = ScopePaths.of(project);
        }
    }

    /** The last reason the department gave when it returned the sheet. */
    public String lastReturnReason() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).getTo() == TargetSheetStatus.RETURNED) {
                return history.get(i).getComment();
            }
        }
        return null;
    }

    @Override
    public ScopePaths scopePaths() {
        return scope;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Project getProject() { return project; }
    public int getFiscalYear() { return fiscalYear; }
    public TargetSheetStatus getStatus() { return status; }
    public String getOverallGoal() { return overallGoal; }
    public BigDecimal getBudgetExecutionWeight() { return budgetExecutionWeight; }
    public List<Indicator> getIndicators() { return List.copyOf(indicators); }
    public List<TargetSheetEvent> getHistory() { return List.copyOf(history); }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public String getFilingNumber() { return filingNumber; }
    public LocalDateTime getFiledAt() { return filedAt; }
    public int getReleasedVersion() { return releasedVersion; }
    public TargetAdjustment getAdjustment() { return adjustment; }
}
