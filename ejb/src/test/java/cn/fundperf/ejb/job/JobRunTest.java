package cn.fundperf.ejb.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class JobRunTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T18:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDateTime NOW = LocalDateTime.now(CLOCK);   // 02:30 on the 30th in Beijing
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final RetryPolicy THREE_TRIES = new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofHours(1));

    private static JobRun claimedBy(String node) {
        return new JobRun(ScheduledJob.TASK_CLEANUP, "2026-11-30", JobTrigger.SCHEDULE, node, "system:timer", NOW, LEASE);
    }

    @Test
    void a_new_claim_is_running_first_attempt_and_leased_to_its_server() {
        JobRun run = claimedBy("a");
        assertEquals(JobRunStatus.RUNNING, run.getStatus());
        assertEquals(1, run.getAttempt());
        assertEquals("a", run.getLeaseOwner());
        assertEquals(NOW.plus(LEASE), run.getLeaseUntil());
        assertTrue(run.isHeldBy("a", NOW));
        assertFalse(run.isHeldBy("b", NOW));
    }

    @Test
    void a_held_lease_cannot_be_taken_over() {
        JobRun run = claimedBy("a");
        assertFalse(run.isOpenAt(NOW.plus(LEASE)), "open only after the expiry");
        assertFalse(run.takeOver("b", NOW.plusMinutes(1), LEASE, THREE_TRIES));
        assertEquals("a", run.getLeaseOwner());
    }

    @Test
    void a_run_whose_server_died_is_taken_over_after_its_lease_expired_as_the_next_attempt() {
        JobRun run = claimedBy("dead");
        LocalDateTime later = NOW.plus(LEASE).plusSeconds(1);

        assertTrue(run.isOpenAt(later));
        assertTrue(run.takeOver("b", later, LEASE, THREE_TRIES));

        assertEquals(JobRunStatus.RUNNING, run.getStatus());
        assertEquals(2, run.getAttempt());
        assertEquals("b", run.getLeaseOwner());
        assertEquals("b", run.getNode());
        assertFalse(run.succeed("dead", "late", later), "the old owner's outcome no longer counts");
        assertTrue(run.succeed("b", "done", later.plusSeconds(5)));
        assertEquals(JobRunStatus.SUCCEEDED, run.getStatus());
        assertNull(run.getLeaseOwner());
    }

    @Test
    void renewing_keeps_the_lease_alive_past_its_first_expiry() {
        JobRun run = claimedBy("a");
        assertTrue(run.renew("a", NOW.plusMinutes(1), LEASE));
        assertFalse(run.isOpenAt(NOW.plus(LEASE).plusSeconds(30)));
        assertFalse(run.renew("b", NOW.plusMinutes(1), LEASE), "only the owner renews");
    }

    @Test
    void a_server_that_stalled_past_its_lease_cannot_renew_it() {
        JobRun run = claimedBy("a");
        assertFalse(run.renew("a", NOW.plus(LEASE).plusSeconds(1), LEASE));
    }

    @Test
    void a_failed_attempt_gives_its_claim_back_until_the_retry_time() {
        JobRun run = claimedBy("a");
        assertTrue(run.fail("a", "boom", NOW, THREE_TRIES));

        assertEquals(JobRunStatus.RETRY_WAIT, run.getStatus());
        assertEquals(NOW.plusMinutes(1), run.getRetryAt());
        assertNull(run.getLeaseOwner());
        assertNull(run.getFinishedAt(), "not over yet");
        assertFalse(run.isOpenAt(NOW.plusSeconds(59)));
        assertTrue(run.isOpenAt(NOW.plusMinutes(1)));
        assertTrue(run.takeOver("b", NOW.plusMinutes(1), LEASE, THREE_TRIES));
        assertEquals(2, run.getAttempt());
    }

    @Test
    void retries_back_off_and_after_the_last_attempt_the_run_stays_failed() {
        JobRun run = claimedBy("a");
        LocalDateTime t = NOW;
        run.fail("a", "first", t, THREE_TRIES);
        t = run.getRetryAt();
        run.takeOver("a", t, LEASE, THREE_TRIES);
        run.fail("a", "second", t, THREE_TRIES);
        assertEquals(t.plusMinutes(2), run.getRetryAt(), "the wait doubles");
        t = run.getRetryAt();
        run.takeOver("a", t, LEASE, THREE_TRIES);
        assertEquals(3, run.getAttempt());
        run.fail("a", "third", t, THREE_TRIES);

        assertEquals(JobRunStatus.FAILED, run.getStatus());
        assertEquals("third", run.getMessage());
        assertFalse(run.isOpenAt(t.plusDays(10)), "nobody picks it up again");
        assertTrue(run.getFinishedAt() != null);
    }

    @Test
    void a_run_whose_server_died_on_its_last_attempt_is_failed_instead_of_started_again() {
        JobRun run = claimedBy("a");
        run.fail("a", "first", NOW, THREE_TRIES);
        LocalDateTime t = run.getRetryAt();
        run.takeOver("a", t, LEASE, THREE_TRIES);
        run.fail("a", "second", t, THREE_TRIES);
        t = run.getRetryAt();
        run.takeOver("dying", t, LEASE, THREE_TRIES);
        assertEquals(3, run.getAttempt());

        assertFalse(run.takeOver("b", t.plus(LEASE).plusSeconds(1), LEASE, THREE_TRIES));
        assertEquals(JobRunStatus.FAILED, run.getStatus());
        assertTrue(run.getMessage().startsWith("job.leaseExpired"), run.getMessage());
    }

    @Test
    void progress_is_recorded_by_the_owner_and_renews_the_lease() {
        JobRun run = claimedBy("a");
        assertTrue(run.progress("a", 250, 1000, NOW.plusMinutes(1), LEASE));
        assertEquals(25, run.getPercent());
        assertEquals(NOW.plusMinutes(1).plus(LEASE), run.getLeaseUntil());
        assertFalse(run.progress("b", 500, 1000, NOW.plusMinutes(1), LEASE));
        assertEquals(250, run.getDone());
    }

    @Test
    void a_run_without_a_total_shows_no_percent() {
        assertNull(claimedBy("a").getPercent());
    }
}
