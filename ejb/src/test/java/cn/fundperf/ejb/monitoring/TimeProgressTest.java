package cn.fundperf.ejb.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeProgressTest {

    private static BigDecimal at(String day, int year) {
        return TimeProgress.at(LocalDate.parse(day), year);
    }

    @Test
    void quarter_ends_of_a_common_year() {
        assertEquals(new BigDecimal("24.7"), at("2026-03-31", 2026), "90 of 365 days");
        assertEquals(new BigDecimal("49.6"), at("2026-06-30", 2026), "181 of 365");
        assertEquals(new BigDecimal("74.8"), at("2026-09-30", 2026), "273 of 365");
        assertEquals(new BigDecimal("100.0"), at("2026-12-31", 2026));
    }

    @Test
    void a_leap_year_has_one_day_more_on_both_sides() {
        assertEquals(new BigDecimal("24.9"), at("2024-03-31", 2024), "91 of 366");
        assertEquals(new BigDecimal("16.4"), at("2024-02-29", 2024), "60 of 366");
        assertEquals(new BigDecimal("74.9"), at("2024-09-30", 2024), "274 of 366");
        assertEquals(new BigDecimal("100.0"), at("2024-12-31", 2024));
    }

    @Test
    void the_first_day_counts_and_days_outside_the_year_are_bounded() {
        assertEquals(new BigDecimal("0.3"), at("2026-01-01", 2026), "1 of 365");
        assertEquals(new BigDecimal("0.0"), at("2025-12-31", 2026), "before the year");
        assertEquals(new BigDecimal("100.0"), at("2027-01-31", 2026), "a report for last year made in January");
    }
}
