package cn.fundperf.ejb.targetsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.targetsheet.IndicatorValue.RangeFit;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks of issue 12 §7 that depend on the value: a floor on a cost, and library ranges only in agreeing units. */
class IndicatorValueChecksTest {

    @Test
    void a_written_floor_on_a_cost_is_flagged() {
        // 06-wuchuan: 防疫室84平米 ≥1050元 under 成本指标
        assertTrue(IndicatorValue.parse("≥1050元").isFloorOnCost(IndicatorLevel2.COST));
        assertTrue(IndicatorValue.parse(">1050元").isFloorOnCost(IndicatorLevel2.COST));
    }

    @Test
    void a_ceiling_an_exact_cost_or_an_implied_operator_is_not_flagged() {
        assertFalse(IndicatorValue.parse("≤65万元").isFloorOnCost(IndicatorLevel2.COST));
        assertFalse(IndicatorValue.parse("=23万元/个").isFloorOnCost(IndicatorLevel2.COST));
        assertFalse(IndicatorValue.parse("1600元/亩").isFloorOnCost(IndicatorLevel2.COST));
        assertFalse(IndicatorValue.parse("0-20万元").isFloorOnCost(IndicatorLevel2.COST));
        assertFalse(IndicatorValue.parse("≥20座").isFloorOnCost(IndicatorLevel2.QUANTITY));
    }

    /** value | template min | template max | template unit | fit */
    @ParameterizedTest(name = "{0} against {1}-{2} {3}")
    @CsvSource(delimiter = '|', value = {
            "2km | 1 | 5 | 公里 | USUAL", "20km | 1 | 5 | 公里 | FAR_OUTSIDE", "3000米 | 1 | 5 | 公里 | USUAL", "300米 | 1 | 5 | km | FAR_OUTSIDE",
            "50000元 | 3 | 8 | 万元 | USUAL", "500元 | 3 | 8 | 万元 | FAR_OUTSIDE", "≤65万元 | 300000 | 900000 | 元 | USUAL",
            "490元/平米 | 400 | 600 | 元/平方米 | USUAL", "490元/㎡ | 400 | 600 | 元/平方米 | USUAL", "5万元/公里 | 40 | 60 | 元/米 | USUAL",
            "3500公斤 | 2 | 5 | 吨 | USUAL", "≥95% | 80 | 100 | % | USUAL", "≥10% | 80 | 100 | % | FAR_OUTSIDE", "90-95% | 80 | 100 | % | USUAL",
            "90-500% | 80 | 100 | % | FAR_OUTSIDE",
            // units that do not agree: no comparison at all (issue 12 §7)
            "≥100户 | 1 | 5 | 个 | NOT_COMPARABLE", "≥500人 | 100 | 200 | 人次 | NOT_COMPARABLE", "≤28.40/株 | 20 | 30 | 元/株 | NOT_COMPARABLE",
            ">=85 | 80 | 100 | % | NOT_COMPARABLE", "≥500亩 | 100 | 200 | 平方米 | NOT_COMPARABLE", "≥5 | 1 | 10 | | USUAL",
            "2023年12月前 | 1 | 12 | 月 | NOT_COMPARABLE", "明显改善 | 1 | 5 | 个 | NOT_COMPARABLE"})
    void a_value_is_compared_with_a_template_range_only_in_agreeing_units(String value, BigDecimal min, BigDecimal max, String unit,
            RangeFit fit) {
        assertEquals(fit, IndicatorValue.parse(value).fit(new IndicatorQuality.UsualRange(min, max), unit));
    }

    @Test
    void a_template_without_range_compares_with_nothing() {
        assertEquals(RangeFit.NOT_COMPARABLE, IndicatorValue.parse("2km").fit(new IndicatorQuality.UsualRange(null, null), "km"));
        assertEquals(RangeFit.NOT_COMPARABLE, IndicatorValue.parse("2km").fit(null, "km"));
    }

    /** number | from | to | converted */
    @ParameterizedTest(name = "{0} {1} in {2}")
    @CsvSource(delimiter = '|', value = {
            "2 | km | 公里 | 2", "2 | 公里 | 米 | 2000", "2 | ㎞ | m | 2000", "50 | 厘米 | 米 | 0.5", "120 | 平米 | 平方米 | 120", "120 | ㎡ | m2 | 120",
            "1 | 平方公里 | 平方米 | 1000000", "50000 | 元 | 万元 | 5", "1.5 | 亿元 | 万元 | 15000", "23 | 万元/个 | 元/个 | 230000",
            "490 | 元/平米 | 元/平方米 | 490", "2 | 吨 | 公斤 | 2000", "3 | 斤 | kg | 1.5", "5 | ‰ | % | 0.5", "7 | 亩 | 亩 | 7", "7 | 株 | 株 | 7",
            "7 | KM | km | 7"})
    void units_of_one_measure_convert(BigDecimal number, String from, String to, BigDecimal converted) {
        Optional<BigDecimal> result = IndicatorUnit.convert(number, from, to);
        assertTrue(result.isPresent());
        assertEquals(0, converted.compareTo(result.get()), () -> result.get().toPlainString());
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', value = {"亩 | 平方米", "人 | 人次", "户 | 个", "/株 | 元/株", "% | ", "元 | 元/亩", "万元 | 公里", "年 | 月"})
    void units_of_different_measures_do_not_convert(String from, String to) {
        assertEquals(Optional.empty(), IndicatorUnit.convert(BigDecimal.ONE, from, to));
    }
}
