package cn.fundperf.ejb.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stored due time: nothing before it, one run (the latest period) after it however long the downtime. */
class CatchUpTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final JobSchedule NIGHTLY = new JobSchedule(LocalTime.of(2, 30), BEIJING);
    private static final ScheduledJob JOB = ScheduledJob.AUDIT_CHAIN_VERIFICATION;

    private static LocalDateTime at(String instant) {
        return LocalDateTime.now(Clock.fixed(Instant.parse(instant), BEIJING));
    }

    @Test
    void a_job_seen_for_the_first_time_owes_nothing_until_its_next_due_time() {
        LocalDateTime now = at("2026-11-29T08:00:00Z");   // 16:00 Beijing
        JobDue due = new JobDue(JOB, NIGHTLY, now);
        assertEquals(LocalDateTime.of(2026, 11, 30, 2, 30), due.getNextDueAt());
        assertEquals(Optional.empty(), due.takeOwedRun(NIGHTLY, now));
    }

    @Test
    void at_the_due_time_the_period_is_owed_once_and_the_next_due_time_is_tomorrow() {
        JobDue due = new JobDue(JOB, NIGHTLY, LocalDateTime.of(2026, 11, 29, 16, 0));
        LocalDateTime dueTime = LocalDateTime.of(2026, 11, 30, 2, 30);

        Optional<LocalDateTime> owed = due.takeOwedRun(NIGHTLY, dueTime);

        assertEquals(Optional.of(dueTime), owed);
        assertEquals("2026-11-30", JOB.periodKey(owed.get()));
        assertEquals(LocalDateTime.of(2026, 12, 1, 2, 30), due.getNextDueAt());
        assertEquals(Optional.empty(), due.takeOwedRun(NIGHTLY, dueTime.plusSeconds(15)), "the next tick owes nothing");
    }

    @Test
    void after_days_of_downtime_one_run_for_the_latest_period_is_owed_not_one_per_missed_day() {
        JobDue due = new JobDue(JOB, NIGHTLY, LocalDateTime.of(2026, 11, 20, 12, 0));   // next due 21st 02:30
        LocalDateTime back = LocalDateTime.of(2026, 11, 25, 9, 15);                       // servers back on the 25th

        Optional<LocalDateTime> owed = due.takeOwedRun(NIGHTLY, back);

        assertEquals(Optional.of(LocalDateTime.of(2026, 11, 25, 2, 30)), owed, "today's run, late");
        assertEquals("2026-11-25", JOB.periodKey(owed.get()));
        assertEquals(LocalDateTime.of(2026, 11, 26, 2, 30), due.getNextDueAt());
        assertTrue(due.takeOwedRun(NIGHTLY, back.plusMinutes(1)).isEmpty());
    }

    @Test
    void back_before_todays_time_the_owed_run_is_yesterdays() {
        JobDue due = new JobDue(JOB, NIGHTLY, LocalDateTime.of(2026, 11, 20, 12, 0));
        LocalDateTime back = LocalDateTime.of(2026, 11, 25, 1, 0);

        assertEquals(Optional.of(LocalDateTime.of(2026, 11, 24, 2, 30)), due.takeOwedRun(NIGHTLY, back));
        assertEquals(LocalDateTime.of(2026, 11, 25, 2, 30), due.getNextDueAt(), "and today's still comes at its time");
    }

    @Test
    void due_times_are_in_the_offices_zone() {
        LocalDateTime now = at("2026-11-29T18:29:59Z");   // 02:29:59 Beijing on the 30th
        assertEquals(LocalDateTime.of(2026, 11, 30, 2, 30), NIGHTLY.nextDueAfter(now));
        assertEquals(LocalDateTime.of(2026, 11, 29, 2, 30), NIGHTLY.latestDueAtOrBefore(now));
    }
}
