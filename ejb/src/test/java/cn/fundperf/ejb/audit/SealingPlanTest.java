package cn.fundperf.ejb.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.fundperf.ejb.audit.SealingPlan.Gap;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SealingPlanTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 29, 10, 0, 0);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private static SealingPlan fresh(long sealedThrough, List<Long> committed) {
        return SealingPlan.of(sealedThrough, null, null, committed, NOW, GRACE);
    }

    @Test
    void records_without_gaps_are_all_sealed_in_their_order() {
        SealingPlan plan = fresh(10, List.of(11L, 12L, 13L));

        assertEquals(List.of(11L, 12L, 13L), plan.toSeal());
        assertEquals(13, plan.sealedThrough());
        assertEquals(List.of(), plan.skipped());
        assertNull(plan.waitingOrder());
    }

    @Test
    void nothing_committed_leaves_everything_as_it_was() {
        SealingPlan plan = fresh(10, List.of());

        assertEquals(List.of(), plan.toSeal());
        assertEquals(10, plan.sealedThrough());
        assertNull(plan.waitingOrder());
    }

    @Test
    void a_missing_number_stops_the_sealer_before_it_and_starts_the_wait() {
        SealingPlan plan = fresh(10, List.of(11L, 12L, 14L, 15L));

        assertEquals(List.of(11L, 12L), plan.toSeal());
        assertEquals(12, plan.sealedThrough());
        assertEquals(13L, plan.waitingOrder());
        assertEquals(NOW, plan.waitingSince());
    }

    @Test
    void within_the_grace_period_the_sealer_keeps_waiting_from_when_it_first_saw_the_gap() {
        LocalDateTime firstSeen = NOW.minusSeconds(29);
        SealingPlan plan = SealingPlan.of(12, 13L, firstSeen, List.of(14L, 15L), NOW, GRACE);

        assertEquals(List.of(), plan.toSeal());
        assertEquals(12, plan.sealedThrough());
        assertEquals(13L, plan.waitingOrder());
        assertEquals(firstSeen, plan.waitingSince());
    }

    @Test
    void a_late_commit_within_the_grace_period_is_sealed_in_its_place() {
        SealingPlan plan = SealingPlan.of(12, 13L, NOW.minusSeconds(10), List.of(13L, 14L, 15L), NOW, GRACE);

        assertEquals(List.of(13L, 14L, 15L), plan.toSeal());
        assertEquals(15, plan.sealedThrough());
        assertNull(plan.waitingOrder());
        assertNull(plan.waitingSince());
    }

    @Test
    void after_the_grace_period_the_gap_is_stepped_over_and_remembered() {
        SealingPlan plan = SealingPlan.of(12, 13L, NOW.minusSeconds(30), List.of(16L, 17L), NOW, GRACE);

        assertEquals(List.of(16L, 17L), plan.toSeal());
        assertEquals(List.of(new Gap(13, 15)), plan.skipped());
        assertEquals(17, plan.sealedThrough());
        assertNull(plan.waitingOrder());
    }

    @Test
    void a_second_gap_in_the_same_round_waits_its_own_grace_period() {
        SealingPlan plan = SealingPlan.of(12, 13L, NOW.minusMinutes(5), List.of(14L, 15L, 18L), NOW, GRACE);

        assertEquals(List.of(14L, 15L), plan.toSeal());
        assertEquals(List.of(new Gap(13, 13)), plan.skipped());
        assertEquals(15, plan.sealedThrough());
        assertEquals(16L, plan.waitingOrder());
        assertEquals(NOW, plan.waitingSince());
    }

    @Test
    void a_wait_for_another_number_does_not_count_for_a_new_gap() {
        // the sealer waited for 13, which came; now 16 is missing: its wait starts now
        SealingPlan plan = SealingPlan.of(12, 13L, NOW.minusMinutes(5), List.of(13L, 14L, 15L, 17L), NOW, GRACE);

        assertEquals(List.of(13L, 14L, 15L), plan.toSeal());
        assertEquals(List.of(), plan.skipped());
        assertEquals(16L, plan.waitingOrder());
        assertEquals(NOW, plan.waitingSince());
    }

    @Test
    void a_gap_before_the_first_committed_record_also_waits() {
        SealingPlan plan = fresh(10, List.of(12L));

        assertEquals(List.of(), plan.toSeal());
        assertEquals(10, plan.sealedThrough());
        assertEquals(11L, plan.waitingOrder());
    }

    @Test
    void numbers_at_or_below_the_mark_are_never_sealed_again() {
        SealingPlan plan = fresh(10, List.of(9L, 10L, 11L));

        assertEquals(List.of(11L), plan.toSeal());
        assertEquals(11, plan.sealedThrough());
    }

    @Test
    void while_nothing_new_commits_the_wait_is_kept() {
        LocalDateTime firstSeen = NOW.minusMinutes(10);
        SealingPlan plan = SealingPlan.of(12, 13L, firstSeen, List.of(), NOW, GRACE);

        // nothing above the gap: no reason to step over it, and nothing is lost by waiting
        assertEquals(12, plan.sealedThrough());
        assertNull(plan.waitingOrder());
    }
}
