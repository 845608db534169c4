package cn.fundperf.ejb.target;

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

    // ---- display of a target ----------------------------------------------------------------

    @Test
    void a_number_target_is_displayed_as_the_forms_write_it() {
        assertEquals("≥120户", IndicatorTarget.quantitative(Operator.GE, new BigDecimal("120.00"), "户").display());
        assertEquals("=100%", IndicatorTarget.quantitative(Operator.EQ, new BigDecimal("100"), "%").display());
        assertEquals("≤0.5天", IndicatorTarget.quantitative(Operator.LE, new BigDecimal("0.50"), " 天 ").display());
    }

    @Test
    void a_qualitative_target_is_displayed_as_its_text() {
        assertEquals("明显改善", IndicatorTarget.qualitative(" 明显改善 ").display());
    }

    @Test
    void a_qualitative_target_drops_number_and_unit() {
        IndicatorTarget target = new IndicatorTarget(Operator.QUALITATIVE, new BigDecimal("5"), "达标", "户");

        assertNull(target.getValue());
        assertNull(target.getUnit());
        assertEquals("达标", target.display());
    }

    @Test
    void targets_with_the_same_number_written_differently_are_equal() {
        assertEquals(IndicatorTarget.quantitative(Operator.GE, new BigDecimal("120"), "户"),
                IndicatorTarget.quantitative(Operator.GE, new BigDecimal("120.00"), "户"));
        assertEquals(IndicatorTarget.quantitative(Operator.GE, new BigDecimal("120"), "户").hashCode(),
                IndicatorTarget.quantitative(Operator.GE, new BigDecimal("120.00"), "户").hashCode());
    }
}
