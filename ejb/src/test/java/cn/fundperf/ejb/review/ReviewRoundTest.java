package cn.fundperf.ejb.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.business.BusinessException;
import cn.fundperf.ejb.business.IllegalTransitionException;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.organization.OrganizationType;
import cn.fundperf.ejb.project.ProjectBuilder;
import cn.fundperf.ejb.project.TargetSheetStatus;
import cn.fundperf.ejb.targetsheet.IndicatorLines;
import cn.fundperf.ejb.targetsheet.ReviewConclusion;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committee's rules: who sits, who signs, what a signature fixes, and when the chair may conclude. */
class ReviewRoundTest {

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

    private static ReviewRound aRound(TargetSheet... sheets) {
        return new ReviewRound(2026, "2026年第一批绩效目标审核", RoundSelection.HAND_PICKED, null, List.of(CHAIR, POVERTY, EXPERT),
                List.of(sheets), "/1/", "/1/", "finance01", T);
    }

    private static OpinionDraft allConform() {
        Map<ReviewCriterion, CriterionOpinion> criteria = new EnumMap<>(ReviewCriterion.class);
        for (ReviewCriterion criterion : ReviewCriterion.values()) {
            criteria.put(criterion, new CriterionOpinion(Rating.CONFORMS, null));
        }
        return new OpinionDraft(criteria, "同意", List.of(new LineComment(1, "新建产业路", "建议注明路面宽度")));
    }

    private static void everyoneSigns(ReviewItem item) {
        item.getOpinions().forEach(opinion -> {
            opinion.record(allConform(), T);
            opinion.sign(T);
        });
    }

    @Test
    void opening_a_round_puts_each_sheet_into_review_with_an_empty_opinion_per_member() {
        TargetSheet sheet = aSubmittedSheet();

        ReviewRound round = aRound(sheet);

        assertEquals(TargetSheetStatus.IN_REVIEW, sheet.getStatus());
        assertEquals(1, round.getItems().size());
        assertEquals(3, round.getItems().get(0).getOpinions().size());
        assertTrue(round.isChair("finance01"));
        assertFalse(round.isChair("poverty01"));
    }

    @Test
    void a_committee_needs_three_members_one_chair_and_nobody_twice() {
        TargetSheet sheet = aSubmittedSheet();

        assertEquals("review.round.tooFewMembers", assertThrows(InvalidInputException.class, () -> new ReviewRound(2026, "轮次",
                RoundSelection.HAND_PICKED, null, List.of(CHAIR, POVERTY), List.of(sheet), "/1/", "/1/", "finance01", T)).getKey());
        Appointment secondChair = new Appointment("poverty01", "杨光明", "县乡村振兴局", "/2/", OrganizationType.POVERTY_OFFICE, true);
        assertEquals("review.round.oneChair", assertThrows(InvalidInputException.class, () -> new ReviewRound(2026, "轮次",
                RoundSelection.HAND_PICKED, null, List.of(CHAIR, secondChair, EXPERT), List.of(sheet), "/1/", "/1/", "finance01", T)).getKey());
        assertEquals("review.round.duplicateMember", assertThrows(InvalidInputException.class, () -> new ReviewRound(2026, "轮次",
                RoundSelection.HAND_PICKED, null, List.of(CHAIR, POVERTY, POVERTY), List.of(sheet), "/1/", "/1/", "finance01", T)).getKey());
        assertEquals(TargetSheetStatus.SUBMITTED, sheet.getStatus(), "a refused round leaves the sheet waiting");
    }

    @Test
    void the_sheets_own_department_or_unit_must_stand_aside_from_the_committee() {
        TargetSheet sheet = aSubmittedSheet();
        Appointment ownDepartment = new Appointment("dept01", "王志强", "县农业农村局", sheet.departmentPath(), OrganizationType.SECTOR_DEPARTMENT, false);

        BusinessException e = assertThrows(InvalidInputException.class, () -> new ReviewRound(2026, "轮次", RoundSelection.HAND_PICKED, null,
                List.of(CHAIR, POVERTY, EXPERT, ownDepartment), List.of(sheet), "/1/", "/1/", "finance01", T));

        assertEquals("review.round.conflictOfInterest", e.getKey());
        assertEquals(List.of("王志强", sheet.getProject().getName()), e.getArguments());
        assertEquals(TargetSheetStatus.SUBMITTED, sheet.getStatus());
    }

    @Test
    void only_submitted_sheets_can_enter_a_round() {
        TargetSheet draft = new TargetSheet(ProjectBuilder.aProject().build(), 2026, "unit01", T);

        assertThrows(IllegalTransitionException.class, () -> aRound(draft));
    }

