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

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetSheetCompletenessTest {

    private static final BigDecimal BUDGET_WEIGHT = new BigDecimal("10");

    private static final SheetRules DEFAULTS = SheetRules.defaults();
    private static final SheetRules WEIGHTS_REQUIRED = new SheetRules(SheetRules.Weights.REQUIRED, true);
    private static final SheetRules WEIGHTS_NOT_USED = new SheetRules(SheetRules.Weights.NOT_USED, true);

    private static List<Gap> gapsOf(List<IndicatorLine> lines) {
        return TargetSheetCompleteness.check(GOAL, BUDGET_WEIGHT, lines, DEFAULTS);
    }

    private static List<Gap> gapsOf(BigDecimal budgetWeight, List<IndicatorLine> lines, SheetRules rules) {
        return TargetSheetCompleteness.check(GOAL, budgetWeight, lines, rules);
    }

    /** The complete lines without any 分值, as published 申报表 are. */
    private static List<IndicatorLine> unweighted(List<IndicatorLine> lines) {
        return lines.stream().map(l -> l.withWeight(null)).toList();
    }

    @Test
    void a_complete_sheet_has_no_gaps() {
        assertEquals(List.of(), gapsOf(complete()));
    }

    // ---- the sheet as a whole ---------------------------------------------------------------

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void a_sheet_without_an_overall_goal_is_incomplete(String goal) {
        assertEquals(List.of(Gap.ofSheet("target.gap.overallGoal")),
                TargetSheetCompleteness.check(goal, BUDGET_WEIGHT, complete(), DEFAULTS));
    }

    @Test
    void a_sheet_without_a_timeliness_indicator_names_the_missing_level() {
        List<IndicatorLine> lines = completeWith(3, timeliness().level2(IndicatorLevel2.COST));

        assertEquals(List.of(Gap.ofSheet("target.gap.missingLevel2", IndicatorLevel2.TIMELINESS)), gapsOf(lines));
    }

    @Test
    void a_sheet_without_a_quantity_indicator_names_the_missing_level() {
        List<IndicatorLine> lines = completeWith(1, quantity().level2(IndicatorLevel2.COST));

        assertEquals(List.of(Gap.ofSheet("target.gap.missingLevel2", IndicatorLevel2.QUANTITY)), gapsOf(lines));
    }

    @Test
    void a_sheet_without_a_quality_indicator_names_the_missing_level() {
        List<IndicatorLine> lines = completeWith(2, quality().level2(IndicatorLevel2.QUANTITY));

        assertEquals(List.of(Gap.ofSheet("target.gap.missingLevel2", IndicatorLevel2.QUALITY)), gapsOf(lines));
    }

    @Test
    void a_sheet_without_a_benefit_indicator_is_incomplete() {
        List<IndicatorLine> lines = completeWith(4, benefit().level2(IndicatorLevel2.QUANTITY));

        assertEquals(List.of(Gap.ofSheet("target.gap.missingBenefit")), gapsOf(lines));
    }

    @Test
    void any_benefit_kind_counts_as_a_benefit_indicator() {
        for (IndicatorLevel2 kind : List.of(IndicatorLevel2.ECONOMIC, IndicatorLevel2.SOCIAL,
                IndicatorLevel2.ECOLOGICAL, IndicatorLevel2.SUSTAINABLE)) {
            assertEquals(List.of(), gapsOf(completeWith(4, benefit().level2(kind))), kind.name());
        }
    }

    @Test
    void a_satisfaction_indicator_is_required_by_default_whoever_the_project_serves() {
        List<IndicatorLine> lines = completeWith(5, satisfaction().level2(IndicatorLevel2.SOCIAL));

        assertEquals(List.of(Gap.ofSheet("target.gap.missingSatisfaction")), gapsOf(lines));
    }

    @Test
    void a_category_set_free_of_satisfaction_needs_no_satisfaction_indicator() {
        List<IndicatorLine> lines = completeWith(5, satisfaction().level2(IndicatorLevel2.SOCIAL));

        assertEquals(List.of(), gapsOf(BUDGET_WEIGHT, lines, new SheetRules(SheetRules.Weights.OPTIONAL, false)));
    }

    // ---- core indicators (★) -------------------------------------------------------------------

    private static final SheetRules ROAD_IS_CORE = DEFAULTS.withCore(List.of(new SheetRules.CoreIndicator(101, "新建产业路")));

    @Test
    void a_core_indicator_of_the_category_is_required() {
        List<IndicatorLine> lines = completeWith(1, quantity().named("新建机耕道"));

        assertEquals(List.of(Gap.ofSheet("target.gap.coreMissing", "新建产业路")), gapsOf(BUDGET_WEIGHT, lines, ROAD_IS_CORE));
    }

    @Test
    void a_core_indicator_counts_by_its_template_or_by_its_name_as_retyped() {
        assertEquals(List.of(), gapsOf(BUDGET_WEIGHT, completeWith(1, quantity().named("产业路").template(101)), ROAD_IS_CORE));
        assertEquals(List.of(), gapsOf(BUDGET_WEIGHT, completeWith(1, quantity().named("★ 新建 产业路")), ROAD_IS_CORE));
    }

    // ---- weights (分值) -----------------------------------------------------------------------

    @Test
    void a_sheet_without_any_weight_is_complete_where_weights_are_optional() {
        assertEquals(List.of(), gapsOf(unweighted(complete())));
    }

    @Test
    void a_sheet_without_any_weight_names_every_line_where_weights_are_required() {
        List<Gap> gaps = gapsOf(BUDGET_WEIGHT, unweighted(complete()), WEIGHTS_REQUIRED);

        assertEquals(List.of(Gap.ofLine(1, "target.gap.weight"), Gap.ofLine(2, "target.gap.weight"), Gap.ofLine(3, "target.gap.weight"),
                Gap.ofLine(4, "target.gap.weight"), Gap.ofLine(5, "target.gap.weight"), Gap.ofSheet("target.gap.weightTotal", "10")), gaps);
    }

    @Test
    void weights_that_miss_a_hundred_pass_where_weights_are_not_used_at_target_setting() {
        assertEquals(List.of(), gapsOf(new BigDecimal("5"), complete(), WEIGHTS_NOT_USED));
    }

    @Test
    void once_one_line_is_weighted_every_line_needs_a_weight_and_the_total_a_hundred() {
        List<IndicatorLine> lines = new java.util.ArrayList<>(unweighted(complete()));
        lines.set(0, quantity().weight("90").build());

        assertEquals(List.of(Gap.ofLine(2, "target.gap.weight"), Gap.ofLine(3, "target.gap.weight"), Gap.ofLine(4, "target.gap.weight"),
                Gap.ofLine(5, "target.gap.weight")), gapsOf(lines));
    }

    @Test
    void weights_summing_to_ninety_five_are_reported_with_their_total() {
        assertEquals(List.of(Gap.ofSheet("target.gap.weightTotal", "95")), gapsOf(new BigDecimal("5"), complete(), DEFAULTS));
    }

    @Test
    void weights_summing_to_more_than_a_hundred_are_reported_with_their_total() {
        List<IndicatorLine> lines = completeWith(1, quantity().weight("25.5"));

        assertEquals(List.of(Gap.ofSheet("target.gap.weightTotal", "105.5")), gapsOf(lines));
    }

    @Test
    void the_budget_execution_weight_counts_towards_the_hundred() {
        List<IndicatorLine> lines = completeWith(1, quantity().weight("30"));

        assertEquals(List.of(), gapsOf(BigDecimal.ZERO, lines, WEIGHTS_REQUIRED));
    }

    @Test
    void weights_written_with_decimals_that_make_a_hundred_are_accepted() {
        List<IndicatorLine> lines = completeWith(1, quantity().weight("19.50"));

        assertEquals(List.of(), gapsOf(new BigDecimal("10.50"), lines, WEIGHTS_REQUIRED));
    }

    @Test
    void an_empty_sheet_names_every_missing_level() {
        List<Gap> missing = List.of(
                Gap.ofSheet("target.gap.missingLevel2", IndicatorLevel2.QUANTITY),
                Gap.ofSheet("target.gap.missingLevel2", IndicatorLevel2.QUALITY),
                Gap.ofSheet("target.gap.missingLevel2", IndicatorLevel2.TIMELINESS),
                Gap.ofSheet("target.gap.missingBenefit"),
                Gap.ofSheet("target.gap.missingSatisfaction"));
        assertEquals(missing, gapsOf(List.of()));
        List<Gap> withTotal = new java.util.ArrayList<>(missing);
        withTotal.add(Gap.ofSheet("target.gap.weightTotal", "10"));
        assertEquals(withTotal, gapsOf(BUDGET_WEIGHT, List.of(), WEIGHTS_REQUIRED));
    }

    // ---- line by line -----------------------------------------------------------------------

    @Test
    void a_quantitative_line_without_a_unit_is_named_on_its_line() {
        assertEquals(List.of(Gap.ofLine(3, "target.gap.unit")), gapsOf(completeWith(3, timeliness().withoutUnit())));
    }

    @Test
    void a_quantitative_line_with_a_blank_unit_is_named_on_its_line() {
        List<IndicatorLine> lines = completeWith(1, quantity().target(Operator.GE, "12", " "));

        assertEquals(List.of(Gap.ofLine(1, "target.gap.unit")), gapsOf(lines));
    }

    @ParameterizedTest
    @ValueSource(strings = {"任务完成时限（月）", "验收合格率(%)", "工程完工率 ( % )"})
    void a_number_whose_unit_stands_in_the_name_needs_no_unit_of_its_own(String name) {
        assertEquals(List.of(), gapsOf(completeWith(3, timeliness().named(name).written("10"))));
    }

    @Test
    void a_quantitative_line_without_a_number_is_named_on_its_line() {
        assertEquals(List.of(Gap.ofLine(4, "target.gap.value")), gapsOf(completeWith(4, benefit().withoutValue())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"100%", "1600元/亩", "2km", "大于等于10157.6平方米", "90-95%"})
    void values_written_as_offices_write_them_leave_no_gap(String written) {
        assertEquals(List.of(), gapsOf(completeWith(2, quality().written(written))), written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023年12月前", "9月前", "2021年7月", "当年", "每年12月底前"})
    void a_time_limit_is_a_complete_value_without_unit(String written) {
        assertEquals(List.of(), gapsOf(completeWith(3, timeliness().written(written))), written);
    }

    @Test
    void a_line_without_an_operator_is_read_by_the_rule_set_not_refused() {
        assertEquals(List.of(), gapsOf(completeWith(2, quality().withoutOperator())));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void a_qualitative_line_without_text_has_no_value(String text) {
        assertEquals(List.of(Gap.ofLine(2, "target.gap.value")), gapsOf(completeWith(2, quality().qualitative(text))));
    }

    @Test
    void a_qualitative_line_needs_neither_number_nor_unit() {
        assertEquals(List.of(), gapsOf(completeWith(2, quality().qualitative("工程质量达到国家验收标准"))));
    }

    @Test
    void a_line_without_a_basis_type_is_named_on_its_line() {
        List<IndicatorLine> lines = completeWith(5, satisfaction().basis(null, "历年满意度调查"));

        assertEquals(List.of(Gap.ofLine(5, "target.gap.basis")), gapsOf(lines));
    }

    @Test
    void a_line_without_a_basis_text_is_named_on_its_line() {
        List<IndicatorLine> lines = completeWith(5, satisfaction().basis(BasisType.HISTORY, " "));

        assertEquals(List.of(Gap.ofLine(5, "target.gap.basis")), gapsOf(lines));
    }

    @Test
    void a_line_without_a_reason_is_named_on_its_line() {
        assertEquals(List.of(Gap.ofLine(1, "target.gap.reason")), gapsOf(completeWith(1, quantity().reason(null))));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "同上")
    void basis_and_reason_given_once_serve_the_lines_below_of_the_same_level(String below) {
        List<IndicatorLine> lines = new java.util.ArrayList<>(complete());
        lines.add(1, quantity().named("新建机耕道").basis(null, below).reason(below).build());

        assertEquals(List.of(), gapsOf(unweighted(lines)));
    }

    @Test
    void basis_and_reason_of_another_level_do_not_serve() {
        List<Gap> gaps = gapsOf(completeWith(2, quality().basis(null, "同上").reason(null)));

        assertEquals(List.of(Gap.ofLine(2, "target.gap.basis"), Gap.ofLine(2, "target.gap.reason")), gaps);
    }

    @Test
    void a_line_without_a_name_is_named_on_its_line() {
        assertEquals(List.of(Gap.ofLine(4, "target.gap.name")), gapsOf(completeWith(4, benefit().named("  "))));
    }

    @Test
    void a_line_without_a_level_is_named_on_its_line() {
        List<IndicatorLine> lines = List.of(quantity().build(), quality().build(), timeliness().build(),
                benefit().build(), satisfaction().build(), quantity().named("新建机耕道").level2(null).weight("5").build());

        assertEquals(List.of(Gap.ofLine(6, "target.gap.level2")), gapsOf(new BigDecimal("5"), lines, DEFAULTS));
    }

    @Test
    void a_line_without_a_weight_is_named_on_its_line_and_leaves_the_total_short() {
        List<Gap> gaps = gapsOf(completeWith(3, timeliness().weight("0")));

        assertEquals(List.of(Gap.ofLine(3, "target.gap.weight"), Gap.ofSheet("target.gap.weightTotal", "85")), gaps);
    }

    @Test
    void several_gaps_are_all_reported_each_on_its_line() {
        List<IndicatorLine> lines = List.of(
                quantity().withoutUnit().build(),
                quality().reason(" ").build(),
                timeliness().build(),
                benefit().basis(null, null).build(),
                satisfaction().build());

        List<Gap> gaps = TargetSheetCompleteness.check(" ", BUDGET_WEIGHT, lines, DEFAULTS);

        assertEquals(List.of(
                Gap.ofSheet("target.gap.overallGoal"),
                Gap.ofLine(1, "target.gap.unit"),
                Gap.ofLine(2, "target.gap.reason"),
                Gap.ofLine(4, "target.gap.basis")), gaps);
    }

    @Test
    void one_line_missing_several_things_names_each_of_them() {
        List<Gap> gaps = gapsOf(completeWith(1, quantity().withoutValue().reason(null)));

        assertEquals(List.of(Gap.ofLine(1, "target.gap.value"), Gap.ofLine(1, "target.gap.reason")), gaps);
    }
}
