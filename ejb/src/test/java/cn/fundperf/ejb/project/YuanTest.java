package cn.fundperf.ejb.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.fundperf.ejb.business.BusinessException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YuanTest {

    @Test
    void yuan_are_shown_in_wan_to_four_decimals() {
        assertEquals(new BigDecimal("12.3457"), Yuan.toWan(new BigDecimal("123456.78")));
    }

    @Test
    void wan_are_read_back_as_yuan_with_two_decimals() {
        assertEquals(new BigDecimal("123457.00"), Yuan.fromWan(new BigDecimal("12.3457")));
    }

    @ParameterizedTest
    @CsvSource({"123457", "1", "10000", "99999999"})
    void whole_yuan_survive_the_round_trip_through_wan(String yuan) {
        BigDecimal amount = Yuan.of(yuan);

        assertEquals(amount, Yuan.fromWan(Yuan.toWan(amount)));
    }

    @ParameterizedTest
    @CsvSource({"1.005, 1.01", "2.345, 2.35", "2.344, 2.34", "7, 7.00", "0, 0.00"})
    void amounts_are_kept_to_fen_half_up(String amount, String expected) {
        assertEquals(new BigDecimal(expected), Yuan.of(amount));
        assertEquals(new BigDecimal(expected), Yuan.of(new BigDecimal(amount)));
    }

    @Test
    void a_negative_amount_is_refused() {
        BusinessException e = assertThrows(BusinessException.class, () -> Yuan.of("-0.01"));

        assertEquals("money.negative", e.getKey());
    }

    @Test
    void a_negative_amount_in_wan_is_refused() {
        BusinessException e = assertThrows(BusinessException.class, () -> Yuan.fromWan(new BigDecimal("-1")));

        assertEquals("money.negative", e.getKey());
    }

    @Test
    void no_amount_stays_no_amount() {
        assertNull(Yuan.of((BigDecimal) null));
        assertNull(Yuan.toWan(null));
        assertNull(Yuan.fromWan(null));
    }
}
