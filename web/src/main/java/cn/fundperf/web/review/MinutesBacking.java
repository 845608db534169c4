package cn.fundperf.web.review;

import static cn.fundperf.ejb.permission.Permission.REVIEW_MANAGE;

import cn.fundperf.ejb.review.MinutesAttendance;
import cn.fundperf.ejb.review.MinutesDecision;
import cn.fundperf.ejb.review.MinutesDraft;
import cn.fundperf.ejb.review.ReviewItem;
import cn.fundperf.ejb.review.ReviewMinutes;
import cn.fundperf.ejb.review.ReviewMinutesService;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.targetsheet.ReviewConclusion;
import cn.fundperf.web.faces.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 会议纪要 on the round page: finance of the jurisdiction writes and finalizes them, the others read them. */
@Named
@ViewScoped
public class MinutesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewMinutesService minutesService;

    @Inject
    CurrentActor currentActor;

    private Long roundId;
    private ReviewMinutes minutes;
    private boolean editable;
    private LocalDate meetingDate;
    private String place;
    private String chair;
    private String recorder;
    private String otherAttendees;
    private String notes;
    private List<Seat> seats = new ArrayList<>();
    private List<Decision> decisions = new ArrayList<>();

    /** A member's attendance as the form edits it. */
    public static class Seat implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String username;
        private final String name;
        private boolean present;
        private String absenceReason;

        Seat(MinutesAttendance a) {
            this.username = a.getUsername();
            this.name = a.getDisplayName();
            this.present = a.isPresent();
            this.absenceReason = a.getAbsenceReason();
        }

        public String getName() { return name; }
        public boolean isPresent() { return present; }
        public void setPresent(boolean present) { this.present = present; }
        public String getAbsenceReason() { return absenceReason; }
        public void setAbsenceReason(String absenceReason) { this.absenceReason = absenceReason; }
    }

    /** One reviewed sheet: its conclusion (the chair's) and the meeting's decision text. */
    public static class Decision implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long itemId;
        private final int position;
        private final String project;
        private final ReviewConclusion conclusion;
        private String text;

        Decision(MinutesDecision d, ReviewItem item) {
            this.itemId = d.getItemId();
            this.position = d.getPosition();
            this.project = item.getSheet().getProject().getName();
            this.conclusion = item.getConclusion();
            this.text = d.getText();
        }

        public int getPosition() { return position; }
        public String getProject() { return project; }
        public ReviewConclusion getConclusion() { return conclusion; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    /** Called by the round page after the round is loaded. */
    public void load(long id) {
        roundId = id;
        minutes = minutesService.minutes(id);
        Actor actor = currentActor.get();
        editable = minutes.isChangeable() && actor.may(REVIEW_MANAGE) && actor.scope().permits(minutes.getRound());
        meetingDate = minutes.getMeetingDate();
        place = minutes.getPlace();
        chair = minutes.getChair();
        recorder = minutes.getRecorder();
        otherAttendees = minutes.getOtherAttendees();
        notes = minutes.getNotes();
        seats = new ArrayList<>(minutes.getAttendance().stream().map(Seat::new).toList());
        decisions = new ArrayList<>(minutes.getDecisions().stream().map(d -> new Decision(d, minutes.item(d))).toList());
    }

    private MinutesDraft draft() {
        return new MinutesDraft(meetingDate, place, chair, recorder,
                seats.stream().map(s -> new MinutesDraft.Presence(s.username, s.present, s.absenceReason)).toList(),
                otherAttendees, decisions.stream().map(d -> new MinutesDraft.Decision(d.itemId, d.text)).toList(), notes);
    }

    public void save() {
        minutesService.saveMinutes(roundId, minutes.getVersion(), draft());
        Texts.info("review.minutes.saved");
        load(roundId);
    }

    public void finalizeMinutes() {
        minutesService.finalizeMinutes(roundId, minutes.getVersion(), draft());
        Texts.info("review.minutes.finalizedNow");
        load(roundId);
    }

    public ReviewMinutes getMinutes() { return minutes; }
    public boolean isEditable() { return editable; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public void setMeetingDate(LocalDate meetingDate) { this.meetingDate = meetingDate; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getChair() { return chair; }
    public void setChair(String chair) { this.chair = chair; }
    public String getRecorder() { return recorder; }
    public void setRecorder(String recorder) { this.recorder = recorder; }
    public String getOtherAttendees() { return otherAttendees; }
    public void setOtherAttendees(String otherAttendees) { this.otherAttendees = otherAttendees; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public List<Seat> getSeats() { return seats; }
    public List<Decision> getDecisions() { return decisions; }
}
