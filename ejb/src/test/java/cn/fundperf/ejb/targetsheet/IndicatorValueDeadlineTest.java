package cn.fundperf.ejb.targetsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.targetsheet.IndicatorValue.TimeLimit;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What monitoring and scoring ask of a time limit: by which day is it due in a fiscal year. */
class IndicatorValueDeadlineTest {

    /** written | fiscal year | last day */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
            "2023年12月前 | 2023 | 2023-12-31", "2023年12月前 | 2025 | 2023-12-31", "2021年7月 | 2021 | 2021-07-31",
            "9月前 | 2024 | 2024-09-30", "9月前 | 2025 | 2025-09-30", "12月底前 | 2022 | 2022-12-31", "2月底前 | 2024 | 2024-02-29",
            "2月底前 | 2023 | 2023-02-28", "2月29日前 | 2023 | 2023-02-28", "每年12月底前 | 2019 | 2019-12-31", "每年12月底前 | 2020 | 2020-12-31",
            "当年 | 2022 | 2022-12-31", "当年完成 | 2022 | 2022-12-31", "年底前 | 2021 | 2021-12-31", "年内 | 2021 | 2021-12-31",
            "次年3月底前 | 2022 | 2023-03-31", "6月30日前 | 2023 | 2023-06-30", "2023年 | 2024 | 2023-12-31",
            "于2022年12月底前 | 2022 | 2022-12-31"})
    void a_time_limit_is_due_on_the_last_day_of_the_period_it_names(String written, int fiscalYear, LocalDate lastDay) {
        assertEquals(Optional.of(lastDay), IndicatorValue.parse(written).deadline(fiscalYear));
    }

    @Test
    void only_every_year_recurs() {
        assertTrue(((TimeLimit) IndicatorValue.parse("每年12月底前")).isRecurring());
        assertFalse(((TimeLimit) IndicatorValue.parse("12月底前")).isRecurring());
        assertFalse(((TimeLimit) IndicatorValue.parse("2023年12月前")).isRecurring());
    }

    @Test
    void work_finished_on_the_deadline_is_in_time_and_a_day_later_is_not() {
        TimeLimit limit = (TimeLimit) IndicatorValue.parse("9月前");

        assertTrue(limit.isMetBy(LocalDate.of(2024, 9, 30), 2024));
        assertFalse(limit.isMetBy(LocalDate.of(2024, 10, 1), 2024));
    }

    @Test
    void numbers_and_texts_have_no_deadline() {
        assertEquals(Optional.empty(), IndicatorValue.parse("≥100%").deadline(2023));
        assertEquals(Optional.empty(), IndicatorValue.parse("=5年").deadline(2023));
        assertEquals(Optional.empty(), IndicatorValue.parse("按期完成").deadline(2023));
    }
}
