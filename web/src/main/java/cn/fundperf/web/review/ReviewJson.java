package cn.fundperf.web.review;

import cn.fundperf.ejb.organization.OrganizationType;
import cn.fundperf.ejb.review.CriterionOpinion;
import cn.fundperf.ejb.review.LineComment;
import cn.fundperf.ejb.review.MinutesDraft;
import cn.fundperf.ejb.review.MinutesStatus;
import cn.fundperf.ejb.review.OpinionDraft;
import cn.fundperf.ejb.review.Rating;
import cn.fundperf.ejb.review.ReviewCriterion;
import cn.fundperf.ejb.review.ReviewItem;
import cn.fundperf.ejb.review.ReviewMember;
import cn.fundperf.ejb.review.ReviewMinutes;
import cn.fundperf.ejb.review.ReviewOpinion;
import cn.fundperf.ejb.review.ReviewRound;
import cn.fundperf.ejb.review.RoundSelection;
import cn.fundperf.ejb.review.RoundStatus;
import cn.fundperf.ejb.targetsheet.ReviewConclusion;
import cn.fundperf.ejb.validation.Count;
import cn.fundperf.ejb.validation.Limits;
import cn.fundperf.ejb.validation.MaxItems;
import cn.fundperf.ejb.validation.Text;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the review API: plain records, never the entities. */
public final class ReviewJson {

    private ReviewJson() {
    }

    public record MemberView(String username, String displayName, String organizationName, OrganizationType affiliation, boolean chair) {
        static MemberView of(ReviewMember m) {
            return new MemberView(m.getUsername(), m.getDisplayName(), m.getOrganizationName(), m.getAffiliation(), m.isChair());
        }
    }

    public record ItemView(long id, long version, long sheetId, String projectCode, String projectName, long signed, int members,
                    ReviewConclusion conclusion, String conclusionReason) {
        static ItemView of(ReviewItem i) {
            return new ItemView(i.getId(), i.getVersion(), i.getSheet().getId(), i.getSheet().getProject().getCode(),
                    i.getSheet().getProject().getName(), i.signedCount(), i.getOpinions().size(), i.getConclusion(), i.getConclusionReason());
        }
    }

    public record RoundView(long id, String title, int fiscalYear, RoundSelection selection, String selectionLabel, RoundStatus status,
                     LocalDateTime openedAt, List<MemberView> members, List<ItemView> items) {
        static RoundView of(ReviewRound r) {
            return new RoundView(r.getId(), r.getTitle(), r.getFiscalYear(), r.getSelection(), r.getSelectionLabel(), r.getStatus(),
                    r.getOpenedAt(), r.getMembers().stream().map(MemberView::of).toList(), r.getItems().stream().map(ItemView::of).toList());
        }

        static RoundView summary(ReviewRound r) {
            return new RoundView(r.getId(), r.getTitle(), r.getFiscalYear(), r.getSelection(), r.getSelectionLabel(), r.getStatus(),
                    r.getOpenedAt(), List.of(), List.of());
        }
    }

    public record CriterionView(ReviewCriterion criterion, Rating rating, @Text(max = 1000) String comment) {
    }

    public record LineView(@Count int position, @Text(max = 200) String indicatorName, @Text(max = 1000) String comment) {
    }

    public record OpinionView(long version, MemberView member, LocalDateTime signedAt, List<CriterionView> criteria, String overallComment,
                       List<LineView> lineComments) {
        static OpinionView of(ReviewOpinion o) {
            return new OpinionView(o.getVersion(), MemberView.of(o.getMember()), o.getSignedAt(),
                    o.getCriteria().entrySet().stream().map(e -> new CriterionView(e.getKey(), e.getValue().getRating(), e.getValue().getComment())).toList(),
                    o.getOverallComment(),
                    o.getLineComments().stream().map(c -> new LineView(c.getPosition(), c.getIndicatorName(), c.getComment())).toList());
        }
    }

