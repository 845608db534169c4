package cn.fundperf.ejb.monitoring;

import cn.fundperf.ejb.business.IllegalTransitionException;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.organization.PlacedByPaths;
import cn.fundperf.ejb.organization.ScopePaths;
import cn.fundperf.ejb.project.Project;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.validation.CollectionValidation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A unit's monitoring of one released target in one period: its report (a line per indicator of
 * the version in force, the budget executed per fund source) and how the warning rules judged it.
 * Created by the period's opening, set-based, so ids come from the task sequence in SQL.
 */
@Entity
@EntityListeners(CollectionValidation.class)
@Table(name = "monitoring_task")
public class MonitoringTask implements PlacedByPaths {

    @Id
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false, updatable = false)
    private MonitoringPeriod period;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id", nullable = false, updatable = false)
    private TargetSheet sheet;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "using_unit_id", nullable = false, updatable = false)
    private Organization usingUnit;

    /** The number of the approved version the unit reports against. */
    @Column(name = "target_version", nullable = false, updatable = false)
    private int targetVersion;

    @Embedded
    private ScopePaths scope;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ReportStatus status;

    @Column(name = "released_budget", precision = 18, scale = 2)
    private BigDecimal releasedBudget;

    @Column(name = "executed_total", precision = 18, scale = 2)
    private BigDecimal executedTotal;

    @Enumerated(EnumType.STRING)
    @Column(name = "warning_level", length = 8)
    private WarningLevel level;

    @Column(name = "execution_rate", precision = 9, scale = 1)
    private BigDecimal executionRate;

    @Column(name = "time_progress", precision = 9, scale = 1)
    private BigDecimal timeProgress;

    @Column(name = "assessed_at")
    private LocalDateTime assessedAt;

    @Column(name = "saved_at")
    private LocalDateTime savedAt;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "submitted_by", length = 80)
    private String submittedBy;

    @Column(name = "returned_reason", length = 1000)
    private String returnedReason;

    /** The first day after the deadline without a submitted report; null while on time or once submitted. */
    @Column(name = "overdue_since")
    private LocalDate overdueSince;

    @ElementCollection
    @CollectionTable(name = "monitoring_line", joinColumns = @JoinColumn(name = "task_id"))
    @OrderBy("position")
    @Valid
    private List<ReportedIndicator> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "monitoring_funding", joinColumns = @JoinColumn(name = "task_id"))
    @Valid
    private List<ExecutedFunding> executed = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "monitoring_finding", joinColumns = @JoinColumn(name = "task_id"))
    @OrderBy("position")
    private List<RecordedFinding> findings = new ArrayList<>();

    protected MonitoringTask() {
    }

    /**
     * Saves what the unit wrote: lines by key (keys of the version in force only, in its order),
     * the executed amounts replacing the earlier ones when any are given.
     *
     * @param indicators the indicators of the version in force, in their order
     */
    public void save(ReportEntry entry, List<IndicatorLine> indicators, LocalDateTime now) {
        requireEditable();
        List<String> keys = indicators.stream().map(IndicatorLine::key).toList();
        Map<String, ReportedIndicator> byKey = lines.stream().collect(Collectors.toMap(ReportedIndicator::getKey, Function.identity()));
        for (LineEntry line : entry.lines()) {
            int position = keys.indexOf(line.key());
            if (position < 0) {
                throw new InvalidInputException("monitoring.unknownIndicator", line.key());
            }
            ReportedIndicator reported = byKey.computeIfAbsent(line.key(), key -> {
                ReportedIndicator added = new ReportedIndicator(key, position + 1);
                lines.add(added);
                return added;
            });
            reported.write(line);
            reported.describe(indicators.get(position).targetValue(), period.getFiscalYear());
        }
        if (!entry.executed().isEmpty()) {
            executed.clear();
            entry.executed().stream().collect(Collectors.toMap(ReportEntry.Executed::source, ReportEntry.Executed::amount, BigDecimal::add))
                    .forEach((source, amount) -> executed.add(new ExecutedFunding(source, amount)));
            executedTotal = executed.stream().map(ExecutedFunding::getExecuted).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        lines.sort((a, b) -> Integer.compare(a.getPosition(), b.getPosition()));
        if (status == ReportStatus.OPEN) {
            status = ReportStatus.DRAFT;
        }
        savedAt = now;
    }

    /** Final for the period, judged as it is handed in. */
    public void submit(WarningRules.Assessment assessment, String actor, LocalDateTime now) {
        requireEditable();
        status = ReportStatus.SUBMITTED;
        submittedAt = now;
        submittedBy = actor;
        overdueSince = null;
        returnedReason = null;
        judged(assessment, now);
    }

    /** The department sends a submitted report back, with its reason; the unit can edit and submit again. */
    public void returnToUnit(String reason) {
        if (status != ReportStatus.SUBMITTED) {
            throw new IllegalTransitionException("monitoring.notSubmitted");
        }
        status = ReportStatus.RETURNED;
        returnedReason = reason;
    }

    /** Keeps the level, the rates, the findings and each line's outcome of an assessment. */
    public void judged(WarningRules.Assessment assessment, LocalDateTime now) {
        level = assessment.level();
        executionRate = assessment.executionRate();
        timeProgress = assessment.timeProgress();
        assessedAt = now;
        findings.clear();
        for (Finding finding : assessment.findings()) {
            findings.add(new RecordedFinding(findings.size() + 1, finding));
        }
        for (IndicatorOutcome outcome : assessment.indicators()) {
            line(outcome.key()).ifPresent(line -> line.judged(outcome));
        }
    }

    /** Marks which lines have evidence files (the report's own files back none in particular). */
    public void evidenced(Collection<String> keysWithFiles) {
        Set<String> keys = Set.copyOf(keysWithFiles);
        lines.forEach(line -> line.evidenced(keys.contains(line.getKey())));
    }

    public Optional<ReportedIndicator> line(String key) {
        return lines.stream().filter(line -> line.getKey().equals(key)).findFirst();
    }

    public void requireEditable() {
        if (!status.isEditable()) {
            throw new IllegalTransitionException("monitoring.alreadySubmitted");
        }
    }

    public boolean isSubmitted() {
        return status == ReportStatus.SUBMITTED;
    }

    @Override
    public ScopePaths scopePaths() {
        return scope;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public MonitoringPeriod getPeriod() { return period; }
    public TargetSheet getSheet() { return sheet; }
    public Project getProject() { return project; }
    public Organization getUsingUnit() { return usingUnit; }
    public int getTargetVersion() { return targetVersion; }
    public ReportStatus getStatus() { return status; }
    public BigDecimal getReleasedBudget() { return releasedBudget; }
    public BigDecimal getExecutedTotal() { return executedTotal; }
    public WarningLevel getLevel() { return level; }
    public BigDecimal getExecutionRate() { return executionRate; }
    public BigDecimal getTimeProgress() { return timeProgress; }
    public LocalDateTime getAssessedAt() { return assessedAt; }
    public LocalDateTime getSavedAt() { return savedAt; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public String getReturnedReason() { return returnedReason; }
    public LocalDate getOverdueSince() { return overdueSince; }
    public List<ReportedIndicator> getLines() { return List.copyOf(lines); }
    public List<ExecutedFunding> getExecuted() { return List.copyOf(executed); }
    public List<RecordedFinding> getFindings() { return List.copyOf(findings); }
}
