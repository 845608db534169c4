package cn.fundperf.ejb.targetsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.targetsheet.IndicatorValue.Quantity;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What "100%", "2km", "1600元/亩" without operator stand for, per kind of indicator and as configured. */
class ImplicitOperatorsTest {

    /** written | kind | operator it stands for by default */
    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(delimiter = '|', value = {
            "2km | QUANTITY | =", "1座 | QUANTITY | =", "100% | QUANTITY | ≥", "100% | QUALITY | ≥", "100% | TIMELINESS | ≥",
            "10 | TIMELINESS | ≤", "1600元/亩 | COST | ≤", "50000元 | COST | ≤", "5% | COST | ≤", "3500公斤 | ECONOMIC | ≥",
            "90人 | SOCIAL | ≥", "500亩 | ECOLOGICAL | ≥", "20年 | SUSTAINABLE | ≥", "95% | SATISFACTION | ≥",
            // a written operator always wins
            "=100% | QUALITY | =", "≥1050元 | COST | ≥"})
    void an_operator_less_value_stands_for_the_operator_of_its_kind(String written, IndicatorLevel2 level2, String operator) {
        Quantity quantity = (Quantity) IndicatorValue.parse(written);

        assertEquals(Operator.ofSymbol(operator), ImplicitOperators.defaults().operatorOf(level2, quantity));
        assertEquals(written, quantity.print());
    }

    @Test
    void a_province_sets_its_own_reading_in_the_rules() {
        Properties rules = new Properties();
        rules.setProperty("fundperf.indicators.implicit-operator.QUANTITY", "GE");
        rules.setProperty("fundperf.indicators.implicit-operator.COST", "=");
        rules.setProperty("fundperf.indicators.implicit-operator.QUALITY.rate", " eq ");
        ImplicitOperators implicit = ImplicitOperators.from(rules);

        assertEquals(Operator.GE, implicit.implied(IndicatorLevel2.QUANTITY, false));
        assertEquals(Operator.EQ, implicit.implied(IndicatorLevel2.COST, false));
        assertEquals(Operator.EQ, implicit.implied(IndicatorLevel2.QUALITY, true));
        assertEquals(Operator.GE, implicit.implied(IndicatorLevel2.QUANTITY, true));
        assertEquals(ImplicitOperators.defaults().implied(IndicatorLevel2.SOCIAL, false), implicit.implied(IndicatorLevel2.SOCIAL, false));
    }

    @Test
    void a_setting_that_is_no_comparison_fails_naming_the_key() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ImplicitOperators.from(key -> key.endsWith(".COST") ? Optional.of("定性") : Optional.empty()));
        assertTrue(refused.getMessage().contains("fundperf.indicators.implicit-operator.COST"), refused.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ImplicitOperators.from(key -> key.endsWith(".SOCIAL") ? Optional.of("at least") : Optional.empty()));
    }

    @Test
    void the_settings_read_back_as_written() {
        ImplicitOperators defaults = ImplicitOperators.defaults();
        Properties written = defaults.asProperties();

        assertEquals(IndicatorLevel2.values().length * 2, written.size());
        assertEquals("LE", written.getProperty("fundperf.indicators.implicit-operator.COST"));
        assertEquals(defaults, ImplicitOperators.from(written));
        assertEquals(defaults, ImplicitOperators.from(key -> Optional.ofNullable(Map.<String, String>of().get(key))));
    }
}
