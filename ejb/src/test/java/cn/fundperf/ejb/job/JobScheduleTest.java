package cn.fundperf.ejb.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class JobScheduleTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final JobSchedule NIGHTLY = new JobSchedule(LocalTime.of(2, 30), BEIJING);

    @Test
    void the_nightly_run_is_at_0230_beijing_time_whatever_zone_the_server_is_in() {
        ZonedDateTime serverNow = ZonedDateTime.of(2026, 11, 29, 8, 0, 0, 0, UTC);   // 16:00 in Beijing
        ZonedDateTime next = NIGHTLY.nextRun(serverNow);
        assertEquals(ZonedDateTime.of(2026, 11, 30, 2, 30, 0, 0, BEIJING).toInstant(), next.toInstant());
        assertEquals(BEIJING, next.getZone());
        assertEquals(ZonedDateTime.of(2026, 11, 29, 18, 30, 0, 0, UTC).toInstant(), next.toInstant(), "18:30 UTC, not 02:30 UTC");
    }

    @Test
    void before_the_time_the_next_run_is_the_same_day() {
        ZonedDateTime justBefore = ZonedDateTime.of(2026, 11, 29, 2, 29, 0, 0, BEIJING);
        assertEquals(ZonedDateTime.of(2026, 11, 29, 2, 30, 0, 0, BEIJING), NIGHTLY.nextRun(justBefore));
    }

    @Test
    void the_jobs_carry_their_time_and_take_the_deployments_zone() {
        JobSchedule schedule = ScheduledJob.AUDIT_CHAIN_VERIFICATION.schedule(BEIJING);
        assertEquals(LocalTime.of(2, 30), schedule.dailyAt());
        assertEquals(BEIJING, schedule.zone());
    }
}
