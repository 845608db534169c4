package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.business.IllegalTransitionException;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.reference.FundCategory;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A department's proposal to add, change or retire a reference indicator. Finance approves
 * (and the library changes) or rejects it, with a comment; a decided proposal never changes.
 */
@Entity
@Table(name = "indicator_template_change")
public class TemplateChange {

    public enum Kind { ADD, MODIFY, RETIRE }

    public enum Status { PENDING, APPROVED, REJECTED }

    @Id
    @SequenceGenerator(name = "indicator_template_change_seq", sequenceName = "indicator_template_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_template_change_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private Kind kind;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private FundCategory category;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "template_id")
    private IndicatorTemplate template;

    @Embedded
    @Valid
    private TemplateDraft draft;

    @Column(name = "reason", nullable = false, length = 1000)
    @NotNull
    @Text(max = 1000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status = Status.PENDING;

    @Column(name = "proposed_by", nullable = false, length = 80)
    private String proposedBy;

    @Column(name = "proposed_org_id")
    private Long proposedOrganizationId;

    @Column(name = "proposed_at", nullable = false)
    private LocalDateTime proposedAt;

    @Column(name = "decided_by", length = 80)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decision_comment", length = 1000)
    @Text(max = 1000)
    private String decisionComment;

    protected TemplateChange() {
    }

    public TemplateChange(Kind kind, FundCategory category, IndicatorTemplate template, TemplateDraft draft, String reason,
                          String proposedBy, Long proposedOrganizationId, LocalDateTime now) {
        if ((kind == Kind.ADD) != (template == null) || (kind != Kind.RETIRE && draft == null)) {
            throw new InvalidInputException("library.change.inconsistent");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("library.change.reasonRequired");
        }
        this.kind = kind;
        this.category = Objects.requireNonNull(category);
        this.template = template;
        this.draft = draft;
        this.reason = reason.strip();
        this.proposedBy = proposedBy;
        this.proposedOrganizationId = proposedOrganizationId;
        this.proposedAt = now;
    }

    /** Finance agrees: returns the template to add (ADD) or applies the change to the existing one. */
    public IndicatorTemplate approve(String decider, String comment, LocalDateTime now) {
        decide(Status.APPROVED, decider, comment, now);
        return switch (kind) {
            case ADD -> new IndicatorTemplate(category, draft);
            case MODIFY -> {
                template.revise(draft);
                yield template;
            }
            case RETIRE -> {
                template.retire();
                yield template;
            }
        };
    }

    public void reject(String decider, String comment, LocalDateTime now) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("library.reject.commentRequired");
        }
        decide(Status.REJECTED, decider, comment, now);
    }

    private void decide(Status outcome, String decider, String comment, LocalDateTime now) {
        if (status != Status.PENDING) {
            throw new IllegalTransitionException("library.change.decided", status);
        }
        status = outcome;
        decidedBy = decider;
        decidedAt = now;
        decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Kind getKind() { return kind; }
    public FundCategory getCategory() { return category; }
    public IndicatorTemplate getTemplate() { return template; }
    public TemplateDraft getDraft() { return draft; }
    public String getReason() { return reason; }
    public Status getStatus() { return status; }
    public String getProposedBy() { return proposedBy; }
    public LocalDateTime getProposedAt() { return proposedAt; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public String getDecisionComment() { return decisionComment; }
}
