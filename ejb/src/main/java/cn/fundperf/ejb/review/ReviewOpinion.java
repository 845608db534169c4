package cn.fundperf.ejb.review;

import cn.fundperf.ejb.business.IllegalTransitionException;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.validation.CollectionValidation;
import cn.fundperf.ejb.validation.Limits;
import cn.fundperf.ejb.validation.MaxItems;
import cn.fundperf.ejb.validation.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One member's opinion on one sheet of a round. Each member has their own row, so that two
 * members signing at the same moment do not touch each other; once signed it never changes.
 */
@Entity
@EntityListeners(CollectionValidation.class)
@Table(name = "review_opinion", uniqueConstraints = @UniqueConstraint(columnNames = {"item_id", "member_id"}))
public class ReviewOpinion {

    @Id
    @SequenceGenerator(name = "review_opinion_seq", sequenceName = "review_opinion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_opinion_seq")
    private Long id;

    @Version
    private long version;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private ReviewItem item;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private ReviewMember member;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection
    @CollectionTable(name = "review_opinion_criterion", joinColumns = @JoinColumn(name = "opinion_id"))
    @MapKeyColumn(name = "criterion", length = 32)
    @MapKeyEnumerated(EnumType.STRING)
    @Valid
    private Map<ReviewCriterion, CriterionOpinion> criteria = new HashMap<>();

    @Column(name = "overall_comment", length = 2000)
    @Text(max = 2000)
    private String overallComment;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection
    @CollectionTable(name = "review_opinion_line", joinColumns = @JoinColumn(name = "opinion_id"))
    @OrderBy("position")
    @Valid
    @MaxItems(Limits.INDICATORS)
    private List<LineComment> lineComments = new ArrayList<>();

    @Column(name = "saved_at")
    private LocalDateTime savedAt;

    @Column(name = "signed_at")
    private LocalDateTime signedAt;

    protected ReviewOpinion() {
    }

    ReviewOpinion(ReviewItem item, ReviewMember member) {
        this.item = item;
        this.member = member;
    }

    /** The member writes (or rewrites) the opinion; refused once it is signed. */
    public void record(OpinionDraft draft, LocalDateTime now) {
        requireUnsigned();
        criteria.clear();
        draft.criteria().forEach((criterion, opinion) -> {
            if (opinion.getRating() != null || opinion.getComment() != null) {
                criteria.put(criterion, opinion);
            }
        });
        overallComment = draft.overallComment() == null || draft.overallComment().isBlank() ? null : draft.overallComment().strip();
        lineComments.clear();
        draft.lineComments().stream().filter(c -> c.getComment() != null && !c.getComment().isBlank()).forEach(lineComments::add);
        savedAt = now;
    }

    /** Signing: every criterion rated, every 不符合 explained; afterwards nothing changes. */
    public void sign(LocalDateTime now) {
        requireUnsigned();
        for (ReviewCriterion criterion : ReviewCriterion.values()) {
            CriterionOpinion opinion = criteria.get(criterion);
            if (opinion == null || opinion.getRating() == null) {
                throw new InvalidInputException("review.opinion.criterionMissing", criterion);
            }
            if (opinion.getRating() == Rating.DOES_NOT_CONFORM && opinion.getComment() == null) {
                throw new InvalidInputException("review.opinion.commentRequired", criterion);
            }
        }
        signedAt = now;
    }

    private void requireUnsigned() {
        if (isSigned()) {
            throw new IllegalTransitionException("review.opinion.signed");
        }
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    /** The ratings in the order of the plan, for forms and screens. */
    public Map<ReviewCriterion, CriterionOpinion> getCriteria() {
        Map<ReviewCriterion, CriterionOpinion> ordered = new EnumMap<>(ReviewCriterion.class);
        ordered.putAll(criteria);
        return ordered;
    }

    public Rating ratingOf(ReviewCriterion criterion) {
        CriterionOpinion opinion = criteria.get(criterion);
        return opinion == null ? null : opinion.getRating();
    }

    public String commentOn(ReviewCriterion criterion) {
        CriterionOpinion opinion = criteria.get(criterion);
        return opinion == null ? null : opinion.getComment();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public ReviewItem getItem() { return item; }
    public ReviewMember getMember() { return member; }
    public String getOverallComment() { return overallComment; }
    public List<LineComment> getLineComments() { return List.copyOf(lineComments); }
    public LocalDateTime getSavedAt() { return savedAt; }
    public LocalDateTime getSignedAt() { return signedAt; }
}
