package cn.fundperf.ejb.review;

import java.time.LocalDate;
import java.util.List;

/** What the recorder writes into the minutes; members not named count as present, items not named get no decision text. */
public record MinutesDraft(LocalDate meetingDate, String place, String chair, String recorder, List<Presence> attendance,
                           String otherAttendees, List<Decision> decisions, String notes) {

    /** An appointed member at the meeting, or absent with a reason. */
    public record Presence(String username, boolean present, String absenceReason) {
    }

    /** The meeting's decision on one reviewed sheet (the conclusion is the chair's, on the item). */
    public record Decision(long itemId, String text) {
    }

    public MinutesDraft {
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }
}
