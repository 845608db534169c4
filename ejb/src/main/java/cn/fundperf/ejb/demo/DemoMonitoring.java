package cn.fundperf.ejb.demo;

import cn.fundperf.ejb.job.ScheduledJob;
import cn.fundperf.ejb.monitoring.MonitoringCalendar;
import cn.fundperf.ejb.monitoring.MonitoringPeriod;
import cn.fundperf.ejb.monitoring.MonitoringPractice;
import cn.fundperf.ejb.monitoring.PeriodPlan;
import cn.fundperf.ejb.organization.Region;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The demo county's monitoring: this year's quarterly periods, and the daily monitoring job due at
 * once, so that the first minute after start shows what a night's run does (the periods whose day
 * has come opened with their tasks, the units told, the late ones marked overdue).
 */
final class DemoMonitoring {

    private DemoMonitoring() {
    }

    static int load(EntityManager em, LocalDateTime now) {
        List<Region> counties = em.createQuery("select r from Region r where r.parent is null", Region.class).getResultList();
        int planned = 0;
        for (Region county : counties) {
            for (PeriodPlan plan : MonitoringCalendar.defaults(now.getYear(), MonitoringPractice.QUARTERLY, 10)) {
                em.persist(new MonitoringPeriod(county, now.getYear(), plan, false, "demo", now));
                planned++;
            }
        }
        String job = ScheduledJob.MONITORING_CALENDAR.name();
        if (em.createNativeQuery("UPDATE job_due SET next_due_at = ?1, version = version + 1 WHERE job_name = ?2")
                .setParameter(1, now.minusMinutes(1)).setParameter(2, job).executeUpdate() == 0) {
            em.createNativeQuery("INSERT INTO job_due (job_name, version, next_due_at) VALUES (?1, 0, ?2)")
                    .setParameter(1, job).setParameter(2, now.minusMinutes(1)).executeUpdate();
        }
        return planned;
    }
}
