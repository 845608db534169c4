package cn.fundperf.ejb.targetsheet;

import static cn.fundperf.ejb.targetsheet.IndicatorLines.GOAL;
import static cn.fundperf.ejb.targetsheet.IndicatorLines.complete;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.business.BusinessException;
import cn.fundperf.ejb.business.IllegalTransitionException;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.project.ProjectBuilder;
import cn.fundperf.ejb.project.TargetSheetStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Review, filing, approval and adjustment of a sheet (domain.md §4): every verb in every state. */
class TargetSheetLifecycleTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 3, 5, 9, 0);
    private static final BigDecimal BUDGET = new BigDecimal("500000.00");

    /** A sheet with its version in force, as the services hand it to the sheet. */
    private static final class Case {
        final TargetSheet sheet = new TargetSheet(ProjectBuilder.aProject().build(), 2026, "unit01", T);
        final List<TargetVersion> versions = new ArrayList<>();

        TargetVersion inForce() {
            return versions.isEmpty() ? null : versions.get(versions.size() - 1);
        }
    }

    private enum Verb {
        REVISE(c -> c.sheet.revise(GOAL, BigDecimal.TEN, complete(), T)),
        SUBMIT(c -> c.sheet.submitToDepartment("unit01", T)),
        FORWARD(c -> c.sheet.forwardToFinance("dept01", T)),
        RETURN(c -> c.sheet.returnToUnit("指标不够细", "dept01", T)),
        ENTER_REVIEW(c -> c.sheet.enterReview("finance01", T)),
        CONCLUDE(c -> c.sheet.conclude(ReviewConclusion.PASS, null, c.inForce(), "finance01", T)),
        FILE(c -> c.sheet.file("扶贫绩备〔2026〕1号", BUDGET, "finance01", T)),
        RELEASE(c -> c.versions.add(c.sheet.release("县财预〔2026〕8号", LocalDate.of(2026, 4, 1), BUDGET, "finance01", T))),
        ADJUST(c -> c.sheet.startAdjustment(AdjustmentType.LOCAL_BUDGET_CHANGE, "本级追加预算", new BigDecimal("600000"), "unit01", T)),
        WITHDRAW(c -> c.sheet.withdrawAdjustment(c.inForce(), "unit01", T));

        final Consumer<Case> action;

        Verb(Consumer<Case> action) {
            this.action = action;
        }
    }

    /** The way to each state through legal moves only. */
    private static final Map<TargetSheetStatus, List<Verb>> PATH = new EnumMap<>(Map.of(
            TargetSheetStatus.DRAFT, List.of(Verb.REVISE),
            TargetSheetStatus.DEPARTMENT_CHECK, List.of(Verb.REVISE, Verb.SUBMIT),
            TargetSheetStatus.RETURNED, List.of(Verb.REVISE, Verb.SUBMIT, Verb.RETURN),
            TargetSheetStatus.SUBMITTED, List.of(Verb.REVISE, Verb.SUBMIT, Verb.FORWARD),
            TargetSheetStatus.IN_REVIEW, List.of(Verb.REVISE, Verb.SUBMIT, Verb.FORWARD, Verb.ENTER_REVIEW),
            TargetSheetStatus.PASSED, List.of(Verb.REVISE, Verb.SUBMIT, Verb.FORWARD, Verb.ENTER_REVIEW, Verb.CONCLUDE),
            TargetSheetStatus.FILED, List.of(Verb.REVISE, Verb.SUBMIT, Verb.FORWARD, Verb.ENTER_REVIEW, Verb.CONCLUDE, Verb.FILE),
            TargetSheetStatus.RELEASED, List.of(Verb.REVISE, Verb.SUBMIT, Verb.FORWARD, Verb.ENTER_REVIEW, Verb.CONCLUDE, Verb.FILE, Verb.RELEASE),
            TargetSheetStatus.ADJUSTING, List.of(Verb.REVISE, Verb.SUBMIT, Verb.FORWARD, Verb.ENTER_REVIEW, Verb.CONCLUDE, Verb.FILE, Verb.RELEASE, Verb.ADJUST)));

    private static final Map<TargetSheetStatus, Set<Verb>> ALLOWED = new EnumMap<>(Map.of(
            TargetSheetStatus.DRAFT, EnumSet.of(Verb.REVISE, Verb.SUBMIT),
            TargetSheetStatus.DEPARTMENT_CHECK, EnumSet.of(Verb.FORWARD, Verb.RETURN),
            TargetSheetStatus.RETURNED, EnumSet.of(Verb.REVISE, Verb.SUBMIT),
            TargetSheetStatus.SUBMITTED, EnumSet.of(Verb.ENTER_REVIEW),
            TargetSheetStatus.IN_REVIEW, EnumSet.of(Verb.CONCLUDE),
            TargetSheetStatus.PASSED, EnumSet.of(Verb.FILE),
            TargetSheetStatus.FILED, EnumSet.of(Verb.RELEASE),
            TargetSheetStatus.RELEASED, EnumSet.of(Verb.ADJUST),
            TargetSheetStatus.ADJUSTING, EnumSet.of(Verb.REVISE, Verb.SUBMIT, Verb.WITHDRAW)));

    private static Case caseAt(TargetSheetStatus status) {
        Case c = new Case();
        PATH.get(status).forEach(verb -> verb.action.accept(c));
        assertEquals(status, c.sheet.getStatus());
        assertEquals(status, c.sheet.getProject().getTargetStatus(), "the project follows its sheet");
        return c;
    }

    @ParameterizedTest
    @EnumSource(value = TargetSheetStatus.class, names = "REJECTED", mode = EnumSource.Mode.EXCLUDE)
    void every_verb_is_allowed_or_refused_as_the_life_of_a_target_says(TargetSheetStatus status) {
        for (Verb verb : Verb.values()) {
            Case c = caseAt(status);
            if (ALLOWED.get(status).contains(verb)) {
                assertDoesNotThrow(() -> verb.action.accept(c), status + " should allow " + verb);
            } else {
                TargetSheetStatus before = c.sheet.getStatus();
                assertThrows(IllegalTransitionException.class, () -> verb.action.accept(c), status + " should refuse " + verb);
                assertEquals(before, c.sheet.getStatus(), "a refused " + verb + " leaves the sheet where it was");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = TargetSheetStatus.class, names = "REJECTED", mode = EnumSource.Mode.EXCLUDE)
    void a_sheet_follows_its_project_to_another_unit_only_while_it_is_with_the_unit(TargetSheetStatus status) {
        Case c = caseAt(status);
        ProjectBuilder other = ProjectBuilder.aProject();
        c.sheet.getProject().describe(other.naming(null, null).details(), other.category(), other.school());

        c.sheet.followProject();

        boolean withTheUnit = status == TargetSheetStatus.DRAFT || status == TargetSheetStatus.RETURNED;
        assertEquals(withTheUnit ? "/6/11/" : "/5/9/", c.sheet.organizationPath(), status.name());
        assertEquals(withTheUnit ? "/6/" : "/5/", c.sheet.departmentPath(), status.name());
        assertEquals(withTheUnit ? "/1/8/" : "/1/7/", c.sheet.regionPath(), status.name());
    }

    @Test
    void a_sheet_returned_after_its_project_moved_goes_to_the_projects_new_unit() {
        Case c = caseAt(TargetSheetStatus.DEPARTMENT_CHECK);
        ProjectBuilder other = ProjectBuilder.aProject();
        c.sheet.getProject().describe(other.naming(null, null).details(), other.category(), other.school());
        c.sheet.followProject();
        assertEquals("/5/9/", c.sheet.organizationPath(), "still with the department it was sent to");

        Verb.RETURN.action.accept(c);

        assertEquals("/6/11/", c.sheet.organizationPath());
        assertEquals("/6/", c.sheet.departmentPath());
    }

    @Test
    void a_rejected_target_is_final() {
        Case c = caseAt(TargetSheetStatus.IN_REVIEW);
        c.sheet.conclude(ReviewConclusion.FAIL, "与脱贫目标无关", null, "finance01", T);

        assertEquals(TargetSheetStatus.REJECTED, c.sheet.getStatus());
        assertTrue(!c.sheet.getStatus().hasPassedReview());
        for (Verb verb : Verb.values()) {
            assertThrows(IllegalTransitionException.class, () -> verb.action.accept(c), "REJECTED should refuse " + verb);
        }
    }

    @Test
    void revise_and_return_send_the_sheet_back_to_the_unit_with_the_reason() {
        Case c = caseAt(TargetSheetStatus.IN_REVIEW);

        c.sheet.conclude(ReviewConclusion.REVISE, "满意度指标值偏低", null, "finance01", T);

        assertEquals(TargetSheetStatus.RETURNED, c.sheet.getStatus());
        assertTrue(c.sheet.getStatus().isEditable());
        assertEquals("满意度指标值偏低", c.sheet.lastReturnReason());
    }

    @ParameterizedTest
    @EnumSource(value = ReviewConclusion.class, names = {"REVISE", "FAIL"})
    void a_conclusion_other_than_pass_needs_a_reason(ReviewConclusion conclusion) {
        Case c = caseAt(TargetSheetStatus.IN_REVIEW);

        BusinessException e = assertThrows(InvalidInputException.class, () -> c.sheet.conclude(conclusion, "  ", null, "finance01", T));

        assertEquals("review.conclusion.reasonRequired", e.getKey());
        assertEquals(TargetSheetStatus.IN_REVIEW, c.sheet.getStatus());
    }

    @Test
    void a_passed_sheet_without_a_budget_cannot_be_filed() {
        Case c = caseAt(TargetSheetStatus.PASSED);

        BusinessException e = assertThrows(InvalidInputException.class, () -> c.sheet.file("扶贫绩备〔2026〕1号", null, "finance01", T));

        assertEquals("filing.noBudget", e.getKey());
        assertNull(c.sheet.getFilingNumber());
    }

    @Test
    void approval_needs_a_document_number_and_a_date() {
        Case c = caseAt(TargetSheetStatus.FILED);

        assertEquals("approval.documentRequired", assertThrows(InvalidInputException.class,
                () -> c.sheet.release(" ", LocalDate.of(2026, 4, 1), BUDGET, "finance01", T)).getKey());
        assertEquals("approval.dateRequired", assertThrows(InvalidInputException.class,
                () -> c.sheet.release("县财预〔2026〕8号", null, BUDGET, "finance01", T)).getKey());
        assertEquals(TargetSheetStatus.FILED, c.sheet.getStatus());
    }

    @Test
    void approval_freezes_a_copy_of_the_sheet_as_version_one() {
        Case c = caseAt(TargetSheetStatus.RELEASED);
        TargetVersion v1 = c.inForce();

        assertEquals(1, v1.getNumber());
        assertEquals(1, c.sheet.getReleasedVersion());
        assertEquals(c.sheet.lines().size(), v1.lines().size());
        assertEquals(GOAL, v1.getOverallGoal());
        assertEquals("扶贫绩备〔2026〕1号", v1.getFilingNumber());
        assertEquals(BUDGET, v1.getBudgetAmount());
        assertThrows(IllegalTransitionException.class, () -> c.sheet.revise("改", BigDecimal.TEN, complete(), T),
                "a released sheet is read-only");
    }

    @Test
    void an_approved_adjustment_becomes_version_two_and_version_one_stays_as_it_was() {
        Case c = caseAt(TargetSheetStatus.ADJUSTING);
        List<IndicatorLine> changed = new ArrayList<>(complete());
        changed.set(0, IndicatorLines.quantity().target(Operator.GE, "15", "公里").build());
        c.sheet.revise(GOAL, BigDecimal.TEN, changed, T);
        List.of(Verb.SUBMIT, Verb.FORWARD, Verb.ENTER_REVIEW, Verb.CONCLUDE, Verb.FILE, Verb.RELEASE).forEach(v -> v.action.accept(c));

        assertEquals(TargetSheetStatus.RELEASED, c.sheet.getStatus());
        assertEquals(2, c.sheet.getReleasedVersion());
        TargetVersion v1 = c.versions.get(0);
        TargetVersion v2 = c.versions.get(1);
        assertEquals(0, new BigDecimal("12").compareTo(v1.lines().get(0).quantity().number()));
        assertEquals(0, new BigDecimal("15").compareTo(v2.lines().get(0).quantity().number()));
        assertEquals(AdjustmentType.LOCAL_BUDGET_CHANGE, v2.getAdjustmentType());
        assertNull(c.sheet.getAdjustment(), "the adjustment is closed");
        // the indicator is the same one through the adjustment: both frozen versions carry its key
        assertEquals(v1.lines().get(0).key(), v2.lines().get(0).key());
        assertEquals(VersionDiff.Kind.CHANGED, VersionDiff.between(v1.lines(), v2.lines()).get(0).kind());
    }

    @Test
    void keys_survive_save_approval_adjustment_and_the_next_year_s_copy() {
        Case c = caseAt(TargetSheetStatus.DRAFT);
        List<IndicatorLine> unsaved = complete().stream().map(l -> l.withKey(null)).toList();
        c.sheet.revise(GOAL, BigDecimal.TEN, unsaved, T);
        List<String> keys = c.sheet.lines().stream().map(IndicatorLine::key).toList();
        assertTrue(keys.stream().allMatch(k -> k != null && k.length() == 36), "a saved line has a key: " + keys);
        assertEquals(keys.size(), keys.stream().distinct().count());

        List<IndicatorLine> edited = new ArrayList<>(c.sheet.lines());
        edited.set(0, edited.get(0).withTarget("≥15公里"));
        java.util.Collections.swap(edited, 1, 2);
        c.sheet.revise(GOAL, BigDecimal.TEN, edited, T);
        assertEquals(keys.get(0), c.sheet.lines().get(0).key(), "an edited line keeps its key");
        assertEquals(keys.get(1), c.sheet.lines().get(2).key(), "a moved line keeps its key");

        List.of(Verb.SUBMIT, Verb.FORWARD, Verb.ENTER_REVIEW, Verb.CONCLUDE, Verb.FILE, Verb.RELEASE).forEach(v -> v.action.accept(c));
        assertEquals(c.sheet.lines().stream().map(IndicatorLine::key).toList(), c.inForce().lines().stream().map(IndicatorLine::key).toList(),
                "the approved version carries the keys");

        TargetSheet nextYear = new TargetSheet(c.sheet.getProject(), 2027, "unit01", T);
        nextYear.revise(GOAL, BigDecimal.TEN, c.inForce().lines(), T);
        assertEquals(c.inForce().lines().stream().map(IndicatorLine::key).toList(), nextYear.lines().stream().map(IndicatorLine::key).toList(),
                "copying last year's lines keeps what they are");
    }

    @Test
    void a_row_copied_with_its_key_or_a_made_up_key_gets_a_fresh_one() {
        Case c = caseAt(TargetSheetStatus.DRAFT);
        List<IndicatorLine> lines = new ArrayList<>(complete());
        lines.add(lines.get(0).withTarget("≥13公里"));
        lines.set(1, lines.get(1).withKey("not-a-key"));

        c.sheet.revise(GOAL, BigDecimal.TEN, lines, T);

        List<IndicatorLine> saved = c.sheet.lines();
        assertEquals(complete().get(0).key(), saved.get(0).key());
        assertNotEquals(saved.get(0).key(), saved.get(5).key(), "the copy is another indicator");
        assertNotEquals("not-a-key", saved.get(1).key());
    }

    @Test
    void after_an_adjustment_passes_review_the_budget_arranged_goes_with_the_adjustment_and_is_approved_with_it() {
        Case c = caseAt(TargetSheetStatus.ADJUSTING);
        c.sheet.getProject().approveBudget(BUDGET);   // what 批复 of version 1 did to the project
        List.of(Verb.SUBMIT, Verb.FORWARD, Verb.ENTER_REVIEW, Verb.CONCLUDE).forEach(v -> v.action.accept(c));

        c.sheet.arrangeBudget(new BigDecimal("650000"));

        assertEquals(0, new BigDecimal("650000").compareTo(c.sheet.getBudgetInPlay()), "the arranged budget is the one in play");
        assertEquals(0, BUDGET.compareTo(c.sheet.getProject().getBudgetAmount()), "the approved budget stays until 批复");
        c.sheet.file("扶贫绩备〔2026〕9号", c.sheet.getBudgetInPlay(), "finance01", T);
        TargetVersion v2 = c.sheet.release("县财预〔2026〕18号", LocalDate.of(2026, 6, 1), c.sheet.getBudgetInPlay(), "finance01", T);
        assertEquals(0, new BigDecimal("650000").compareTo(v2.getBudgetAmount()));
    }

    @Test
    void a_budget_for_an_adjustment_waits_until_the_adjustment_passed_review() {
        Case c = caseAt(TargetSheetStatus.ADJUSTING);
        assertThrows(cn.fundperf.ejb.project.TargetNotPassedException.class, () -> c.sheet.arrangeBudget(new BigDecimal("650000")));
        assertEquals(0, new BigDecimal("600000").compareTo(c.sheet.getBudgetInPlay()), "the proposal stays as requested");
    }

    @Test
    void a_refused_adjustment_brings_back_the_version_in_force() {
        Case c = caseAt(TargetSheetStatus.ADJUSTING);
        TargetAdjustment adjustment = c.sheet.getAdjustment();
        c.sheet.revise("全新目标", BigDecimal.TEN, complete().subList(0, 5), T);
        List.of(Verb.SUBMIT, Verb.FORWARD, Verb.ENTER_REVIEW).forEach(v -> v.action.accept(c));

        c.sheet.conclude(ReviewConclusion.FAIL, "调整理由不充分", c.inForce(), "finance01", T);

        assertEquals(TargetSheetStatus.RELEASED, c.sheet.getStatus());
        assertEquals(GOAL, c.sheet.getOverallGoal());
        assertEquals(c.inForce().lines(), c.sheet.lines());
        assertEquals(AdjustmentStatus.REFUSED, adjustment.getStatus());
        assertEquals(1, c.sheet.getReleasedVersion());
    }

    @Test
    void a_withdrawn_adjustment_restores_the_sheet() {
        Case c = caseAt(TargetSheetStatus.ADJUSTING);
        c.sheet.revise("草拟中的调整", BigDecimal.TEN, complete(), T);

        c.sheet.withdrawAdjustment(c.inForce(), "unit01", T);

        assertEquals(TargetSheetStatus.RELEASED, c.sheet.getStatus());
        assertEquals(GOAL, c.sheet.getOverallGoal());
    }

    @Test
    void an_adjustment_needs_a_type_and_a_reason() {
        Case c = caseAt(TargetSheetStatus.RELEASED);

        assertEquals("adjustment.typeRequired", assertThrows(InvalidInputException.class,
                () -> c.sheet.startAdjustment(null, "理由", null, "unit01", T)).getKey());
        assertEquals("adjustment.reasonRequired", assertThrows(InvalidInputException.class,
                () -> c.sheet.startAdjustment(AdjustmentType.SPECIAL_REASON, " ", null, "unit01", T)).getKey());
        assertEquals(TargetSheetStatus.RELEASED, c.sheet.getStatus());
    }
}
