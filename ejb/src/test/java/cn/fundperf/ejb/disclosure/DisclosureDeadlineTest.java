package cn.fundperf.ejb.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.disclosure.DisclosureDeadline.Standing;
import cn.fundperf.ejb.platform.WorkingCalendar;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 公开时限: within 20 working days of approval; overdue after, due soon in the last five. */
class DisclosureDeadlineTest {

    private static final WorkingCalendar OCTOBER_2026 = WorkingCalendar.of(Map.of(
            "fundperf.calendar.holidays.2026", "2026-10-01..2026-10-07",
            "fundperf.calendar.make-up-days.2026", "2026-09-20, 2026-10-10"));

    private final DisclosureDeadline rule = new DisclosureDeadline(OCTOBER_2026, 20, 5);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void the_due_day_is_the_twentieth_working_day_after_approval() {
        assertEquals(d("2026-06-29"), rule.dueOn(d("2026-06-01")), "June: four plain weeks");
        assertEquals(d("2026-10-29"), rule.dueOn(d("2026-09-25")), "over 国庆: seven days off, one Saturday worked");
    }

    @Test
    void a_target_is_on_time_then_due_soon_then_overdue() {
        LocalDate approved = d("2026-06-01");
        assertEquals(Standing.ON_TIME, rule.standing(approved, d("2026-06-10")));
        assertEquals(Standing.ON_TIME, rule.standing(approved, d("2026-06-19")), "six working days left");
        assertEquals(Standing.DUE_SOON, rule.standing(approved, d("2026-06-22")), "five working days left");
        assertEquals(5, rule.workingDaysLeft(approved, d("2026-06-22")));
        assertEquals(Standing.DUE_SOON, rule.standing(approved, d("2026-06-29")), "the due day itself is in time");
        assertEquals(0, rule.daysOverdue(approved, d("2026-06-29")));
        assertEquals(Standing.OVERDUE, rule.standing(approved, d("2026-06-30")));
        assertEquals(1, rule.daysOverdue(approved, d("2026-06-30")));
        assertEquals(12, rule.daysOverdue(approved, d("2026-07-11")), "days overdue are calendar days");
    }

    @Test
    void a_publication_on_the_due_day_is_in_time_and_the_day_after_is_late() {
        assertTrue(rule.inTime(d("2026-06-01"), d("2026-06-29")));
        assertFalse(rule.inTime(d("2026-06-01"), d("2026-06-30")));
    }

    @Test
    void the_list_bound_is_the_latest_approval_day_that_is_due_soon_or_overdue() {
        LocalDate today = d("2026-06-22");
        LocalDate bound = rule.listedUpTo(today);
        assertEquals(d("2026-06-01"), bound);
        assertEquals(Standing.DUE_SOON, rule.standing(bound, today));
        assertEquals(Standing.ON_TIME, rule.standing(bound.plusDays(1), today));
        for (LocalDate approved = d("2026-04-01"); approved.isBefore(d("2026-06-23")); approved = approved.plusDays(1)) {
            boolean listed = rule.standing(approved, today) != Standing.ON_TIME;
            assertEquals(listed, !approved.isAfter(bound), "approved " + approved);
        }
    }

    @Test
    void the_overdue_bound_is_the_latest_approval_day_already_past_its_due_day() {
        assertEquals(d("2026-06-01"), rule.overdueUpTo(d("2026-06-30")));
        assertEquals(d("2026-05-31"), rule.overdueUpTo(d("2026-06-29")), "on its due day a target is not overdue yet (approved on a weekend: due as from the Friday)");
    }

    @Test
    void the_setting_must_be_a_positive_number_of_days() {
        assertThrows(IllegalArgumentException.class, () -> new DisclosureDeadline(OCTOBER_2026, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> new DisclosureDeadline(OCTOBER_2026, 20, -1));
    }
}
