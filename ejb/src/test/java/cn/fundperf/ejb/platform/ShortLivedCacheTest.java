package cn.fundperf.ejb.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ShortLivedCacheTest {

    @Test
    void a_large_total_is_kept_and_a_small_one_is_counted_every_time() {
        ShortLivedCache cache = new ShortLivedCache(Duration.ofMinutes(1));
        AtomicLong counted = new AtomicLong();

        for (int i = 0; i < 3; i++) {
            assertEquals(100_000L, cache.count(List.of("projectCounts", "province"), () -> { counted.incrementAndGet(); return 100_000L; }));
        }
        assertEquals(1, counted.get(), "a province's total is counted once a minute");

        counted.set(0);
        for (int i = 0; i < 3; i++) {
            assertEquals(42L, cache.count(List.of("projectCounts", "unit"), () -> { counted.incrementAndGet(); return 42L; }));
        }
        assertEquals(3, counted.get(), "a unit's total is always exact");
    }

    @Test
    void a_change_forgets_the_kept_totals_of_its_name_only() {
        ShortLivedCache cache = new ShortLivedCache(Duration.ofMinutes(1));
        cache.count(List.of("projectCounts", "province"), () -> 100_000L);
        cache.count(List.of("sheetCounts", "province"), () -> 25_000L);

        cache.forget("projectCounts");

        assertEquals(100_001L, cache.count(List.of("projectCounts", "province"), () -> 100_001L), "counted again after the change");
        assertEquals(25_000L, cache.count(List.of("sheetCounts", "province"), () -> 0L), "another name is kept");
    }

    @Test
    void a_kept_answer_ages_out() throws InterruptedException {
        ShortLivedCache cache = new ShortLivedCache(Duration.ofMillis(20));
        cache.count("total", () -> 50_000L);
        Thread.sleep(40);
        assertEquals(60_000L, cache.count("total", () -> 60_000L));
    }
}
