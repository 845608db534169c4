package cn.fundperf.ejb.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.targetsheet.IndicatorValue;
import cn.fundperf.ejb.targetsheet.Operator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarningRulesTest {

    private static final WarningRules DEFAULTS = new WarningRules(WarningThresholds.DEFAULTS);
    private static final LocalDate Q3_END = LocalDate.of(2026, 9, 30);   // time progress 74.8 %

    private static ProjectReport spent(String executed, IndicatorReport... lines) {
        return new ProjectReport(2026, Q3_END, Q3_END.plusDays(5), new BigDecimal("1000000"), new BigDecimal(executed), true, 0,
                List.of(lines));
    }

    private static IndicatorReport quantity(String target, Operator operator, String expected) {
        return new IndicatorReport("I1", "道路里程", IndicatorValue.parse(target), operator, null,
                expected == null ? null : new BigDecimal(expected), null, Likelihood.CERTAIN, true);
    }

    private static IndicatorReport stated(String target, Likelihood likelihood) {
        return new IndicatorReport("I2", "群众满意度", IndicatorValue.parse(target), null, null, null, null, likelihood, true);
    }

    private static IndicatorReport timeLimit(String target, LocalDate doneOn) {
        return new IndicatorReport("I3", "完工时间", IndicatorValue.parse(target), null, null, null, doneOn, Likelihood.CERTAIN, true);
    }

    @Test
    void execution_far_behind_time_progress_is_red_and_says_by_how_much() {
        WarningRules.Assessment a = DEFAULTS.assess(spent("312000"));

        assertEquals(WarningLevel.RED, a.level());
        assertEquals(new BigDecimal("31.2"), a.executionRate());
        assertEquals(new BigDecimal("74.8"), a.timeProgress());
        assertEquals(List.of(new Finding(WarningLevel.RED, "monitoring.rule.executionBehind", List.of("31.2", "74.8", "20"), null)),
                a.findings());
    }

    @Test
    void execution_somewhat_behind_is_yellow_and_exactly_twenty_points_is_not_yet_red() {
        assertEquals(WarningLevel.YELLOW, DEFAULTS.assess(spent("600000")).level(), "14.8 points behind");
        WarningRules.Assessment boundary = DEFAULTS.assess(spent("548000"));   // 54.8 = 74.8 − 20
        assertEquals(WarningLevel.YELLOW, boundary.level());
        assertEquals(List.of("54.8", "74.8", "10"), boundary.findings().get(0).arguments());
        assertEquals(WarningLevel.GREEN, DEFAULTS.assess(spent("648000")).level(), "exactly 10 points behind");
        assertEquals(List.of(), DEFAULTS.assess(spent("700000")).findings());
    }

    @Test
    void a_forecast_below_eighty_percent_is_red_below_a_hundred_yellow() {
        WarningRules.Assessment red = DEFAULTS.assess(spent("700000", quantity("≥100公里", Operator.GE, "75")));
        assertEquals(WarningLevel.RED, red.level());
        assertEquals(new Finding(WarningLevel.RED, "monitoring.rule.forecastLow", List.of("道路里程", "75.0", "≥100公里", "80"), "I1"),
                red.findings().get(0));
        assertEquals(new BigDecimal("75.0"), red.indicators().get(0).forecast());

        assertEquals(WarningLevel.YELLOW, DEFAULTS.assess(spent("700000", quantity("≥100公里", Operator.GE, "90"))).level());
        assertEquals(WarningLevel.GREEN, DEFAULTS.assess(spent("700000", quantity("≥100公里", Operator.GE, "120"))).level());
    }

    @Test
    void a_ceiling_is_inverted_so_that_spending_more_than_the_cost_target_is_behind() {
        IndicatorReport atEighty = quantity("≤1600元/亩", Operator.LE, "2000");   // 1600 / 2000 = 80.0 %
        assertEquals(WarningLevel.YELLOW, DEFAULTS.assess(spent("700000", atEighty)).level());
        assertEquals(WarningLevel.RED, DEFAULTS.assess(spent("700000", quantity("≤1600元/亩", Operator.LE, "2100"))).level());
        assertEquals(WarningLevel.GREEN, DEFAULTS.assess(spent("700000", quantity("≤1600元/亩", Operator.LE, "1500"))).level());
        assertEquals(new BigDecimal("100.0"), WarningRules.ratio(BigDecimal.ZERO, new BigDecimal("1600"), Operator.LE), "nothing spent is within");
    }

    @Test
    void a_range_is_met_inside_and_measured_against_the_bound_it_missed() {
        assertEquals(WarningLevel.GREEN, DEFAULTS.assess(spent("700000", quantityRange("93"))).level());
        WarningRules.Assessment low = DEFAULTS.assess(spent("700000", quantityRange("70")));
        assertEquals(WarningLevel.RED, low.level());
        assertEquals(new BigDecimal("77.8"), low.indicators().get(0).forecast(), "70 of the lower bound 90");
    }

    private static IndicatorReport quantityRange(String expected) {
        return new IndicatorReport("I4", "覆盖率", IndicatorValue.parse("90-95%"), null, null, new BigDecimal(expected), null,
                Likelihood.CERTAIN, true);
    }

    @Test
    void a_missing_forecast_is_yellow() {
        assertEquals(List.of(new Finding(WarningLevel.YELLOW, "monitoring.rule.noForecast", List.of("道路里程"), "I1")),
                DEFAULTS.assess(spent("700000", quantity("≥100公里", Operator.GE, null))).findings());
    }

    @Test
    void a_time_limit_is_judged_by_date_not_by_ratio() {
        IndicatorReport open = timeLimit("2026年9月前", null);
        ProjectReport afterDeadline = new ProjectReport(2026, Q3_END, LocalDate.of(2026, 10, 5), new BigDecimal("100"),
                new BigDecimal("70"), true, 0, List.of(open));
        assertEquals(new Finding(WarningLevel.RED, "monitoring.rule.timeLimitOverdue", List.of("完工时间", "2026年9月前", "5"), "I3"),
                DEFAULTS.assess(afterDeadline).findings().get(0));

        assertEquals(WarningLevel.GREEN, DEFAULTS.assess(spent("700000", timeLimit("2026年9月前", LocalDate.of(2026, 7, 20)))).level(),
                "9月前 met by July");
        assertEquals(WarningLevel.RED, DEFAULTS.assess(spent("700000", timeLimit("2026年9月前", LocalDate.of(2026, 10, 2)))).level(),
                "finished after its deadline");

        ProjectReport twentyDaysLeft = new ProjectReport(2026, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 10),
                new BigDecimal("100"), new BigDecimal("60"), true, 0, List.of(open));
        WarningRules.Assessment atRisk = DEFAULTS.assess(twentyDaysLeft);
        assertEquals(WarningLevel.YELLOW, atRisk.level());
        assertEquals(List.of("完工时间", "2026年9月前", "20"), atRisk.findings().get(0).arguments());
        assertNull(atRisk.indicators().get(0).forecast(), "no ratio for a date");

        ProjectReport farAhead = new ProjectReport(2026, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 5),
                new BigDecimal("100"), new BigDecimal("60"), true, 0, List.of(open));
        assertEquals(WarningLevel.GREEN, DEFAULTS.assess(farAhead).level());
    }

    @Test
    void a_qualitative_indicator_goes_by_the_units_statement() {
        assertEquals(WarningLevel.RED, DEFAULTS.assess(spent("700000", stated("明显改善", Likelihood.IMPOSSIBLE))).level());
        assertEquals(WarningLevel.YELLOW, DEFAULTS.assess(spent("700000", stated("明显改善", Likelihood.POSSIBLE))).level());
        assertEquals(WarningLevel.GREEN, DEFAULTS.assess(spent("700000", stated("明显改善", Likelihood.CERTAIN))).level());
    }

    @Test
    void the_units_statement_can_make_a_quantity_worse_but_not_better() {
        IndicatorReport doubted = new IndicatorReport("I1", "道路里程", IndicatorValue.parse("≥100公里"), Operator.GE, null,
                new BigDecimal("120"), null, Likelihood.IMPOSSIBLE, true);
        assertEquals(WarningLevel.RED, DEFAULTS.assess(spent("700000", doubted)).level());
        IndicatorReport hopeful = new IndicatorReport("I1", "道路里程", IndicatorValue.parse("≥100公里"), Operator.GE, null,
                new BigDecimal("70"), null, Likelihood.CERTAIN, true);
        assertEquals(WarningLevel.RED, DEFAULTS.assess(spent("700000", hopeful)).level());
    }

    @Test
    void a_report_more_than_ten_days_overdue_is_red_and_nothing_else_is_judged() {
        ProjectReport missing = new ProjectReport(2026, Q3_END, Q3_END.plusDays(25), new BigDecimal("100"), null, false, 11, List.of());
        WarningRules.Assessment a = DEFAULTS.assess(missing);
        assertEquals(List.of(new Finding(WarningLevel.RED, "monitoring.rule.reportOverdue", List.of("11", "10"), null)), a.findings());
        ProjectReport late = new ProjectReport(2026, Q3_END, Q3_END.plusDays(24), new BigDecimal("100"), null, false, 10, List.of());
        assertEquals(WarningLevel.GREEN, DEFAULTS.assess(late).level(), "ten days are tolerated");
    }

    @Test
    void without_a_released_budget_there_is_no_rate_and_that_is_said() {
        ProjectReport unreleased = new ProjectReport(2026, Q3_END, Q3_END, BigDecimal.ZERO, BigDecimal.ZERO, true, 0, List.of());
        WarningRules.Assessment a = DEFAULTS.assess(unreleased);
        assertNull(a.executionRate());
        assertEquals(List.of(new Finding(WarningLevel.YELLOW, "monitoring.rule.noReleasedBudget", List.of(), null)), a.findings());
    }

    @Test
    void a_value_without_evidence_is_marked_unverified_without_changing_the_level() {
        IndicatorReport bare = new IndicatorReport("I1", "道路里程", IndicatorValue.parse("≥100公里"), Operator.GE, new BigDecimal("60"),
                new BigDecimal("110"), null, Likelihood.CERTAIN, false);
        WarningRules.Assessment a = DEFAULTS.assess(spent("700000", bare));
        assertEquals(WarningLevel.GREEN, a.level());
        assertFalse(a.indicators().get(0).verified());
        assertEquals(new BigDecimal("60.0"), a.indicators().get(0).progress(), "achieved to date in percent of the target");
    }

    @Test
    void a_province_may_set_its_own_thresholds() {
        WarningThresholds lenient = new WarningThresholds(BigDecimal.valueOf(30), BigDecimal.valueOf(15), BigDecimal.valueOf(70),
                BigDecimal.valueOf(90), 15, 20);
        ProjectReport twentyFiveBehind = spent("498000");   // 49.8 = 74.8 − 25
        assertEquals(WarningLevel.RED, DEFAULTS.assess(twentyFiveBehind).level());
        WarningRules.Assessment a = new WarningRules(lenient).assess(twentyFiveBehind);
        assertEquals(WarningLevel.YELLOW, a.level());
        assertEquals(List.of("49.8", "74.8", "15"), a.findings().get(0).arguments());
        assertThrows(IllegalArgumentException.class, () -> new WarningThresholds(BigDecimal.valueOf(10), BigDecimal.valueOf(20),
                BigDecimal.valueOf(80), BigDecimal.valueOf(100), 10, 30), "RED looser than YELLOW");
        assertTrue(lenient.forecastRed().compareTo(lenient.forecastYellow()) < 0);
    }
}
