package cn.fundperf.ejb.targetsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.targetsheet.IndicatorValue.Qualitative;
import cn.fundperf.ejb.targetsheet.IndicatorValue.Quantity;
import cn.fundperf.ejb.targetsheet.IndicatorValue.Range;
import cn.fundperf.ejb.targetsheet.IndicatorValue.TimeLimit;
import cn.fundperf.ejb.targetsheet.IndicatorValue.TimeLimit.Qualifier;
import cn.fundperf.ejb.targetsheet.IndicatorValue.TimeLimit.Year;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every distinct value string of the real published 申报表/自评表 (/work/h-fixtures/INDEX.md,
 * "Distinct value forms seen"), the forms issue 12 names, and the written variants offices use:
 * each reads as the kind and parts it means and prints to a form that reads back the same.
 */
class IndicatorValueFormsTest {

    /** written | operator as written (empty: none) | number | unit | canonical print */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // 1. ASCII two-character operator
            ">=20平方米 | ≥ | 20 | 平方米 | ≥20平方米", ">=4个 | ≥ | 4 | 个 | ≥4个", ">=60亩 | ≥ | 60 | 亩 | ≥60亩",
            ">=98% | ≥ | 98 | % | ≥98%", ">=95% | ≥ | 95 | % | ≥95%", ">=90% | ≥ | 90 | % | ≥90%",
            ">=6万元 | ≥ | 6 | 万元 | ≥6万元", ">=2.61万元 | ≥ | 2.61 | 万元 | ≥2.61万元", ">=60000人 | ≥ | 60000 | 人 | ≥60000人",
            ">=29人 | ≥ | 29 | 人 | ≥29人", ">=1102人 | ≥ | 1102 | 人 | ≥1102人", ">=8% | ≥ | 8 | % | ≥8%",
            ">=17600株 | ≥ | 17600 | 株 | ≥17600株", ">=100% | ≥ | 100 | % | ≥100%",
            // 2. ASCII <= on unit costs
            "<=475元/亩 | ≤ | 475 | 元/亩 | ≤475元/亩", "<=2875元/个 | ≤ | 2875 | 元/个 | ≤2875元/个",
            "<=3000元/平方米 | ≤ | 3000 | 元/平方米 | ≤3000元/平方米",
            // 3. = prefix
            "=10个 | = | 10 | 个 | =10个", "=5年 | = | 5 | 年 | =5年", "=23万元/个 | = | 23 | 万元/个 | =23万元/个",
            "=46.16万元 | = | 46.16 | 万元 | =46.16万元",
            // 4. ≥ + number + unit
            "≥100公里 | ≥ | 100 | 公里 | ≥100公里", "≥20座 | ≥ | 20 | 座 | ≥20座", "≥100% | ≥ | 100 | % | ≥100%",
            "≥500人 | ≥ | 500 | 人 | ≥500人", "≥1000人 | ≥ | 1000 | 人 | ≥1000人", "≥500亩 | ≥ | 500 | 亩 | ≥500亩",
            "≥200亩 | ≥ | 200 | 亩 | ≥200亩", "≥20年 | ≥ | 20 | 年 | ≥20年", "≥95% | ≥ | 95 | % | ≥95%",
            "≥80万元 | ≥ | 80 | 万元 | ≥80万元", "≥10户 | ≥ | 10 | 户 | ≥10户", "≥1个 | ≥ | 1 | 个 | ≥1个", "≥90% | ≥ | 90 | % | ≥90%",
            "≥266米 | ≥ | 266 | 米 | ≥266米", "≥50厘米 | ≥ | 50 | 厘米 | ≥50厘米", "≥11.376万元 | ≥ | 11.376 | 万元 | ≥11.376万元",
            "≥1290.3平方米 | ≥ | 1290.3 | 平方米 | ≥1290.3平方米",
            // 5. ≥ on a cost (flagged separately)
            "≥1050元 | ≥ | 1050 | 元 | ≥1050元",
            // 6. ≤
            "≤120万元 | ≤ | 120 | 万元 | ≤120万元", "≤65万元 | ≤ | 65 | 万元 | ≤65万元",
            // 7. broken unit: kept as written, the trailing zero is not
            "≤28.40/株 | ≤ | 28.4 | /株 | ≤28.4/株",
            // 8. no operator
            "100% | | 100 | % | 100%", "95% | | 95 | % | 95%", "2km | | 2 | km | 2km", "1座 | | 1 | 座 | 1座",
            "3550平方米 | | 3550 | 平方米 | 3550平方米", "3500公斤 | | 3500 | 公斤 | 3500公斤", "50000元 | | 50000 | 元 | 50000元",
            "20万元 | | 20 | 万元 | 20万元", "12万元 | | 12 | 万元 | 12万元", "90人 | | 90 | 人 | 90人", "29.5亩 | | 29.5 | 亩 | 29.5亩",
            "1.5亩 | | 1.5 | 亩 | 1.5亩", "5亩 | | 5 | 亩 | 5亩", "20亩 | | 20 | 亩 | 20亩", "3亩 | | 3 | 亩 | 3亩",
            "5.5亩 | | 5.5 | 亩 | 5.5亩", "6亩 | | 6 | 亩 | 6亩", "1亩 | | 1 | 亩 | 1亩", "4.5亩 | | 4.5 | 亩 | 4.5亩",
            "4.7亩 | | 4.7 | 亩 | 4.7亩", "192只 | | 192 | 只 | 192只", "180只 | | 180 | 只 | 180只", "283只 | | 283 | 只 | 283只",
            "500只 | | 500 | 只 | 500只", "12头 | | 12 | 头 | 12头", "80头 | | 80 | 头 | 80头", "3头 | | 3 | 头 | 3头",
            "1290.3平方米 | | 1290.3 | 平方米 | 1290.3平方米",
            // 9. unit costs without operator
            "1600元/亩 | | 1600 | 元/亩 | 1600元/亩", "490元/平米 | | 490 | 元/平米 | 490元/平米", "300元/米 | | 300 | 元/米 | 300元/米",
            "550元/平米 | | 550 | 元/平米 | 550元/平米",
            // 10. a rate without %
            ">=85 | ≥ | 85 | | ≥85",
            // 11. bare numbers (unit in the indicator's name)
            "10 | | 10 | | 10", "550 | | 550 | | 550", "3 | | 3 | | 3", "20 | | 20 | | 20",
            // 15. worded operator
            "大于等于10157.6平方米 | ≥ | 10157.6 | 平方米 | ≥10157.6平方米",
    })
    void a_published_quantity_reads_as_operator_number_and_unit(String written, String operator, String number, String unit, String printed) {
        IndicatorValue value = IndicatorValue.parse(written);

        Quantity quantity = assertInstanceOf(Quantity.class, value);
        assertEquals(operator == null ? null : Operator.ofSymbol(operator), quantity.operator());
        assertEquals(operator != null, quantity.operatorWritten());
        assertEquals(0, new BigDecimal(number).compareTo(quantity.number()));
        assertEquals(unit, quantity.unit());
        assertEquals(printed, value.print());
        assertEquals(value, IndicatorValue.parse(value.print()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the forms
            "100% | | 100 | % | 100%", "2km | | 2 | km | 2km", "1600元/亩 | | 1600 | 元/亩 | 1600元/亩", "50000元 | | 50000 | 元 | 50000元",
            // operators as offices type them: full-width, ≧, words, suffixes
            "＞＝95% | ≥ | 95 | % | ≥95%", "＞= 95% | ≥ | 95 | % | ≥95%", "≧95% | ≥ | 95 | % | ≥95%", "不低于95% | ≥ | 95 | % | ≥95%",
            "不少于20户 | ≥ | 20 | 户 | ≥20户", "大于或等于3个 | ≥ | 3 | 个 | ≥3个", "至少2座 | ≥ | 2 | 座 | ≥2座",
            "＜＝120万元 | ≤ | 120 | 万元 | ≤120万元", "≦120万元 | ≤ | 120 | 万元 | ≤120万元", "小于等于5% | ≤ | 5 | % | ≤5%",
            "不高于5% | ≤ | 5 | % | ≤5%", "不超过120万元 | ≤ | 120 | 万元 | ≤120万元", "不得超过3天 | ≤ | 3 | 天 | ≤3天",
            "＝10个 | = | 10 | 个 | =10个", "等于10个 | = | 10 | 个 | =10个",
            "＞0 | > | 0 | | >0", "大于50人 | > | 50 | 人 | >50人", "超过50人 | > | 50 | 人 | >50人",
            "＜5% | < | 5 | % | <5%", "低于5% | < | 5 | % | <5%", "不足5% | < | 5 | % | <5%",
            "95%以上 | ≥ | 95 | % | ≥95%", "95%及以上 | ≥ | 95 | % | ≥95%", "≥95%以上 | ≥ | 95 | % | ≥95%",
            "5%以下 | ≤ | 5 | % | ≤5%", "3个月内 | ≤ | 3 | 个月 | ≤3个月", "10天以内 | ≤ | 10 | 天 | ≤10天",
            // numbers as offices type them
            ">=60,000人 | ≥ | 60000 | 人 | ≥60000人", "≥1,234,567.5元 | ≥ | 1234567.5 | 元 | ≥1234567.5元", "≥１００％ | ≥ | 100 | % | ≥100%",
            "≥ 20 座 | ≥ | 20 | 座 | ≥20座", "　１，０００人　 | | 1000 | 人 | 1000人", "007个 | | 7 | 个 | 7个", "2.50万元 | | 2.5 | 万元 | 2.5万元",
            "-5% | | -5 | % | -5%", "≥-5% | ≥ | -5 | % | ≥-5%",
            // units of the brief and of the library
            "5‰ | | 5 | ‰ | 5‰", "120人次 | | 120 | 人次 | 120人次", "3000元/人 | | 3000 | 元/人 | 3000元/人",
            "2万元/个 | | 2 | 万元/个 | 2万元/个", "2公里 | | 2 | 公里 | 2公里", "300米 | | 300 | 米 | 300米", "5年 | | 5 | 年 | 5年",
            "3个月 | | 3 | 个月 | 3个月", "30天 | | 30 | 天 | 30天", "120㎡ | | 120 | ㎡ | 120㎡", "300m2 | | 300 | m2 | 300m2",
            "1.5万人 | | 1.5 | 万人 | 1.5万人", "10个行政村 | | 10 | 个行政村 | 10个行政村",
    })
    void operators_numbers_and_units_are_read_in_every_common_spelling(String written, String operator, String number, String unit,
            String printed) {
        a_published_quantity_reads_as_operator_number_and_unit(written, operator, number, unit, printed);
    }

    /** written | year | calendar year | month | day | qualifier | canonical print */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // 12, 13: seen in the fixtures
            "2021年7月 | CALENDAR | 2021 | 7 | | NONE | 2021年7月", "2021年9月 | CALENDAR | 2021 | 9 | | NONE | 2021年9月",
            "每年12月底前 | EVERY | | 12 | | BY_END | 每年12月底前",
            // named by issue 12 and the brief
            "2023年12月前 | CALENDAR | 2023 | 12 | | BEFORE | 2023年12月前", "9月前 | UNSTATED | | 9 | | BEFORE | 9月前",
            "当年完成 | CURRENT | | | | NONE | 当年", "当年 | CURRENT | | | | NONE | 当年", "12月底前 | UNSTATED | | 12 | | BY_END | 12月底前",
            "年底前 | UNSTATED | | | | BY_END | 年底前",
            // seen outside value cells, and common variants
            "于2022年12月底前 | CALENDAR | 2022 | 12 | | BY_END | 2022年12月底前", "2023年底前 | CALENDAR | 2023 | | | BY_END | 2023年底前",
            "2023年年底前 | CALENDAR | 2023 | | | BY_END | 2023年底前", "2023年 | CALENDAR | 2023 | | | NONE | 2023年",
            "2023年度内 | CALENDAR | 2023 | | | WITHIN | 2023年内", "当年度内 | CURRENT | | | | WITHIN | 当年内", "本年度 | CURRENT | | | | NONE | 当年",
            "年内 | UNSTATED | | | | WITHIN | 年内", "年末 | UNSTATED | | | | END | 年底", "每年年底前 | EVERY | | | | BY_END | 每年底前",
            "次年3月底前 | NEXT | | 3 | | BY_END | 次年3月底前", "明年6月 | NEXT | | 6 | | NONE | 次年6月",
            "2023年12月31日前 | CALENDAR | 2023 | 12 | 31 | BEFORE | 2023年12月31日前", "6月30日以前 | UNSTATED | | 6 | 30 | BEFORE | 6月30日前",
            "2023-12-31 | CALENDAR | 2023 | 12 | 31 | NONE | 2023年12月31日", "2023/6/30前 | CALENDAR | 2023 | 6 | 30 | BEFORE | 2023年6月30日前",
            "2023年07月之前 | CALENDAR | 2023 | 7 | | BEFORE | 2023年7月前", "12月内 | UNSTATED | | 12 | | WITHIN | 12月内",
            "12月末 | UNSTATED | | 12 | | END | 12月底", "２０２３年１２月前完成 | CALENDAR | 2023 | 12 | | BEFORE | 2023年12月前",
            "2023 年 12 月前 | CALENDAR | 2023 | 12 | | BEFORE | 2023年12月前", "9月 | UNSTATED | | 9 | | NONE | 9月",
    })
    void a_time_limit_reads_as_year_month_and_qualifier(String written, Year year, Integer calendarYear, Integer month, Integer day,
            Qualifier qualifier, String printed) {
        IndicatorValue value = IndicatorValue.parse(written);

        assertEquals(new TimeLimit(year, calendarYear, month, day, qualifier), value);
        assertEquals(printed, value.print());
        assertEquals(value, IndicatorValue.parse(value.print()));
    }

    /** written | lower | upper | unit | canonical print */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "0-20 | 0 | 20 | | 0-20", "90%~95% | 90 | 95 | % | 90-95%", "90~95% | 90 | 95 | % | 90-95%", "90%～95% | 90 | 95 | % | 90-95%",
            "1000—2000元/亩 | 1000 | 2000 | 元/亩 | 1000-2000元/亩", "3至5个 | 3 | 5 | 个 | 3-5个", "1,000-2,000人 | 1000 | 2000 | 人 | 1000-2000人",
            "-5~3% | -5 | 3 | % | -5~3%",
    })
    void a_range_reads_as_both_bounds_and_one_unit(String written, String lower, String upper, String unit, String printed) {
        IndicatorValue value = IndicatorValue.parse(written);

        assertEquals(Range.of(lower, upper, unit), value);
        assertEquals(printed, value.print());
        assertEquals(value, IndicatorValue.parse(value.print()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // 16-18: seen in the fixtures
            "显著提升", "第一年按总投资额返本20%,分红按8%分红", "生态修复功能提高", "持续发展",
            // the brief's and other texts with digits: more than operator, number and unit
            "明显改善", "完成项目主体工程70%", "100%完成", "≥95%以下", "2023年4月-2024年2月", "2023.07-2024.01", "20-10",
            "2月30日", "每年", "当年前", "10 20", "1.", "约50人", "5年7月", "=>5", "≥", "—", "定性"})
    void anything_else_is_qualitative_text_kept_as_written(String written) {
        IndicatorValue value = IndicatorValue.parse(written);

        assertEquals(new Qualitative(written), value);
        assertEquals(written, value.print());
        assertEquals(value, IndicatorValue.parse(value.print()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000"})
    void an_empty_cell_is_no_value(String written) {
        // 19: empty template rows; whether that is a gap is for the sheet checks to say
        assertThrows(IllegalArgumentException.class, () -> IndicatorValue.parse(written));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "100% | 定性：100%", "2023年12月前 | 定性：2023年12月前", "9月前 | 定性：9月前", "≥20座 | 定性：≥20座", "0-20 | 定性：0-20",
            "当年 | 定性：当年", "定性：明显改善 | 定性：定性：明显改善", "第一年按总投资额返本20%,分红按8%分红 | 第一年按总投资额返本20%,分红按8%分红",
            "明显改善 | 明显改善"})
    void qualitative_text_that_would_read_as_a_number_or_date_is_printed_with_the_marker(String text, String printed) {
        Qualitative value = new Qualitative(text);

        assertEquals(printed, value.print());
        assertEquals(value, IndicatorValue.parse(value.print()));
    }

    @Test
    void the_marker_is_read_with_either_colon_and_dropped() {
        assertEquals(new Qualitative("100%"), IndicatorValue.parse("定性:100%"));
        assertEquals(new Qualitative("明显改善"), IndicatorValue.parse(" 定性： 明显改善 "));
    }

    @Test
    void a_written_operator_is_printed_back_and_an_implied_one_is_not() {
        Quantity implied = (Quantity) IndicatorValue.parse("100%");
        Quantity written = (Quantity) IndicatorValue.parse("=100%");

        assertFalse(implied.operatorWritten());
        assertTrue(written.operatorWritten());
        assertEquals(Operator.GE, implied.operator(IndicatorLevel2.QUALITY, ImplicitOperators.defaults()));
        assertEquals(Operator.EQ, written.operator(IndicatorLevel2.QUALITY, ImplicitOperators.defaults()));
        assertEquals("100%", implied.print());
        assertEquals("=100%", written.print());
        assertFalse(implied.equals(written));
    }

    @Test
    void a_quantity_that_would_print_as_a_date_needs_an_operator() {
        assertThrows(IllegalArgumentException.class, () -> Quantity.of(null, "2023", "年"));
        assertThrows(IllegalArgumentException.class, () -> Quantity.of(null, "9", "月"));
        assertEquals("=9月", Quantity.of(Operator.EQ, "9", "月").print());
        assertEquals(Quantity.of(Operator.EQ, "9", "月"), IndicatorValue.parse("=9月"));
        // a thousands separator does not turn a year into a number of years
        assertEquals(new Qualitative("2,023年"), IndicatorValue.parse("2,023年"));
    }

    @Test
    void a_unit_the_grammar_would_not_read_back_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> Quantity.of(Operator.GE, "1", "%完成"));
        assertThrows(IllegalArgumentException.class, () -> Quantity.of(Operator.GE, "1", "个 村"));
        assertThrows(IllegalArgumentException.class, () -> Quantity.of(Operator.GE, "1", "人以上"));
        assertThrows(IllegalArgumentException.class, () -> Quantity.of(Operator.QUALITATIVE, "1", "人"));
        assertThrows(IllegalArgumentException.class, () -> Range.of("5", "5", "人"));
        assertThrows(IllegalArgumentException.class, () -> new TimeLimit(Year.EVERY, null, null, null, Qualifier.NONE));
    }
}
