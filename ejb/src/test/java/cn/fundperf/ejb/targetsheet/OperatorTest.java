package cn.fundperf.ejb.targetsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OperatorTest {

    @ParameterizedTest
    @CsvSource({
            "≥, GE", ">=, GE", "＞=, GE", "≧, GE",
            "≤, LE", "<=, LE", "＜=, LE", "≦, LE",
            "=, EQ", "＝, EQ",
            ">, GT", "＞, GT",
            "<, LT", "＜, LT",
            "定性, QUALITATIVE"})
    void the_symbols_of_the_official_forms_are_read(String symbol, Operator expected) {
        assertEquals(expected, Operator.ofSymbol(symbol));
    }

    @Test
    void a_symbol_with_spaces_around_it_is_read() {
        assertEquals(Operator.GE, Operator.ofSymbol(" ≥ "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"≈", "=>", "约", "GE"})
    void an_unknown_symbol_is_not_read(String symbol) {
        assertNull(Operator.ofSymbol(symbol));
    }

    @ParameterizedTest
    @EnumSource(Operator.class)
    void every_operator_reads_back_from_its_own_symbol(Operator operator) {
        assertEquals(operator, Operator.ofSymbol(operator.symbol()));
    }

    @ParameterizedTest
    @EnumSource(value = Operator.class, names = {"LE", "LT"})
    void at_most_and_less_than_are_reverse(Operator operator) {
        assertTrue(operator.isReverse());
    }

    @ParameterizedTest
    @EnumSource(value = Operator.class, names = {"LE", "LT"}, mode = EnumSource.Mode.EXCLUDE)
    void the_other_operators_are_not_reverse(Operator operator) {
        assertFalse(operator.isReverse());
    }

    @Test
    void only_the_qualitative_operator_is_not_quantitative() {
        assertFalse(Operator.QUALITATIVE.isQuantitative());
        assertTrue(Operator.GE.isQuantitative());
    }

    // ---- a target as stored ------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"≥120户", "100%", "≤0.5天", "90-95%", "2023年12月前", "9月前", "每年12月底前", "当年", "明显改善",
            "第一年按总投资额返本20%,分红按8%分红", "定性：2023"})
    void every_kind_of_value_comes_back_from_its_columns_as_written(String written) {
        IndicatorValue value = IndicatorValue.parse(written);

        IndicatorTarget stored = IndicatorTarget.of(value);

        assertEquals(value, stored.value());
        assertEquals(value.print(), stored.display());
    }

    @Test
    void the_kind_is_kept_so_that_sql_can_tell_time_limits_from_numbers() {
        assertEquals(IndicatorTarget.Kind.TIME_LIMIT, IndicatorTarget.of(IndicatorValue.parse("2026年9月前")).kind());
        assertEquals(IndicatorTarget.Kind.QUANTITY, IndicatorTarget.of(IndicatorValue.parse("1600元/亩")).kind());
        assertEquals(IndicatorTarget.Kind.RANGE, IndicatorTarget.of(IndicatorValue.parse("90-95%")).kind());
        assertEquals(IndicatorTarget.Kind.QUALITATIVE, IndicatorTarget.of(IndicatorValue.parse("明显改善")).kind());
    }

    @Test
    void targets_with_the_same_number_written_differently_are_equal() {
        assertEquals(IndicatorTarget.of(IndicatorValue.parse("≥120户")), IndicatorTarget.of(IndicatorValue.parse("≥ 120.00 户")));
        assertEquals(IndicatorTarget.of(IndicatorValue.parse("≥120户")).hashCode(),
                IndicatorTarget.of(IndicatorValue.parse("≥120.00户")).hashCode());
    }
}
