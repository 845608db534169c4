package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.project.TargetSheetStatus;
import cn.fundperf.ejb.validation.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A step in a sheet's history: who moved it from which state to which, when, and why. */
@Embeddable
public class TargetSheetEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor_username", nullable = false, length = 80)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private TargetSheetStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private TargetSheetStatus to;

    @Column(name = "comment_text", length = 2000)
    @Text(max = 2000)
    private String comment;

    protected TargetSheetEvent() {
    }

    TargetSheetEvent(LocalDateTime occurredAt, String actor, TargetSheetStatus from, TargetSheetStatus to, String comment) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.from = from;
        this.to = to;
        this.comment = comment;
    }

    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public TargetSheetStatus getFrom() { return from; }
    public TargetSheetStatus getTo() { return to; }
    public String getComment() { return comment; }
}
