package cn.fundperf.ejb.review;

import cn.fundperf.ejb.business.IllegalTransitionException;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.ReachableRecord;
import cn.fundperf.ejb.targetsheet.ReviewConclusion;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.validation.Text;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A sheet under review in a round: the members' opinions on it and the chair's conclusion. */
@Entity
@Table(name = "review_item")
public class ReviewItem implements ReachableRecord {

    @Id
    @SequenceGenerator(name = "review_item_seq", sequenceName = "review_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_item_seq")
    private Long id;

    @Version
    private long version;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false)
    private ReviewRound round;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id", nullable = false)
    private TargetSheet sheet;

    @Column(name = "position", nullable = false)
    private int position;

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL)
    private List<ReviewOpinion> opinions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "conclusion", length = 12)
    private ReviewConclusion conclusion;

    @Column(name = "conclusion_reason", length = 2000)
    @Text(max = 2000)
    private String conclusionReason;

    @Column(name = "concluded_by", length = 80)
    private String concludedBy;

    @Column(name = "concluded_at")
    private LocalDateTime concludedAt;

    protected ReviewItem() {
    }

    ReviewItem(ReviewRound round, TargetSheet sheet, int position, List<ReviewMember> members) {
        this.round = round;
        this.sheet = sheet;
        this.position = position;
        members.forEach(member -> opinions.add(new ReviewOpinion(this, member)));
    }

    /**
     * The chair's conclusion: only by the chair, only when every member has signed, only once.
     * The sheet follows in the same transaction (see ReviewService).
     */
    public void conclude(ReviewConclusion newConclusion, String reason, String chairUsername, LocalDateTime now) {
        if (!round.isChair(chairUsername)) {
            throw new IllegalTransitionException("review.conclusion.chairOnly");
        }
        if (conclusion != null) {
            throw new IllegalTransitionException("review.conclusion.done", conclusion);
        }
        long unsigned = opinions.stream().filter(o -> !o.isSigned()).count();
        if (unsigned > 0) {
            throw new IllegalTransitionException("review.conclusion.unsigned", unsigned);
        }
        conclusion = newConclusion;
        conclusionReason = reason == null || reason.isBlank() ? null : reason.strip();
        concludedBy = chairUsername;
        concludedAt = now;
        round.closeWhenDone(now);
    }

    public Optional<ReviewOpinion> opinionOf(String username) {
        return opinions.stream().filter(o -> o.getMember().getUsername().equals(username)).findFirst();
    }

    public long signedCount() {
        return opinions.stream().filter(ReviewOpinion::isSigned).count();
    }

    public boolean isConcluded() {
        return conclusion != null;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public ReviewRound getRound() { return round; }

    /** Whoever may reach the round. */
    @Override
    public boolean reachableBy(Actor actor) {
        return round.reachableBy(actor);
    }
    public TargetSheet getSheet() { return sheet; }
    public int getPosition() { return position; }
    public List<ReviewOpinion> getOpinions() { return List.copyOf(opinions); }
    public ReviewConclusion getConclusion() { return conclusion; }
    public String getConclusionReason() { return conclusionReason; }
    public String getConcludedBy() { return concludedBy; }
    public LocalDateTime getConcludedAt() { return concludedAt; }
    public long getSignedCount() { return signedCount(); }
}
