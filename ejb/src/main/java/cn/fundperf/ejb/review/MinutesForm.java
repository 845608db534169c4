package cn.fundperf.ejb.review;

import static cn.fundperf.ejb.review.ReviewOpinionForm.text;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The content of the 会议纪要 printed with the 审核意见表 (xlsx sheet, PDF pages), in Chinese: the meeting,
 * attendance, one decision row per reviewed sheet with the chair's conclusion, other matters.
 */
public record MinutesForm(boolean draft, String round, String date, String place, String chair, String recorder,
                          String present, String absent, String others, List<DecisionRow> decisions, String notes, String status) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** 序号 | 项目名称 | 审核结论 | 会议决定 */
    public record DecisionRow(String position, String project, String conclusion, String decision) {
    }

    /** The whole minutes, or (itemId given) only the decision on that sheet, for the form of one sheet. */
    public static MinutesForm of(ReviewMinutes minutes, Long itemId) {
        Map<String, ReviewMember> members = minutes.getRound().getMembers().stream()
                .collect(Collectors.toMap(ReviewMember::getUsername, Function.identity()));
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (MinutesAttendance seat : minutes.getAttendance()) {
            ReviewMember member = members.get(seat.getUsername());
            String who = member == null ? seat.getDisplayName() : ReviewOpinionForm.who(member);
            if (seat.isPresent()) {
                present.add(who);
            } else {
                absent.add(who + "：" + seat.getAbsenceReason());
            }
        }
        List<DecisionRow> rows = new ArrayList<>();
        for (MinutesDecision decision : minutes.getDecisions()) {
            if (itemId != null && decision.getItemId() != itemId) {
                continue;
            }
            ReviewItem item = minutes.item(decision);
            rows.add(new DecisionRow(String.valueOf(decision.getPosition()), item.getSheet().getProject().getName(),
                    item.getConclusion() == null ? text("minutes.notConcluded") : text("conclusion." + item.getConclusion()),
                    decision.getText() == null ? "" : decision.getText()));
        }
        String status = minutes.isFinal()
                ? MessageFormat.format(text("minutes.finalized"), TIME.format(minutes.getFinalizedAt()))
                : text("minutes.draftStatus");
        return new MinutesForm(!minutes.isFinal(), minutes.getRound().getTitle(),
                minutes.getMeetingDate() == null ? "" : DATE.format(minutes.getMeetingDate()), blank(minutes.getPlace()),
                blank(minutes.getChair()), blank(minutes.getRecorder()), String.join("、", present),
                absent.isEmpty() ? text("minutes.noneAbsent") : String.join("\n", absent), blank(minutes.getOtherAttendees()),
                rows, blank(minutes.getNotes()), status);
    }

    public String title() {
        return draft ? text("minutes.title") + text("minutes.draftMark") : text("minutes.title");
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}
