package cn.fundperf.ejb.targetsheet;

import static cn.fundperf.ejb.targetsheet.IndicatorLines.GOAL;
import static cn.fundperf.ejb.targetsheet.IndicatorLines.benefit;
import static cn.fundperf.ejb.targetsheet.IndicatorLines.complete;
import static cn.fundperf.ejb.targetsheet.IndicatorLines.completeWith;
import static cn.fundperf.ejb.targetsheet.IndicatorLines.quality;
import static cn.fundperf.ejb.targetsheet.IndicatorLines.quantity;
import static cn.fundperf.ejb.targetsheet.IndicatorLines.satisfaction;
import static cn.fundperf.ejb.targetsheet.IndicatorLines.timeliness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.fundperf.ejb.business.BusinessException;
import cn.fundperf.ejb.business.IllegalTransitionException;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.project.ProjectBuilder;
import cn.fundperf.ejb.project.TargetSheetStatus;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetSheetTest {

    private static final LocalDateTime OPENED = LocalDateTime.of(2026, 3, 5, 9, 0);
    private static final LocalDateTime EDITED = OPENED.plusHours(2);
    private static final LocalDateTime SUBMITTED = OPENED.plusDays(1);
    private static final LocalDateTime CHECKED = OPENED.plusDays(2);
    private static final BigDecimal TEN = new BigDecimal("10");

    private static TargetSheet aSheet() {
        return new TargetSheet(ProjectBuilder.aProject().build(), 2026, "unit01", OPENED);
    }

    private static TargetSheet aCompleteDraft() {
        TargetSheet sheet = aSheet();
        sheet.revise(GOAL, TEN, complete(), EDITED);
        return sheet;
    }

    private static TargetSheet aSheetAtTheDepartment() {
        TargetSheet sheet = aCompleteDraft();
        sheet.submitToDepartment("unit01", SUBMITTED);
        return sheet;
    }

    private static TargetSheet aSheetForwardedToFinance() {
        TargetSheet sheet = aSheetAtTheDepartment();
        sheet.forwardToFinance("dept01", CHECKED);
        return sheet;
    }

    private static TargetSheet aReturnedSheet() {
        TargetSheet sheet = aSheetAtTheDepartment();
        sheet.returnToUnit("满意度目标偏低", "dept01", CHECKED);
        return sheet;
    }

    // ---- drafting ---------------------------------------------------------------------------

    @Test
    void a_new_sheet_is_a_draft_in_the_scope_of_its_project() {
        TargetSheet sheet = aSheet();

        assertEquals(TargetSheetStatus.DRAFT, sheet.getStatus());
        assertEquals("/5/9/", sheet.organizationPath());
        assertEquals("/5/", sheet.departmentPath());
        assertEquals("/1/7/", sheet.regionPath());
    }

    @Test
    void a_revised_draft_gives_back_its_lines_in_order() {
        TargetSheet sheet = aCompleteDraft();

        assertEquals(complete(), sheet.lines());
        assertEquals(GOAL, sheet.getOverallGoal());
        assertEquals(List.of(1, 2, 3, 4, 5), sheet.getIndicators().stream().map(Indicator::getPosition).toList());
    }

    @Test
    void revising_replaces_the_whole_list_of_indicators() {
        TargetSheet sheet = aCompleteDraft();

        sheet.revise(GOAL, TEN, List.of(quantity().build()), EDITED.plusHours(1));

        assertEquals(List.of(quantity().build()), sheet.lines());
        assertEquals(EDITED.plusHours(1), sheet.getUpdatedAt());
    }

    @Test
    void without_a_budget_execution_weight_the_default_of_ten_applies() {
        TargetSheet sheet = aSheet();

        sheet.revise(GOAL, null, complete(), EDITED);

        assertEquals(0, TEN.compareTo(sheet.getBudgetExecutionWeight()));
        assertEquals(List.of(), sheet.gaps());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.01", "100.01", "120"})
    void a_budget_execution_weight_outside_nought_to_a_hundred_is_refused(String weight) {
        TargetSheet sheet = aCompleteDraft();

        BusinessException e = assertThrows(InvalidInputException.class,
                () -> sheet.revise("另一目标", new BigDecimal(weight), List.of(), EDITED.plusHours(1)));

        assertEquals("target.budgetWeight.range", e.getKey());
        assertEquals(GOAL, sheet.getOverallGoal());
        assertEquals(complete(), sheet.lines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100"})
    void a_budget_execution_weight_of_nought_or_a_hundred_is_accepted(String weight) {
        TargetSheet sheet = aSheet();

        sheet.revise(GOAL, new BigDecimal(weight), complete(), EDITED);

        assertEquals(new BigDecimal(weight), sheet.getBudgetExecutionWeight());
    }

    @Test
    void a_sheet_needs_a_satisfaction_indicator_even_where_the_project_counts_no_beneficiaries() {
        TargetSheet sheet = new TargetSheet(ProjectBuilder.aProject().servingNobody().build(), 2026, "unit01", OPENED);

        sheet.revise(GOAL, new BigDecimal("25"), complete().subList(0, 4), EDITED);

        assertEquals(List.of(Gap.ofSheet("target.gap.missingSatisfaction")), sheet.gaps());
        assertEquals(List.of(), sheet.gaps(new SheetRules(SheetRules.Weights.OPTIONAL, false)), "unless its category is set free of it");
    }

    // ---- submitting to the department -------------------------------------------------------

    @Test
    void submitting_a_complete_draft_hands_it_to_the_department_and_records_it() {
        TargetSheet sheet = aCompleteDraft();

        sheet.submitToDepartment("unit01", SUBMITTED);

        assertEquals(TargetSheetStatus.DEPARTMENT_CHECK, sheet.getStatus());
        assertEquals(SUBMITTED, sheet.getSubmittedAt());
        List<TargetSheetEvent> history = sheet.getHistory();
        assertEquals(2, history.size());
        assertNull(history.get(0).getFrom());
        assertEquals(TargetSheetStatus.DRAFT, history.get(0).getTo());
        TargetSheetEvent submit = history.get(1);
        assertEquals(TargetSheetStatus.DRAFT, submit.getFrom());
        assertEquals(TargetSheetStatus.DEPARTMENT_CHECK, submit.getTo());
        assertEquals("unit01", submit.getActor());
        assertEquals(SUBMITTED, submit.getOccurredAt());
    }

    @Test
    void an_incomplete_sheet_cannot_be_submitted_and_every_gap_is_named() {
        TargetSheet sheet = aSheet();
        sheet.revise(GOAL, TEN, List.of(quantity().withoutUnit().build(), quality().reason(null).build(),
                benefit().build(), satisfaction().build()), EDITED);

        IncompleteTargetSheetException e = assertThrows(IncompleteTargetSheetException.class,
                () -> sheet.submitToDepartment("unit01", SUBMITTED));

        assertEquals("target.incomplete", e.getKey());
        assertEquals(List.of(
                Gap.ofSheet("target.gap.missingLevel2", IndicatorLevel2.TIMELINESS),
                Gap.ofLine(1, "target.gap.unit"),
                Gap.ofLine(2, "target.gap.reason"),
                Gap.ofSheet("target.gap.weightTotal", "85")), e.getGaps());
        assertEquals(List.of(4), e.getArguments());
        assertEquals(TargetSheetStatus.DRAFT, sheet.getStatus());
        assertEquals(1, sheet.getHistory().size());
        assertNull(sheet.getSubmittedAt());
    }

    @Test
    void an_untouched_sheet_cannot_be_submitted() {
        TargetSheet sheet = aSheet();

        IncompleteTargetSheetException e = assertThrows(IncompleteTargetSheetException.class,
                () -> sheet.submitToDepartment("unit01", SUBMITTED));

        assertEquals(Gap.ofSheet("target.gap.overallGoal"), e.getGaps().get(0));
        assertEquals(TargetSheetStatus.DRAFT, sheet.getStatus());
    }

    /** The editor checks the lines as entered; submit checks the saved sheet. Both must name the same gaps. */
    @Test
    void a_saved_line_without_a_unit_is_reported_as_missing_its_unit() {
        List<IndicatorLine> entered = completeWith(2, quality().withoutUnit());
        TargetSheet sheet = aSheet();
        sheet.revise(GOAL, TEN, entered, EDITED);

        IncompleteTargetSheetException e = assertThrows(IncompleteTargetSheetException.class,
                () -> sheet.submitToDepartment("unit01", SUBMITTED));

        assertEquals(List.of(Gap.ofLine(2, "target.gap.unit")), e.getGaps());
        assertEquals(TargetSheetCompleteness.check(GOAL, TEN, entered, SheetRules.defaults()), e.getGaps());
    }

    @Test
    void a_second_submit_is_refused_and_changes_nothing() {
        TargetSheet sheet = aSheetAtTheDepartment();

        BusinessException e = assertThrows(IllegalTransitionException.class,
                () -> sheet.submitToDepartment("unit01", SUBMITTED.plusMinutes(1)));

        assertEquals("target.transition.refused", e.getKey());
        assertEquals(TargetSheetStatus.DEPARTMENT_CHECK, sheet.getStatus());
        assertEquals(2, sheet.getHistory().size());
        assertEquals(SUBMITTED, sheet.getSubmittedAt());
    }

    // ---- read-only once it left the unit ----------------------------------------------------

    @Test
    void a_sheet_at_the_department_cannot_be_revised() {
        TargetSheet sheet = aSheetAtTheDepartment();

        BusinessException e = assertThrows(IllegalTransitionException.class,
                () -> sheet.revise("另一目标", TEN, List.of(), CHECKED));

        assertEquals("target.readOnly", e.getKey());
        assertEquals(GOAL, sheet.getOverallGoal());
        assertEquals(complete(), sheet.lines());
    }

    @Test
    void a_sheet_submitted_to_finance_cannot_be_revised() {
        TargetSheet sheet = aSheetForwardedToFinance();

        BusinessException e = assertThrows(IllegalTransitionException.class,
                () -> sheet.revise(GOAL, TEN, List.of(quantity().build()), CHECKED.plusDays(1)));

        assertEquals("target.readOnly", e.getKey());
        assertEquals(complete(), sheet.lines());
    }

    // ---- the department forwards or returns -------------------------------------------------

    @Test
    void the_department_forwards_a_checked_sheet_to_finance() {
        TargetSheet sheet = aSheetAtTheDepartment();

        sheet.forwardToFinance("dept01", CHECKED);

        assertEquals(TargetSheetStatus.SUBMITTED, sheet.getStatus());
        TargetSheetEvent forward = sheet.getHistory().get(2);
        assertEquals(TargetSheetStatus.DEPARTMENT_CHECK, forward.getFrom());
        assertEquals(TargetSheetStatus.SUBMITTED, forward.getTo());
        assertEquals("dept01", forward.getActor());
    }

    @Test
    void a_draft_cannot_be_forwarded_to_finance() {
        TargetSheet sheet = aCompleteDraft();

        BusinessException e = assertThrows(IllegalTransitionException.class,
                () -> sheet.forwardToFinance("dept01", CHECKED));

        assertEquals("target.transition.refused", e.getKey());
        assertEquals(TargetSheetStatus.DRAFT, sheet.getStatus());
    }

    @Test
    void a_sheet_cannot_be_forwarded_to_finance_twice() {
        TargetSheet sheet = aSheetForwardedToFinance();

        BusinessException e = assertThrows(IllegalTransitionException.class,
                () -> sheet.forwardToFinance("dept01", CHECKED.plusMinutes(1)));

        assertEquals("target.transition.refused", e.getKey());
        assertEquals(3, sheet.getHistory().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void returning_a_sheet_needs_a_reason(String reason) {
        TargetSheet sheet = aSheetAtTheDepartment();

        BusinessException e = assertThrows(InvalidInputException.class,
                () -> sheet.returnToUnit(reason, "dept01", CHECKED));

        assertEquals("target.return.reasonRequired", e.getKey());
        assertEquals(TargetSheetStatus.DEPARTMENT_CHECK, sheet.getStatus());
    }

    @Test
    void returning_a_sheet_without_any_reason_is_refused() {
        TargetSheet sheet = aSheetAtTheDepartment();

        BusinessException e = assertThrows(InvalidInputException.class,
                () -> sheet.returnToUnit(null, "dept01", CHECKED));

        assertEquals("target.return.reasonRequired", e.getKey());
    }

    @Test
    void a_returned_sheet_goes_back_to_the_unit_with_the_reason() {
        TargetSheet sheet = aSheetAtTheDepartment();

        sheet.returnToUnit("  满意度目标偏低 ", "dept01", CHECKED);

        assertEquals(TargetSheetStatus.RETURNED, sheet.getStatus());
        assertEquals("满意度目标偏低", sheet.lastReturnReason());
        assertEquals("dept01", sheet.getHistory().get(2).getActor());
    }

    @Test
    void a_sheet_never_returned_has_no_return_reason() {
        assertNull(aSheetForwardedToFinance().lastReturnReason());
    }

    @Test
    void a_draft_cannot_be_returned() {
        TargetSheet sheet = aCompleteDraft();

        BusinessException e = assertThrows(IllegalTransitionException.class,
                () -> sheet.returnToUnit("不合格", "dept01", CHECKED));

        assertEquals("target.transition.refused", e.getKey());
        assertEquals(TargetSheetStatus.DRAFT, sheet.getStatus());
    }

    @Test
    void a_returned_sheet_can_be_revised_and_submitted_again() {
        TargetSheet sheet = aReturnedSheet();

        sheet.revise(GOAL, TEN, completeWith(5, satisfaction().target(Operator.GE, "95", "%")), CHECKED.plusDays(1));
        sheet.submitToDepartment("unit01", CHECKED.plusDays(2));

        assertEquals(TargetSheetStatus.DEPARTMENT_CHECK, sheet.getStatus());
        assertEquals(CHECKED.plusDays(2), sheet.getSubmittedAt());
        TargetSheetEvent resubmit = sheet.getHistory().get(3);
        assertEquals(TargetSheetStatus.RETURNED, resubmit.getFrom());
        assertEquals(TargetSheetStatus.DEPARTMENT_CHECK, resubmit.getTo());
    }

    @Test
    void the_latest_return_reason_is_the_one_given() {
        TargetSheet sheet = aReturnedSheet();
        sheet.submitToDepartment("unit01", CHECKED.plusDays(1));

        sheet.returnToUnit("时效指标不明确", "dept01", CHECKED.plusDays(2));

        assertEquals("时效指标不明确", sheet.lastReturnReason());
    }

    @Test
    void a_returned_sheet_that_became_incomplete_cannot_be_submitted_again() {
        TargetSheet sheet = aReturnedSheet();
        sheet.revise(GOAL, TEN, completeWith(3, timeliness().withoutUnit()), CHECKED.plusDays(1));

        IncompleteTargetSheetException e = assertThrows(IncompleteTargetSheetException.class,
                () -> sheet.submitToDepartment("unit01", CHECKED.plusDays(2)));

        assertEquals(List.of(Gap.ofLine(3, "target.gap.unit")), e.getGaps());
        assertEquals(TargetSheetStatus.RETURNED, sheet.getStatus());
    }
}