    @Test
    void signing_needs_every_criterion_and_a_comment_on_each_non_conformity() {
        ReviewOpinion opinion = aRound(aSubmittedSheet()).getItems().get(0).getOpinions().get(1);
        Map<ReviewCriterion, CriterionOpinion> three = new EnumMap<>(allConform().criteria());
        three.remove(ReviewCriterion.FUNDING_MATCH);
        opinion.record(new OpinionDraft(three, null, null), T);

        BusinessException missing = assertThrows(InvalidInputException.class, () -> opinion.sign(T));
        assertEquals("review.opinion.criterionMissing", missing.getKey());
        assertEquals(List.of(ReviewCriterion.FUNDING_MATCH), missing.getArguments());

        three.put(ReviewCriterion.FUNDING_MATCH, new CriterionOpinion(Rating.DOES_NOT_CONFORM, " "));
        opinion.record(new OpinionDraft(three, null, null), T);
        assertEquals("review.opinion.commentRequired", assertThrows(InvalidInputException.class, () -> opinion.sign(T)).getKey());
        assertFalse(opinion.isSigned());
    }

    @Test
    void a_signed_opinion_cannot_change_nor_be_signed_again() {
        ReviewOpinion opinion = aRound(aSubmittedSheet()).getItems().get(0).getOpinions().get(1);
        opinion.record(allConform(), T);
        opinion.sign(T);

        assertEquals("review.opinion.signed", assertThrows(IllegalTransitionException.class, () -> opinion.record(allConform(), T)).getKey());
        assertThrows(IllegalTransitionException.class, () -> opinion.sign(T.plusMinutes(1)));
        assertEquals(T, opinion.getSignedAt());
        assertEquals(Rating.CONFORMS, opinion.ratingOf(ReviewCriterion.RELEVANCE));
        assertEquals("建议注明路面宽度", opinion.getLineComments().get(0).getComment());
    }

    @Test
    void the_chair_concludes_only_after_every_member_signed() {
        ReviewRound round = aRound(aSubmittedSheet());
        ReviewItem item = round.getItems().get(0);
        ReviewOpinion first = item.getOpinions().get(0);
        first.record(allConform(), T);
        first.sign(T);

        BusinessException early = assertThrows(IllegalTransitionException.class, () -> item.conclude(ReviewConclusion.PASS, null, "finance01", T));
        assertEquals("review.conclusion.unsigned", early.getKey());
        assertEquals(List.of(2L), early.getArguments());
        assertFalse(item.isConcluded());
    }

    @Test
    void only_the_chair_concludes_and_only_once_and_the_round_closes_with_its_last_sheet() {
        ReviewRound round = aRound(aSubmittedSheet(), aSubmittedSheet());
        ReviewItem first = round.getItems().get(0);
        ReviewItem second = round.getItems().get(1);
        everyoneSigns(first);
        everyoneSigns(second);

        assertEquals("review.conclusion.chairOnly", assertThrows(IllegalTransitionException.class,
                () -> first.conclude(ReviewConclusion.PASS, null, "poverty01", T)).getKey());
        first.conclude(ReviewConclusion.PASS, null, "finance01", T);
        assertEquals(RoundStatus.OPEN, round.getStatus());
        assertEquals("review.conclusion.done", assertThrows(IllegalTransitionException.class,
                () -> first.conclude(ReviewConclusion.FAIL, "改主意", "finance01", T)).getKey());

        second.conclude(ReviewConclusion.REVISE, "指标需细化", "finance01", T);
        assertEquals(RoundStatus.CLOSED, round.getStatus());
        assertEquals(ReviewConclusion.PASS, first.getConclusion());
    }

    @Test
    void the_opinion_form_lists_every_members_rating_and_the_conclusion() {
        ReviewRound round = aRound(aSubmittedSheet());
        ReviewItem item = round.getItems().get(0);
        everyoneSigns(item);
        item.conclude(ReviewConclusion.PASS, null, "finance01", T);

        ReviewOpinionForm form = ReviewOpinionForm.of(item);

        assertEquals(4, form.criteria().size());
        assertTrue(form.totalWan().matches("\\d+\\.\\d{2}"), "万元 with two decimals: " + form.totalWan());
        assertEquals("项目的必要性和可行性", form.criteria().get(0).criterion());
        assertTrue(form.criteria().get(0).opinions().contains("赵立新（发展改革）：符合"), form.criteria().get(0).opinions());
        assertEquals("符合 3", form.criteria().get(0).tally());
        assertTrue(form.conclusionBoxes().startsWith("■通过"), form.conclusionBoxes());
        assertEquals(3, form.lineRemarks().size());
        assertFalse(ReviewOpinionWorkbook.write(List.of(form)).length == 0);
    }

    @Test
    void the_opinion_form_prints_in_chinese() throws Exception {
        ReviewRound round = aRound(aSubmittedSheet());
        ReviewItem item = round.getItems().get(0);
        everyoneSigns(item);
        item.conclude(ReviewConclusion.PASS, null, "finance01", T);
        Path file = Files.createTempFile("opinion", ".pdf");
        Files.write(file, ReviewOpinionPdf.write(List.of(ReviewOpinionForm.of(item))));
        // read it back as a viewer would (poppler, installed by .ci/run with poppler-utils)
        Process pdftotext = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
        String text = new String(pdftotext.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", "");
        assertEquals(0, pdftotext.waitFor(), text);
        Files.delete(file);
        assertTrue(text.contains("绩效目标审核意见表"), text);
        assertTrue(text.contains("绩效指标的合理性和可衡量性"), text);
        assertTrue(text.contains("■通过"), text);
    }
}
