package cn.fundperf.ejb.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonitoringCalendarTest {

    @Test
    void quarterly_periods_open_the_day_after_the_quarter_and_give_ten_days() {
        List<PeriodPlan> plans = MonitoringCalendar.defaults(2026, MonitoringPractice.QUARTERLY, 10);

        assertEquals(List.of("2026年第一季度", "2026年第二季度", "2026年第三季度", "2026年第四季度"),
                plans.stream().map(PeriodPlan::name).toList());
        assertEquals(new PeriodPlan("2026年第一季度", LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10)),
                plans.get(0));
        assertEquals(LocalDate.of(2026, 6, 30), plans.get(1).periodEnd());
        assertEquals(LocalDate.of(2027, 1, 10), plans.get(3).deadline(), "the last quarter reports in January");
    }

    @Test
    void the_concentrated_practice_monitors_january_to_july_during_august() {
        assertEquals(List.of(new PeriodPlan("2026年1—7月（集中监控）", LocalDate.of(2026, 7, 31), LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 8, 31))), MonitoringCalendar.defaults(2026, MonitoringPractice.AUGUST_CONCENTRATED, 10));
    }

    @Test
    void reminders_go_out_seven_three_and_one_day_before_the_deadline_but_not_before_the_opening() {
        PeriodPlan q1 = MonitoringCalendar.defaults(2026, MonitoringPractice.QUARTERLY, 10).get(0);
        assertEquals(List.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 9)), q1.reminderDays(List.of(7, 3, 1)));

        PeriodPlan short5 = MonitoringCalendar.defaults(2026, MonitoringPractice.QUARTERLY, 5).get(0);   // 1–5 April
        assertEquals(List.of(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 4)), short5.reminderDays(List.of(7, 3, 1)),
                "seven days before would be before the period opens");
    }

    @Test
    void days_overdue_count_from_the_day_after_the_deadline() {
        PeriodPlan q1 = MonitoringCalendar.defaults(2026, MonitoringPractice.QUARTERLY, 10).get(0);
        assertEquals(0, q1.daysOverdue(LocalDate.of(2026, 4, 10)));
        assertEquals(1, q1.daysOverdue(LocalDate.of(2026, 4, 11)));
        assertEquals(11, q1.daysOverdue(LocalDate.of(2026, 4, 21)));
    }

    @Test
    void an_ad_hoc_period_cannot_close_before_it_opens_or_measure_beyond_its_deadline() {
        assertThrows(IllegalArgumentException.class, () -> new PeriodPlan("专项", LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 10),
                LocalDate.of(2026, 6, 1)));
        assertThrows(IllegalArgumentException.class, () -> new PeriodPlan("专项", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 20)));
        assertThrows(IllegalArgumentException.class, () -> MonitoringCalendar.defaults(2026, MonitoringPractice.QUARTERLY, 0));
    }

    @Test
    void key_projects_report_every_month_no_quarter_ends() {
        List<PeriodPlan> key = MonitoringCalendar.keyMonthly(2028, MonitoringPractice.QUARTERLY, 5);

        assertEquals(8, key.size(), "the quarter ends are the quarterly periods' own");
        assertEquals(new PeriodPlan("2028年2月（重点监控）", LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 1), LocalDate.of(2028, 3, 5)),
                key.get(1));
        assertTrue(key.stream().noneMatch(plan -> plan.periodEnd().getMonthValue() % 3 == 0));
    }
}
