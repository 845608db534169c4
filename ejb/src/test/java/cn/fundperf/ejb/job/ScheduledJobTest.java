package cn.fundperf.ejb.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ScheduledJobTest {

    private static final ScheduledJob DAILY = ScheduledJob.AUDIT_CHAIN_VERIFICATION;

    @Test
    void a_daily_job_has_one_period_for_the_whole_day() {
        assertEquals("2026-11-25", DAILY.periodKey(LocalDateTime.of(2026, 11, 25, 0, 0)));
        assertEquals("2026-11-25", DAILY.periodKey(LocalDateTime.of(2026, 11, 25, 2, 30)));
        assertEquals("2026-11-25", DAILY.periodKey(LocalDateTime.of(2026, 11, 25, 23, 59, 59, 999_999_999)));
    }

    @Test
    void the_next_day_is_another_period() {
        assertEquals("2026-11-26", DAILY.periodKey(LocalDateTime.of(2026, 11, 26, 0, 0)));
    }

    @Test
    void a_manual_run_never_takes_the_scheduled_period() {
        LocalDateTime now = LocalDateTime.of(2026, 11, 25, 2, 30);

        assertNotEquals(DAILY.periodKey(now), DAILY.manualPeriodKey(now));
        assertTrue(DAILY.manualPeriodKey(now).startsWith("manual-"));
    }

    @Test
    void two_manual_runs_at_different_moments_get_different_periods() {
        LocalDateTime first = LocalDateTime.of(2026, 11, 25, 10, 15, 0);

        assertNotEquals(DAILY.manualPeriodKey(first), DAILY.manualPeriodKey(first.plusSeconds(1)));
        assertNotEquals(DAILY.manualPeriodKey(first), DAILY.manualPeriodKey(first.plusNanos(1_000_000)));
        assertNotEquals(DAILY.manualPeriodKey(first), DAILY.manualPeriodKey(first.plusDays(1)));
    }

    @Test
    void a_period_key_fits_the_job_run_column() {
        LocalDateTime now = LocalDateTime.of(2026, 11, 25, 10, 15, 0, 123_456_789);

        assertTrue(DAILY.manualPeriodKey(now).length() <= 60);
        assertTrue(DAILY.periodKey(now).length() <= 60);
    }

    @Test
    void a_job_is_found_by_its_timer_info() {
        assertEquals(DAILY, ScheduledJob.byTimerInfo(DAILY.timerInfo()));
        assertEquals(DAILY, ScheduledJob.byTimerInfo("audit.verifyChain"));
    }

    @Test
    void an_unknown_timer_info_finds_no_job() {
        assertNull(ScheduledJob.byTimerInfo("unknown.job"));
        assertNull(ScheduledJob.byTimerInfo(null));
    }

    @Test
    void every_job_has_its_own_timer_info() {
        for (ScheduledJob job : ScheduledJob.values()) {
            assertEquals(job, ScheduledJob.byTimerInfo(job.timerInfo()));
        }
    }
}
