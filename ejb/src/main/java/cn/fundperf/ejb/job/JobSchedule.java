package cn.fundperf.ejb.job;

import jakarta.enterprise.concurrent.CronTrigger;
import java.io.Serializable;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a job runs: every day at a time, in the offices' zone (not the server's). The same value
 * drives the trigger and the jobs screen, so what is shown is what runs.
 */
public record JobSchedule(LocalTime dailyAt, ZoneId zone) implements Serializable {

    /** A fresh trigger each time: a trigger belongs to one scheduled task. */
    public CronTrigger trigger() {
        return new CronTrigger(dailyAt.getSecond() + " " + dailyAt.getMinute() + " " + dailyAt.getHour() + " * * *", zone);
    }

    public ZonedDateTime nextRun(ZonedDateTime now) {
        return trigger().getNextRunTime(null, now.withZoneSameInstant(zone));
    }

    // bean-style accessors for Jakarta EL 5, which does not read record components
    public LocalTime getDailyAt() { return dailyAt; }
    public ZoneId getZone() { return zone; }
}
