package cn.fundperf.ejb.target;

import cn.fundperf.ejb.business.IllegalTransitionException;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.organization.ScopedRecord;
import cn.fundperf.ejb.project.Project;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * 绩效目标表: a project's performance target for a year, with its indicators. Changes only
 * through its verbs, which check the state; a sheet that left the unit is read-only.
 */
@Entity
@Table(name = "target_sheet", uniqueConstraints = @UniqueConstraint(columnNames = {"project_id", "fiscal_year"}))
@NamedQuery(name = "TargetSheet.ofProject",
        query = "select s from TargetSheet s where s.project = :project and s.fiscalYear = :year")
public class TargetSheet implements ScopedRecord {

    public static final BigDecimal DEFAULT_BUDGET_EXECUTION_WEIGHT = new BigDecimal("10");

    @Id
    @SequenceGenerator(name = "target_sheet_seq", sequenceName = "target_sheet_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "target_sheet_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private TargetSheetStatus status = TargetSheetStatus.DRAFT;

    @Column(name = "overall_goal", length = 2000)
    private String overallGoal;

    @Column(name = "budget_execution_weight", nullable = false, precision = 7, scale = 2)
    private BigDecimal budgetExecutionWeight = DEFAULT_BUDGET_EXECUTION_WEIGHT;

    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Indicator> indicators = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "target_sheet_event", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderBy("occurredAt")
    private List<TargetSheetEvent> history = new ArrayList<>();

    @Column(name = "scope_org_path", nullable = false, length = 400)
    private String organizationPath;

    @Column(name = "scope_dept_path", nullable = false, length = 400)
    private String departmentPath;

    @Column(name = "scope_region_path", nullable = false, length = 400)
    private String regionPath;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected TargetSheet() {
    }

    public TargetSheet(Project project, int fiscalYear, String actor, LocalDateTime now) {
        this.project = Objects.requireNonNull(project);
        this.fiscalYear = fiscalYear;
        this.organizationPath = project.organizationPath();
        this.departmentPath = project.departmentPath();
        this.regionPath = project.regionPath();
        this.updatedAt = now;
        history.add(new TargetSheetEvent(now, actor, null, TargetSheetStatus.DRAFT, null));
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
        indicators.clear();
        for (int i = 0; i < lines.size(); i++) {
            indicators.add(new Indicator(this, i + 1, lines.get(i)));
        }
        updatedAt = now;
    }

    public List<IndicatorLine> lines() {
        return indicators.stream().map(Indicator::toLine).toList();
    }

    public List<Gap> gaps() {
        return TargetSheetCompleteness.check(overallGoal, budgetExecutionWeight, lines(), project.servesPeople());
    }

    /** The unit hands a complete sheet to its department. */
    public void submitToDepartment(String actor, LocalDateTime now) {
        requireStatus(TargetSheetStatus.DRAFT, TargetSheetStatus.RETURNED);
        requireComplete();
        move(TargetSheetStatus.DEPARTMENT_CHECK, actor, now, null);
        submittedAt = now;
    }

    /** The department has checked the sheet and forwards it to finance for review. */
    public void forwardToFinance(String actor, LocalDateTime now) {
        requireStatus(TargetSheetStatus.DEPARTMENT_CHECK);
        requireComplete();
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

    private void requireComplete() {
        List<Gap> gaps = gaps();
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
    public String organizationPath() {
        return organizationPath;
    }

    @Override
    public String departmentPath() {
        return departmentPath;
    }

    @Override
    public String regionPath() {
        return regionPath;
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
}
