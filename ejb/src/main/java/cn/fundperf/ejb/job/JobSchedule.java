package cn.fundperf.ejb.job;

import jakarta.enterprise.concurrent.CronTrigger;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a job runs: every day at a time, in the offices' zone (not the server's). The same value
 * drives the due times and the jobs screen, so what is shown is what runs.
 */
public record JobSchedule(LocalTime dailyAt, ZoneId zone) implements Serializable {

    /** A fresh trigger each time: a trigger belongs to one scheduled task. */
    public CronTrigger trigger() {
        return new CronTrigger(dailyAt.getSecond() + " " + dailyAt.getMinute() + " " + dailyAt.getHour() + " * * *", zone);
    }

    public ZonedDateTime nextRun(ZonedDateTime now) {
        return trigger().getNextRunTime(null, now.withZoneSameInstant(zone));
    }

    /** The first due time strictly after a moment (local times in the schedule's zone, as stored). */
    public LocalDateTime nextDueAfter(LocalDateTime now) {
        LocalDateTime today = now.toLocalDate().atTime(dailyAt);
        return today.isAfter(now) ? today : today.plusDays(1);
    }

    /** The latest due time at or before a moment. */
    public LocalDateTime latestDueAtOrBefore(LocalDateTime now) {
        LocalDateTime today = now.toLocalDate().atTime(dailyAt);
        return today.isAfter(now) ? today.minusDays(1) : today;
    }

    /**
     * The run a tick at {@code now} owes, given the stored next due time: none before it; after it
     * exactly one, for the latest due time that has passed, however many were missed while no
     * server ran (a nightly check wants today's state once, not a week of catching up).
     */
    public Optional<LocalDateTime> owedRun(LocalDateTime storedNextDue, LocalDateTime now) {
        return now.isBefore(storedNextDue) ? Optional.empty() : Optional.of(latestDueAtOrBefore(now));
    }

    // bean-style accessors for Jakarta EL 5, which does not read record components
    public LocalTime getDailyAt() { return dailyAt; }
    public ZoneId getZone() { return zone; }
}
