package cn.fundperf.ejb.targetsheet;

import static cn.fundperf.ejb.targetsheet.IndicatorLines.GOAL;
import static cn.fundperf.ejb.targetsheet.IndicatorLines.benefit;
import static cn.fundperf.ejb.targetsheet.IndicatorLines.complete;
import static cn.fundperf.ejb.targetsheet.IndicatorLines.completeWith;
import static cn.fundperf.ejb.targetsheet.IndicatorLines.quality;
import static cn.fundperf.ejb.targetsheet.IndicatorLines.quantity;
import static cn.fundperf.ejb.targetsheet.IndicatorLines.satisfaction;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.fundperf.ejb.targetsheet.IndicatorQuality.UsualRange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorQualityTest {

    private static final long ROAD_TEMPLATE = 7L;
    /** The reference library: roads of this kind are usually 30 to 50 km. */
    private static final Function<Long, IndicatorQuality.Usual> LIBRARY =
            Map.of(ROAD_TEMPLATE, new IndicatorQuality.Usual(new UsualRange(new BigDecimal("30"), new BigDecimal("50")), "公里"))::get;

    private static List<Gap> warningsOf(List<IndicatorLine> lines) {
        return IndicatorQuality.warnings(lines, LIBRARY);
    }

    @Test
    void a_well_written_sheet_has_no_warnings() {
        assertEquals(List.of(), warningsOf(complete()));
    }

    @Test
    void a_warning_does_not_make_a_sheet_incomplete() {
        List<IndicatorLine> lines = completeWith(4, benefit().named("贫困户收入有所提高"));

        assertEquals(List.of(Gap.ofLine(4, "target.warn.vague", "有所提高")), warningsOf(lines));
        assertEquals(List.of(), TargetSheetCompleteness.check(GOAL, new BigDecimal("10"), lines, SheetRules.defaults()));
    }

    // ---- quantity without number ------------------------------------------------------------

    @Test
    void a_quantity_line_without_a_number_is_warned_about() {
        assertEquals(List.of(Gap.ofLine(1, "target.warn.quantityWithoutNumber")),
                warningsOf(completeWith(1, quantity().withoutValue())));
    }

    @Test
    void a_quantity_line_without_a_unit_is_warned_about() {
        assertEquals(List.of(Gap.ofLine(1, "target.warn.quantityWithoutNumber")),
                warningsOf(completeWith(1, quantity().withoutUnit())));
    }

    @Test
    void a_qualitative_quantity_line_is_warned_about() {
        assertEquals(List.of(Gap.ofLine(1, "target.warn.quantityWithoutNumber")),
                warningsOf(completeWith(1, quantity().qualitative("完成建设任务"))));
    }

    @Test
    void a_qualitative_line_of_another_level_is_not_warned_about_its_number() {
        assertEquals(List.of(), warningsOf(completeWith(2, quality().qualitative("达到国家验收标准"))));
    }

    // ---- vague wording ----------------------------------------------------------------------

    @Test
    void vague_wording_in_a_quantitative_line_is_warned_about_with_the_word() {
        List<IndicatorLine> lines = completeWith(4, benefit().named("贫困户收入有所提高"));

        assertEquals(List.of(Gap.ofLine(4, "target.warn.vague", "有所提高")), warningsOf(lines));
    }

    @ParameterizedTest
    @ValueSource(strings = {"明显改善", "有所提高", "进一步提升"})
    void vague_wording_in_a_qualitative_line_is_not_warned_about(String text) {
        assertEquals(List.of(), warningsOf(completeWith(4, benefit().named("村容村貌").qualitative(text))));
    }

    // ---- usual range of the reference library -----------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"14", "14.99", "100.01", "500"})
    void a_value_far_outside_the_usual_range_is_warned_about(String value) {
        List<IndicatorLine> lines = completeWith(1, quantity().target(Operator.GE, value, "公里").template(ROAD_TEMPLATE));

        assertEquals(List.of(Gap.ofLine(1, "target.warn.outsideRange", "30", "50")), warningsOf(lines));
    }

    @Test
    void the_range_is_checked_in_the_templates_unit_and_not_at_all_when_the_units_count_different_things() {
        List<IndicatorLine> inMetres = completeWith(1, quantity().target(Operator.GE, "200000", "米").template(ROAD_TEMPLATE));
        assertEquals(List.of(Gap.ofLine(1, "target.warn.outsideRange", "30", "50")), warningsOf(inMetres), "200 km is far above 50 km");
        List<IndicatorLine> nearInMetres = completeWith(1, quantity().target(Operator.GE, "40000", "米").template(ROAD_TEMPLATE));
        assertEquals(List.of(), warningsOf(nearInMetres));
        List<IndicatorLine> households = completeWith(1, quantity().target(Operator.GE, "500", "户").template(ROAD_TEMPLATE));
        assertEquals(List.of(), warningsOf(households), "households cannot be held against a range in kilometres");
    }

    @Test
    void a_cost_written_as_a_floor_is_warned_about_and_a_ceiling_is_not() {
        List<IndicatorLine> floor = new java.util.ArrayList<>(IndicatorLines.complete());
        floor.add(IndicatorLines.cost().target(Operator.GE, "1050", "元").build());
        assertEquals(List.of(Gap.ofLine(6, "target.warn.costFloor", "≥")), warningsOf(floor));
        List<IndicatorLine> ceiling = new java.util.ArrayList<>(IndicatorLines.complete());
        ceiling.add(IndicatorLines.cost().build());
        assertEquals(List.of(), warningsOf(ceiling));
    }

    @ParameterizedTest
    @ValueSource(strings = {"15", "29", "40", "51", "100"})
    void a_value_near_the_usual_range_is_not_warned_about(String value) {
        List<IndicatorLine> lines = completeWith(1, quantity().target(Operator.GE, value, "公里").template(ROAD_TEMPLATE));

        assertEquals(List.of(), warningsOf(lines));
    }

    @Test
    void a_line_not_taken_from_the_library_has_no_usual_range() {
        List<IndicatorLine> lines = completeWith(1, quantity().target(Operator.GE, "500", "公里"));

        assertEquals(List.of(), warningsOf(lines));
    }

    // ---- duplicates -------------------------------------------------------------------------

    @Test
    void a_duplicate_name_is_warned_about_pointing_at_the_first_line() {
        List<IndicatorLine> lines = List.of(quantity().build(), quality().build(), IndicatorLines.timeliness().build(),
                benefit().build(), satisfaction().build(), quantity().named(" 新建 产业路 ").build());

        assertEquals(List.of(Gap.ofLine(6, "target.warn.duplicate", 1)), warningsOf(lines));
    }

    @Test
    void different_names_are_no_duplicates() {
        List<IndicatorLine> lines = List.of(quantity().build(), quantity().named("新建产业路桥梁").build());

        assertEquals(List.of(), warningsOf(lines));
    }

    // ---- satisfaction -----------------------------------------------------------------------

    @Test
    void a_satisfaction_target_below_eighty_percent_is_warned_about() {
        List<IndicatorLine> lines = completeWith(5, satisfaction().target(Operator.GE, "75", "%"));

        assertEquals(List.of(Gap.ofLine(5, "target.warn.lowSatisfaction", "80")), warningsOf(lines));
    }

    @ParameterizedTest
    @ValueSource(strings = {"80", "85"})
    void a_satisfaction_target_of_eighty_percent_or_more_is_not_warned_about(String value) {
        List<IndicatorLine> lines = completeWith(5, satisfaction().target(Operator.GE, value, "%"));

        assertEquals(List.of(), warningsOf(lines));
    }
}