    /** What a member sends: the ratings, remarks, and whether to sign now. */
    public record OpinionInput(long version, @MaxItems(Limits.INDICATORS) List<@NotNull @Valid CriterionView> criteria,
                               @Text(max = 2000) String overallComment,
                               @MaxItems(Limits.INDICATORS) List<@NotNull @Valid LineView> lineComments, boolean sign) {
        OpinionDraft draft() {
            Map<ReviewCriterion, CriterionOpinion> ratings = new EnumMap<>(ReviewCriterion.class);
            if (criteria != null) {
                criteria.stream().filter(c -> c.criterion() != null)
                        .forEach(c -> ratings.put(c.criterion(), new CriterionOpinion(c.rating(), c.comment())));
            }
            List<LineComment> remarks = lineComments == null ? List.of() : lineComments.stream()
                    .filter(l -> l.comment() != null && !l.comment().isBlank())
                    .map(l -> new LineComment(l.position(), l.indicatorName() == null ? "" : l.indicatorName(), l.comment())).toList();
            return new OpinionDraft(ratings, overallComment, remarks);
        }
    }

    public record ConclusionInput(long version, ReviewConclusion conclusion, @Text(max = 2000) String reason) {
    }

    /** A member's view of one sheet in a round: their own opinion and the others' they may see. */
    public record ItemPackageView(ItemView item, OpinionView own, List<OpinionView> others, boolean chair) {
    }

    /** 会议纪要 of a round; status null and version 0 while none are recorded (the form to start from). */
    @JsonbPropertyOrder({"version", "status", "meetingDate", "place", "chair", "recorder", "attendance", "otherAttendees", "decisions", "notes",
            "finalizedAt"})
    public record MinutesView(long version, MinutesStatus status, LocalDate meetingDate, String place, String chair, String recorder,
                              List<PresenceView> attendance, String otherAttendees, List<DecisionView> decisions, String notes,
                              LocalDateTime finalizedAt) {
        static MinutesView of(ReviewMinutes m) {
            return new MinutesView(m.getVersion(), m.isRecorded() ? m.getStatus() : null, m.getMeetingDate(), m.getPlace(), m.getChair(),
                    m.getRecorder(), m.getAttendance().stream().map(a -> new PresenceView(a.getUsername(), a.getDisplayName(), a.isPresent(),
                            a.getAbsenceReason())).toList(), m.getOtherAttendees(),
                    m.getDecisions().stream().map(d -> new DecisionView(d.getItemId(), d.getPosition(),
                            m.item(d).getSheet().getProject().getName(), m.item(d).getConclusion(), d.getText())).toList(),
                    m.getNotes(), m.getFinalizedAt());
        }
    }

    @JsonbPropertyOrder({"username", "displayName", "present", "absenceReason"})
    public record PresenceView(String username, String displayName, boolean present, String absenceReason) {
    }

    @JsonbPropertyOrder({"itemId", "position", "projectName", "conclusion", "text"})
    public record DecisionView(long itemId, int position, String projectName, ReviewConclusion conclusion, String text) {
    }

    /** What the recorder sends; {@code finalized} true makes the minutes final (定稿). Members not listed count as present. */
    public record MinutesInput(long version, LocalDate meetingDate, @Text(max = 200) String place, @Text(max = 80) String chair,
                               @Text(max = 80) String recorder, @MaxItems(Limits.MEMBERS) List<@NotNull @Valid PresenceInput> attendance,
                               @Text(max = 1000) String otherAttendees, @MaxItems(Limits.IDS) List<@NotNull @Valid DecisionInput> decisions,
                               @Text(max = 4000) String notes, boolean finalized) {
        MinutesDraft draft() {
            return new MinutesDraft(meetingDate, place, chair, recorder,
                    attendance == null ? List.of() : attendance.stream().map(a -> new MinutesDraft.Presence(a.username(), a.present(), a.absenceReason())).toList(),
                    otherAttendees,
                    decisions == null ? List.of() : decisions.stream().map(d -> new MinutesDraft.Decision(d.itemId(), d.text())).toList(),
                    notes);
        }
    }

    public record PresenceInput(@NotNull @Text(max = 80) String username, boolean present, @Text(max = 200) String absenceReason) {
    }

    public record DecisionInput(long itemId, @Text(max = 1000) String text) {
    }
}
