package cn.fundperf.ejb.rectification;

import cn.fundperf.ejb.business.IllegalTransitionException;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.monitoring.MonitoringTask;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.organization.PlacedByPaths;
import cn.fundperf.ejb.organization.ScopePaths;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.validation.Text;
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
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 整改通知 to a unit: the problems, the corrective actions its department requires and the
 * deadline. The warning of a RED report drafts it (its findings, shown explained, are where the
 * department starts from); a person completes and issues it; once issued it stands as sent.
 */
@Entity
@Table(name = "rectification_notice")
public class RectificationNotice implements PlacedByPaths {

    @Id
    @SequenceGenerator(name = "rectification_notice_seq", sequenceName = "rectification_notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rectification_notice_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id", nullable = false, updatable = false)
    private TargetSheet sheet;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id", updatable = false)
    private MonitoringTask task;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "using_unit_id", nullable = false, updatable = false)
    private Organization usingUnit;

    @Embedded
    private ScopePaths scope;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private NoticeStatus status;

    @Column(name = "problems", length = 2000)
    @Text(max = 2000)
    private String problems;

    @Column(name = "required_actions", length = 2000)
    @Text(max = 2000)
    private String requiredActions;

    @Column(name = "deadline")
    private LocalDate deadline;

    @Column(name = "drafted_at", nullable = false, updatable = false)
    private LocalDateTime draftedAt;

    @Column(name = "issued_by", length = 80)
    private String issuedBy;

    @Column(name = "issued_at")
    private LocalDateTime issuedAt;

    protected RectificationNotice() {
    }

    /** The draft a RED report leaves with its department. */
    public static RectificationNotice draftAfter(MonitoringTask task, LocalDateTime now) {
        RectificationNotice notice = new RectificationNotice();
        notice.sheet = task.getSheet();
        notice.task = task;
        notice.usingUnit = task.getUsingUnit();
        notice.scope = ScopePaths.of(task);
        notice.status = NoticeStatus.DRAFT;
        notice.draftedAt = now;
        return notice;
    }

    /** The department completes the draft: what the unit must do and by when; then it goes to the unit. */
    public void issue(String problems, String requiredActions, LocalDate deadline, LocalDate today, String actor, LocalDateTime now) {
        if (status != NoticeStatus.DRAFT) {
            throw new IllegalTransitionException("rectification.notDraft");
        }
        if (requiredActions == null || requiredActions.isBlank() || problems == null || problems.isBlank()) {
            throw new InvalidInputException("rectification.actionsRequired");
        }
        if (deadline == null || !deadline.isAfter(today)) {
            throw new InvalidInputException("rectification.deadline");
        }
        this.problems = problems.strip();
        this.requiredActions = requiredActions.strip();
        this.deadline = deadline;
        this.status = NoticeStatus.ISSUED;
        this.issuedBy = actor;
        this.issuedAt = now;
    }

    /** A draft not worth sending (the report was returned and put right) is withdrawn, not deleted. */
    public void withdraw() {
        if (status != NoticeStatus.DRAFT) {
            throw new IllegalTransitionException("rectification.notDraft");
        }
        status = NoticeStatus.WITHDRAWN;
    }

    @Override
    public ScopePaths scopePaths() {
        return scope;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public TargetSheet getSheet() { return sheet; }
    public MonitoringTask getTask() { return task; }
    public Organization getUsingUnit() { return usingUnit; }
    public NoticeStatus getStatus() { return status; }
    public String getProblems() { return problems; }
    public String getRequiredActions() { return requiredActions; }
    public LocalDate getDeadline() { return deadline; }
    public LocalDateTime getDraftedAt() { return draftedAt; }
    public String getIssuedBy() { return issuedBy; }
    public LocalDateTime getIssuedAt() { return issuedAt; }
}
