package cn.fundperf.ejb.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.business.IllegalTransitionException;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.organization.OrganizationType;
import cn.fundperf.ejb.project.ProjectBuilder;
import cn.fundperf.ejb.targetsheet.IndicatorLines;
import cn.fundperf.ejb.targetsheet.ReviewConclusion;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** 会议纪要: attendance with reasons, a decision per sheet, draft then final, fixed once final or once the round is closed. */
class ReviewMinutesTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 4, 2, 9, 30);
    private static final Appointment CHAIR = new Appointment("finance01", "陈静", "县财政局", "/1/", OrganizationType.FINANCE, true);
    private static final Appointment POVERTY = new Appointment("poverty01", "杨光明", "县乡村振兴局", "/2/", OrganizationType.POVERTY_OFFICE, false);
    private static final Appointment EXPERT = new Appointment("reviewer01", "赵立新", "县发展改革局", "/3/", OrganizationType.DEVELOPMENT_REFORM, false);

    private static TargetSheet aSubmittedSheet() {
        TargetSheet sheet = new TargetSheet(ProjectBuilder.aProject().build(), 2026, "unit01", T);
        sheet.revise(IndicatorLines.GOAL, BigDecimal.TEN, IndicatorLines.complete(), T);
        sheet.submitToDepartment("unit01", T);
        sheet.forwardToFinance("dept01", T);
        return sheet;
    }

    /** A round of two sheets whose items have ids, as they have once stored. */
    private static ReviewRound aRound() throws ReflectiveOperationException {
        ReviewRound round = new ReviewRound(2026, "2026年第一批绩效目标审核", RoundSelection.HAND_PICKED, null, List.of(CHAIR, POVERTY, EXPERT),
                List.of(aSubmittedSheet(), aSubmittedSheet()), "/1/", "/1/", "finance01", T);
        Field id = ReviewItem.class.getDeclaredField("id");
        id.setAccessible(true);
        long next = 1001;
        for (ReviewItem item : round.getItems()) {
            id.set(item, next++);
        }
        return round;
    }

    private static MinutesDraft complete(ReviewRound round) {
        return new MinutesDraft(LocalDate.of(2026, 4, 1), "县财政局三楼会议室", "陈静", "李文",
                List.of(new MinutesDraft.Presence("reviewer01", false, "出差")), "县农业农村局 王主任",
                round.getItems().stream().map(i -> new MinutesDraft.Decision(i.getId(), "同意，按意见完善满意度指标")).toList(), "下次会议另行通知");
    }

    private static void conclude(ReviewItem item) {
        item.getOpinions().forEach(opinion -> {
            Map<ReviewCriterion, CriterionOpinion> criteria = new EnumMap<>(ReviewCriterion.class);
            for (ReviewCriterion criterion : ReviewCriterion.values()) {
                criteria.put(criterion, new CriterionOpinion(Rating.CONFORMS, null));
            }
            opinion.record(new OpinionDraft(criteria, null, List.of()), T);
            opinion.sign(T);
        });
        item.conclude(ReviewConclusion.PASS, null, "finance01", T);
    }

    @Test
    void blank_minutes_have_the_chair_every_member_present_and_a_row_per_sheet() throws Exception {
        ReviewMinutes minutes = ReviewMinutes.blank(aRound(), "李文");

        assertEquals("陈静", minutes.getChair());
        assertEquals("李文", minutes.getRecorder());
        assertEquals(3, minutes.getAttendance().size());
        assertTrue(minutes.getAttendance().stream().allMatch(MinutesAttendance::isPresent));
        assertEquals(List.of(1, 2), minutes.getDecisions().stream().map(MinutesDecision::getPosition).toList());
        assertFalse(minutes.isRecorded());
        assertTrue(minutes.isChangeable());
    }

    @Test
    void an_absent_member_needs_a_reason_and_only_members_and_items_of_the_round_count() throws Exception {
        ReviewRound round = aRound();
        ReviewMinutes minutes = ReviewMinutes.blank(round, "李文");

        assertEquals("review.minutes.absenceReasonRequired", assertThrows(InvalidInputException.class, () -> minutes.record(
                new MinutesDraft(null, null, null, null, List.of(new MinutesDraft.Presence("poverty01", false, " ")), null, List.of(), null),
                "finance01", T)).getKey());
        assertEquals("review.minutes.notAMember", assertThrows(InvalidInputException.class, () -> minutes.record(
                new MinutesDraft(null, null, null, null, List.of(new MinutesDraft.Presence("unit01", true, null)), null, List.of(), null),
                "finance01", T)).getKey());
        assertEquals("review.minutes.notAnItem", assertThrows(InvalidInputException.class, () -> minutes.record(
                new MinutesDraft(null, null, null, null, List.of(), null, List.of(new MinutesDraft.Decision(42, "x")), null),
                "finance01", T)).getKey());

        minutes.record(complete(round), "finance01", T);
        assertEquals(1, minutes.absentCount());
        assertEquals("出差", minutes.getAttendance().stream().filter(a -> !a.isPresent()).findFirst().orElseThrow().getAbsenceReason());
        assertTrue(minutes.isRecorded());
    }

    @Test
    void finalizing_needs_date_place_chair_recorder_and_every_decision_then_nothing_changes() throws Exception {
        ReviewRound round = aRound();
        ReviewMinutes minutes = ReviewMinutes.blank(round, "李文");
        MinutesDraft full = complete(round);
        minutes.record(new MinutesDraft(null, full.place(), full.chair(), full.recorder(), full.attendance(), null, full.decisions(), null), "finance01", T);
        assertEquals("review.minutes.dateRequired", assertThrows(InvalidInputException.class, () -> minutes.finalizeMinutes("finance01", T)).getKey());
        minutes.record(new MinutesDraft(T.toLocalDate().plusDays(1), full.place(), full.chair(), full.recorder(), full.attendance(), null,
                full.decisions(), null), "finance01", T);
        assertEquals("review.minutes.dateInFuture", assertThrows(InvalidInputException.class, () -> minutes.finalizeMinutes("finance01", T)).getKey());
        minutes.record(new MinutesDraft(full.meetingDate(), full.place(), full.chair(), full.recorder(), full.attendance(), null,
                full.decisions().subList(0, 1), null), "finance01", T);
        InvalidInputException undecided = assertThrows(InvalidInputException.class, () -> minutes.finalizeMinutes("finance01", T));
        assertEquals("review.minutes.decisionRequired", undecided.getKey());

        minutes.record(full, "finance01", T);
        minutes.finalizeMinutes("finance01", T);

        assertEquals(MinutesStatus.FINAL, minutes.getStatus());
        assertFalse(minutes.isChangeable());
        assertEquals("review.minutes.final", assertThrows(IllegalTransitionException.class, () -> minutes.record(full, "finance01", T)).getKey());
        assertEquals("review.minutes.final", assertThrows(IllegalTransitionException.class, () -> minutes.finalizeMinutes("finance01", T)).getKey());
    }

    @Test
    void minutes_are_written_up_after_the_meeting_that_closes_the_round_and_fixed_once_final() throws Exception {
        ReviewRound round = aRound();
        ReviewMinutes minutes = ReviewMinutes.blank(round, "李文");
        round.getItems().forEach(ReviewMinutesTest::conclude);
        assertEquals(RoundStatus.CLOSED, round.getStatus());

        minutes.record(complete(round), "finance01", T);
        minutes.finalizeMinutes("finance01", T);

        assertTrue(minutes.isFinal());
        assertEquals("review.minutes.final", assertThrows(IllegalTransitionException.class,
                () -> minutes.record(complete(round), "finance01", T)).getKey());
    }

    @Test
    void the_opinion_workbook_carries_the_minutes_on_a_sheet_of_their_own() throws Exception {
        ReviewRound round = aRound();
        conclude(round.getItems().get(0));
        ReviewMinutes minutes = ReviewMinutes.blank(round, "李文");
        minutes.record(complete(round), "finance01", T);
        minutes.finalizeMinutes("finance01", T);

        MinutesForm form = MinutesForm.of(minutes, null);
        byte[] xlsx = ReviewOpinionWorkbook.write(round.getItems().stream().map(ReviewOpinionForm::of).toList(), form);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(3, workbook.getNumberOfSheets(), "two opinion forms and the minutes");
            Sheet sheet = workbook.getSheet("会议纪要");
            String text = text(sheet);
            assertTrue(text.contains("审核小组会议纪要"), text);
            assertTrue(text.contains("2026年4月1日") && text.contains("县财政局三楼会议室"), text);
            assertTrue(text.contains("赵立新（发展改革）：出差"), text);
            assertTrue(text.contains("陈静（财政，组长）、杨光明（扶贫办）"), text);
            assertTrue(text.contains("通过|同意，按意见完善满意度指标"), "the first sheet's conclusion beside the decision: " + text);
            assertTrue(text.contains("待组长确定|同意"), "the second is not concluded yet: " + text);
            assertTrue(text.contains("已定稿（2026-04-02 09:30）"), text);
        }
        assertEquals(1, MinutesForm.of(minutes, round.getItems().get(1).getId()).decisions().size(), "one sheet's form carries its own decision");
        assertTrue(ReviewOpinionPdf.write(List.of(), form).length > 0);
    }

    private static String text(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('|'));
            text.append('\n');
        }
        return text.toString();
    }
}
