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
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * 会议纪要 of a review round: when and where the committee met, who chaired and who recorded, which
 * appointed members were there (an absence needs a reason), others present, the decision on every
 * reviewed sheet, and free text. Finance keeps it as a draft and finalizes it, also after the round
 * closed (minutes are written up after the meeting that concludes it); final minutes never change.
 */
@Entity
@EntityListeners(CollectionValidation.class)
@Table(name = "review_minutes")
public class ReviewMinutes {

    @Id
    @SequenceGenerator(name = "review_minutes_seq", sequenceName = "review_minutes_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_minutes_seq")
    private Long id;

    @Version
    private long version;

    @BatchFetch(BatchFetchType.IN)
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, unique = true, updatable = false)
    private ReviewRound round;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private MinutesStatus status = MinutesStatus.DRAFT;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    @Column(name = "place", length = 200)
    @Text(max = 200)
    private String place;

    @Column(name = "chair_name", length = 80)
    @Text(max = 80)
    private String chair;

    @Column(name = "recorder_name", length = 80)
    @Text(max = 80)
    private String recorder;

    @Column(name = "other_attendees", length = 1000)
    @Text(max = 1000)
    private String otherAttendees;

    @Column(name = "notes", length = 4000)
    @Text(max = 4000)
    private String notes;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection
    @CollectionTable(name = "review_minutes_attendance", joinColumns = @JoinColumn(name = "minutes_id"))
    @OrderBy("position")
    @Valid
    @MaxItems(Limits.MEMBERS)
    private List<MinutesAttendance> attendance = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection
    @CollectionTable(name = "review_minutes_decision", joinColumns = @JoinColumn(name = "minutes_id"))
    @OrderBy("position")
    @Valid
    private List<MinutesDecision> decisions = new ArrayList<>();

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "finalized_by", length = 80)
    private String finalizedBy;

    @Column(name = "finalized_at")
    private LocalDateTime finalizedAt;

    protected ReviewMinutes() {
    }

    /** Blank minutes to start from: the round's chair in the chair, every member present, no decisions written. */
    public static ReviewMinutes blank(ReviewRound round, String recorderName) {
        ReviewMinutes minutes = new ReviewMinutes();
        minutes.round = round;
        minutes.chair = round.chair().getDisplayName();
        minutes.recorder = recorderName;
        minutes.fill(List.of(), List.of());
        return minutes;
    }

    /** The minutes recorded for a round, if any. */
    public static Optional<ReviewMinutes> ofRound(EntityManager em, ReviewRound round) {
        return em.createQuery("select m from ReviewMinutes m where m.round = :round", ReviewMinutes.class)
                .setParameter("round", round).getResultList().stream().findFirst();
    }

    /** The recorder writes (or rewrites) the draft. */
    public void record(MinutesDraft draft, String actor, LocalDateTime now) {
        requireChangeable();
        meetingDate = draft.meetingDate();
        place = trimmed(draft.place());
        chair = trimmed(draft.chair());
        recorder = trimmed(draft.recorder());
        otherAttendees = trimmed(draft.otherAttendees());
        notes = trimmed(draft.notes());
        fill(draft.attendance(), draft.decisions());
        recordedBy = actor;
        recordedAt = now;
    }

    /** 定稿: complete minutes become final and never change again. */
    public void finalizeMinutes(String actor, LocalDateTime now) {
        requireChangeable();
        if (meetingDate == null) {
            throw new InvalidInputException("review.minutes.dateRequired");
        }
        if (meetingDate.isAfter(now.toLocalDate())) {
            throw new InvalidInputException("review.minutes.dateInFuture");
        }
        if (place == null) {
            throw new InvalidInputException("review.minutes.placeRequired");
        }
        if (chair == null) {
            throw new InvalidInputException("review.minutes.chairRequired");
        }
        if (recorder == null) {
            throw new InvalidInputException("review.minutes.recorderRequired");
        }
        for (MinutesDecision decision : decisions) {
            if (decision.getText() == null) {
                throw new InvalidInputException("review.minutes.decisionRequired", item(decision).getSheet().getProject().getName());
            }
        }
        status = MinutesStatus.FINAL;
        finalizedBy = actor;
        finalizedAt = now;
    }

    private void requireChangeable() {
        if (status == MinutesStatus.FINAL) {
            throw new IllegalTransitionException("review.minutes.final");
        }
    }

    /** Every appointed member once, in committee order; every reviewed item once, in round order. */
    private void fill(List<MinutesDraft.Presence> presences, List<MinutesDraft.Decision> written) {
        Map<String, MinutesDraft.Presence> byUser = new HashMap<>();
        for (MinutesDraft.Presence presence : presences) {
            if (presence == null || !round.isMember(presence.username())) {
                throw new InvalidInputException("review.minutes.notAMember", presence == null ? "" : presence.username());
            }
            byUser.put(presence.username(), presence);
        }
        List<MinutesAttendance> members = new ArrayList<>();
        for (ReviewMember member : round.getMembers()) {
            MinutesDraft.Presence presence = byUser.get(member.getUsername());
            boolean present = presence == null || presence.present();
            String reason = presence == null ? null : trimmed(presence.absenceReason());
            if (!present && reason == null) {
                throw new InvalidInputException("review.minutes.absenceReasonRequired", member.getDisplayName());
            }
            members.add(new MinutesAttendance(members.size() + 1, member, present, reason));
        }
        Map<Long, String> byItem = new HashMap<>();
        for (MinutesDraft.Decision decision : written) {
            if (decision == null || round.getItems().stream().noneMatch(i -> i.getId() == decision.itemId())) {
                throw new InvalidInputException("review.minutes.notAnItem", decision == null ? "" : decision.itemId());
            }
            byItem.put(decision.itemId(), trimmed(decision.text()));
        }
        attendance.clear();
        attendance.addAll(members);
        decisions.clear();
        round.getItems().forEach(item -> decisions.add(new MinutesDecision(item, byItem.get(item.getId()))));
    }

    /** The reviewed item a decision is about. */
    public ReviewItem item(MinutesDecision decision) {
        return round.getItems().stream().filter(i -> i.getId() == decision.getItemId()).findFirst().orElseThrow();
    }

    public Optional<MinutesDecision> decisionOn(long itemId) {
        return decisions.stream().filter(d -> d.getItemId() == itemId).findFirst();
    }

    public boolean isRecorded() {
        return recordedAt != null;
    }

    public boolean isFinal() {
        return status == MinutesStatus.FINAL;
    }

    /** Whether the recorder may still change them (a draft, whether the round is open or closed). */
    public boolean isChangeable() {
        return status != MinutesStatus.FINAL;
    }

    public long absentCount() {
        return attendance.stream().filter(a -> !a.isPresent()).count();
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public ReviewRound getRound() { return round; }
    public MinutesStatus getStatus() { return status; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public String getPlace() { return place; }
    public String getChair() { return chair; }
    public String getRecorder() { return recorder; }
    public String getOtherAttendees() { return otherAttendees; }
    public String getNotes() { return notes; }
    public List<MinutesAttendance> getAttendance() { return List.copyOf(attendance); }
    public List<MinutesDecision> getDecisions() { return List.copyOf(decisions); }
    public String getRecordedBy() { return recordedBy; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public String getFinalizedBy() { return finalizedBy; }
    public LocalDateTime getFinalizedAt() { return finalizedAt; }
}
