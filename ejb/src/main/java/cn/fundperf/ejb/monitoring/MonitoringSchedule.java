package cn.fundperf.ejb.monitoring;

import static cn.fundperf.ejb.permission.Permission.MONITORING_MANAGE;
import static cn.fundperf.ejb.permission.Permission.MONITORING_READ;

import cn.fundperf.ejb.audit.UseCaseAudit;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.business.StaleVersionException;
import cn.fundperf.ejb.notification.NotificationKind;
import cn.fundperf.ejb.notification.Outbox;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.organization.Region;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.InScope;
import cn.fundperf.ejb.platform.ShortLivedCache;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.security.DataScope;
import cn.fundperf.ejb.security.Role;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The calendar side of monitoring, run by the daily job (and by finance at will): default periods
 * planned, periods opened with a task for every released target, reminders before the deadline and
 * overdue notices after it. Each step is set-based and idempotent in the database, so a second
 * trigger, a second server or a catch-up after downtime changes nothing twice.
 */
@Stateless
public class MonitoringSchedule {

    static final String TASKS_LINK = "/app/monitoring/tasks.xhtml";
    static final String OVERDUE = "OVERDUE";

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    UseCaseAudit audit;

    @Inject
    CurrentActor currentActor;

    @Inject
    MonitoringSettings settings;

    @Inject
    ShortLivedCache cache;

    @Inject
    Clock clock;

    /** The default periods of a year for each region at the top of the caller's jurisdiction that has none yet. */
    @Guarded(value = MONITORING_MANAGE, audit = "monitoring.periodsPlanned")
    public int planDefaultPeriods(int year) {
        LocalDateTime now = LocalDateTime.now(clock);
        int planned = 0;
        for (Region region : topRegions()) {
            long existing = em.createQuery("select count(p) from MonitoringPeriod p where p.region = :region and p.fiscalYear = :year", Long.class)
                    .setParameter("region", region).setParameter("year", year).getSingleResult();
            if (existing > 0) {
                continue;
            }
            for (PeriodPlan plan : MonitoringCalendar.defaults(year, settings.practice(), settings.daysToReport())) {
                em.persist(new MonitoringPeriod(region, year, plan, false, currentActor.get().username(), now));
                audit.line("Region", region.getId(), null, plan.name() + " " + plan.opensOn() + "—" + plan.deadline());
                planned++;
            }
            if (settings.keyMonthlyDays() > 0) {
                for (PeriodPlan plan : MonitoringCalendar.keyMonthly(year, settings.practice(), settings.keyMonthlyDays())) {
                    em.persist(new MonitoringPeriod(region, year, plan, true, currentActor.get().username(), now));
                    audit.line("Region", region.getId(), null, plan.name() + " " + plan.opensOn() + "—" + plan.deadline());
                    planned++;
                }
            }
        }
        if (planned == 0) {
            audit.nothingChanged();
        }
        return planned;
    }

    /**
     * Adds a period to the caller's region (an ad-hoc check, a month of 重点监控): its tasks come
     * when the job opens it on its opening day, or when finance opens it at once.
     */
    @Guarded(value = MONITORING_MANAGE, audit = "monitoring.periodAdded")
    public MonitoringPeriod addPeriod(int year, String name, LocalDate periodEnd, LocalDate opensOn, LocalDate deadline, boolean keyOnly) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 60) {
            throw new InvalidInputException("monitoring.period.name");
        }
        if (periodEnd == null || opensOn == null || deadline == null || periodEnd.getYear() != year || opensOn.isAfter(deadline)
                || periodEnd.isAfter(deadline)) {
            throw new InvalidInputException("monitoring.period.dates");
        }
        Region region = em.find(Organization.class, currentActor.get().organizationId()).getRegion();
        long same = em.createQuery("select count(p) from MonitoringPeriod p where p.region = :region and p.fiscalYear = :year"
                        + " and p.name = :name", Long.class)
                .setParameter("region", region).setParameter("year", year).setParameter("name", label).getSingleResult();
        if (same > 0) {
            throw new InvalidInputException("monitoring.period.duplicate", label);
        }
        MonitoringPeriod period = new MonitoringPeriod(region, year, new PeriodPlan(label, periodEnd, opensOn, deadline), keyOnly,
                currentActor.get().username(), LocalDateTime.now(clock));
        em.persist(period);
        em.flush();
        audit.subject("MonitoringPeriod", period.getId());
        audit.change(null, label + " " + opensOn + "—" + deadline + (keyOnly ? " 重点监控" : ""));
        return period;
    }

    /** The periods of a year over the caller's region and under it, by the day they measure up to. */
    @Guarded(MONITORING_READ)
    public List<MonitoringPeriod> periods(int year) {
        Long organization = currentActor.get().organizationId();
        String where = organization == null ? jurisdictionPath() : em.find(Organization.class, organization).regionPath();
        return em.createQuery("select p from MonitoringPeriod p where p.fiscalYear = :year"
                        + " and (:path like concat(p.regionPath, '%') or p.regionPath like :below) order by p.periodEnd, p.id",
                        MonitoringPeriod.class)
                .setParameter("year", year).setParameter("path", where).setParameter("below", where + "%").setMaxResults(500).getResultList();
    }

    /** Whether finance chose a project's target for 重点监控 (monthly, in the key-only periods). */
    @Guarded(MONITORING_READ)
    public boolean isKeyProject(@InScope(TargetSheet.class) long sheetId) {
        return !em.createNativeQuery("SELECT sheet_id FROM monitoring_key_project WHERE sheet_id = ?1").setParameter(1, sheetId)
                .getResultList().isEmpty();
    }

    /** Finance chooses a project for 重点监控, or takes it off; a second click of the same changes nothing. */
    @Guarded(value = MONITORING_MANAGE, audit = "monitoring.keyProject")
    public boolean chooseKeyProject(@InScope(TargetSheet.class) long sheetId, boolean key) {
        int changed = key
                ? em.createNativeQuery("INSERT INTO monitoring_key_project (sheet_id, chosen_by, chosen_at) SELECT ?1, ?2, ?3"
                        + " WHERE NOT EXISTS (SELECT 1 FROM monitoring_key_project WHERE sheet_id = ?1)")
                .setParameter(1, sheetId).setParameter(2, currentActor.get().username()).setParameter(3, LocalDateTime.now(clock)).executeUpdate()
                : em.createNativeQuery("DELETE FROM monitoring_key_project WHERE sheet_id = ?1").setParameter(1, sheetId).executeUpdate();
        if (changed == 0) {
            audit.nothingChanged();
        } else {
            audit.change(String.valueOf(!key), String.valueOf(key));
        }
        return key;
    }

    /** Periods whose opening day has come and that are not open yet, in the caller's jurisdiction. */
    @Guarded(MONITORING_MANAGE)
    public List<Long> duePeriods(LocalDate today) {
        return em.createQuery("select p.id from MonitoringPeriod p where p.openedAt is null and p.opensOn <= :today"
                        + " and p.regionPath like :path order by p.opensOn, p.id", Long.class)
                .setParameter("today", today).setParameter("path", jurisdictionPath() + "%").getResultList();
    }

    /**
     * Opens a period: a task for every target of its year released in its region's subtree (only
     * the key projects in a 重点监控 period) and a notice to each unit with the number of its
     * reports. Only the first of concurrent callers opens it; the others find it open and do nothing.
     *
     * @return the tasks created; 0 when the period was open already
     */
    @Guarded(value = MONITORING_MANAGE, audit = "monitoring.periodOpened")
    public int open(@InScope(MonitoringPeriod.class) long periodId) {
        return opening(periodId);
    }

    /** Finance opens a period before its day (screen, API): refused when the period changed since it was shown. */
    @Guarded(value = MONITORING_MANAGE, audit = "monitoring.periodOpened")
    public int openNow(@InScope(MonitoringPeriod.class) long periodId, long version) {
        StaleVersionException.requireSame("MonitoringPeriod", periodId, em.find(MonitoringPeriod.class, periodId).getVersion(), version);
        return opening(periodId);
    }

    private int opening(long periodId) {
        LocalDateTime now = LocalDateTime.now(clock);
        // the row lock of this update makes a concurrent opener wait, then find opened_at set
        int claimed = em.createNativeQuery("UPDATE monitoring_period SET opened_at = ?1, version = version + 1"
                + " WHERE id = ?2 AND opened_at IS NULL").setParameter(1, now).setParameter(2, periodId).executeUpdate();
        MonitoringPeriod period = em.find(MonitoringPeriod.class, periodId);
        em.refresh(period);
        if (claimed == 0) {
            audit.nothingChanged();
            return 0;
        }
        int tasks = em.createNativeQuery("INSERT INTO monitoring_task (id, version, period_id, sheet_id, project_id, using_unit_id,"
                        + " target_version, scope_org_path, scope_dept_path, scope_region_path, status, released_budget)"
                        + " SELECT nextval('monitoring_task_seq'), 0, ?1, s.id, s.project_id, p.using_unit_id, s.released_version,"
                        + " s.scope_org_path, s.scope_dept_path, s.scope_region_path, 'OPEN', v.budget_amount"
                        + " FROM target_sheet s JOIN project p ON p.id = s.project_id"
                        + " JOIN target_version v ON v.sheet_id = s.id AND v.version_number = s.released_version"
                        + " WHERE s.fiscal_year = ?2 AND s.released_version > 0 AND s.scope_region_path LIKE ?3"
                        + (period.isKeyOnly() ? " AND EXISTS (SELECT 1 FROM monitoring_key_project k WHERE k.sheet_id = s.id)" : "")
                        + " AND NOT EXISTS (SELECT 1 FROM monitoring_task t WHERE t.period_id = ?1 AND t.sheet_id = s.id)")
                .setParameter(1, periodId).setParameter(2, period.getFiscalYear()).setParameter(3, period.getRegionPath() + "%")
                .executeUpdate();
        em.createNativeQuery("UPDATE monitoring_period SET task_count = ?1 WHERE id = ?2").setParameter(1, tasks).setParameter(2, periodId)
                .executeUpdate();
        cache.forget(MonitoringDashboard.COUNTS);
        outbox.toRoleOfEach(Role.UNIT, NotificationKind.MONITORING_OPENED, "notification.monitoringOpened",
                List.of(period.getName(), period.getDeadline()), TASKS_LINK,
                "SELECT t.using_unit_id AS organization_id, COUNT(*) AS how_many FROM monitoring_task t WHERE t.period_id = ?1"
                        + " GROUP BY t.using_unit_id", List.of(periodId));
        audit.subject("MonitoringPeriod", periodId);
        audit.change(null, period.getName() + " " + tasks);
        return tasks;
    }

    /** Open periods whose reminder or overdue notice may be due on a day, in the caller's jurisdiction. */
    @Guarded(MONITORING_MANAGE)
    public List<Long> openPeriods(LocalDate today) {
        return em.createQuery("select p.id from MonitoringPeriod p where p.openedAt is not null and p.opensOn <= :today"
                        + " and p.regionPath like :path and p.fiscalYear >= :lastYear order by p.id", Long.class)
                .setParameter("today", today).setParameter("path", jurisdictionPath() + "%")
                .setParameter("lastYear", today.getYear() - 1).getResultList();
    }

    /**
     * Sends the reminder due on a day to the units whose report is not submitted: the latest of the
     * configured days before the deadline that has come (a catch-up after downtime sends the one
     * still due, not every one missed), once per task.
     */
    @Guarded(value = MONITORING_MANAGE, audit = "monitoring.reminded")
    public int remind(@InScope(MonitoringPeriod.class) long periodId, LocalDate today) {
        MonitoringPeriod period = em.find(MonitoringPeriod.class, periodId);
        PeriodPlan plan = period.plan();
        Optional<Integer> due = settings.reminderDays().stream().filter(days -> !plan.deadline().minusDays(days).isAfter(today))
                .filter(days -> !plan.deadline().minusDays(days).isBefore(plan.opensOn())).min(Integer::compare);
        if (!period.isOpened() || today.isAfter(plan.deadline()) || due.isEmpty()) {
            audit.nothingChanged();
            return 0;
        }
        String reminder = "D" + due.get();
        int sent = markSent(periodId, reminder, today);
        if (sent == 0) {
            audit.nothingChanged();
            return 0;
        }
        outbox.toRoleOfEach(Role.UNIT, NotificationKind.MONITORING_REMINDER, "notification.monitoringReminder",
                List.of(period.getName(), plan.deadline()), TASKS_LINK, sentToday("t.using_unit_id"), List.of(periodId, reminder, today));
        audit.subject("MonitoringPeriod", periodId);
        audit.change(null, reminder + " " + sent);
        return sent;
    }

    /**
     * After the deadline: tasks without a submitted report are marked overdue once, and the unit,
     * its department and finance of the region are told how many.
     */
    @Guarded(value = MONITORING_MANAGE, audit = "monitoring.overdue")
    public int markOverdue(@InScope(MonitoringPeriod.class) long periodId, LocalDate today) {
        MonitoringPeriod period = em.find(MonitoringPeriod.class, periodId);
        if (!period.isOpened() || !today.isAfter(period.getDeadline())) {
            audit.nothingChanged();
            return 0;
        }
        int marked = markSent(periodId, OVERDUE, today);
        if (marked == 0) {
            audit.nothingChanged();
            return 0;
        }
        em.createNativeQuery("UPDATE monitoring_task SET overdue_since = ?1, version = version + 1 WHERE period_id = ?2"
                        + " AND status <> 'SUBMITTED' AND overdue_since IS NULL")
                .setParameter(1, period.getDeadline().plusDays(1)).setParameter(2, periodId).executeUpdate();
        List<Object> overdue = List.of(periodId, OVERDUE, today);
        List<Object> words = List.of(period.getName(), period.getDeadline());
        outbox.toRoleOfEach(Role.UNIT, NotificationKind.MONITORING_OVERDUE, "notification.monitoringOverdue", words, TASKS_LINK,
                sentToday("t.using_unit_id"), overdue);
        outbox.toRoleOfEach(Role.DEPT, NotificationKind.MONITORING_OVERDUE, "notification.monitoringOverdueOfUnits", words, TASKS_LINK,
                "SELECT p.department_id AS organization_id, COUNT(*) AS how_many FROM monitoring_task t"
                        + " JOIN project p ON p.id = t.project_id" + sentTodayWhere() + " GROUP BY p.department_id", overdue);
        outbox.toRoleOfEach(Role.FINANCE, NotificationKind.MONITORING_OVERDUE, "notification.monitoringOverdueOfUnits", words, TASKS_LINK,
                "SELECT f.id AS organization_id, (SELECT COUNT(*) FROM monitoring_task t JOIN monitoring_reminder r ON r.task_id = t.id"
                        + " WHERE t.period_id = ?1 AND r.reminder = ?2 AND r.sent_on = ?3 AND t.scope_region_path LIKE f.region_path || '%')"
                        + " AS how_many FROM organization f WHERE f.org_type = 'FINANCE' AND f.active = TRUE AND f.region_path LIKE ?4",
                List.of(periodId, OVERDUE, today, period.getRegionPath() + "%"));
        audit.subject("MonitoringPeriod", periodId);
        audit.change(null, OVERDUE + " " + marked);
        return marked;
    }

    /** Records a notice as sent for every task of the period without a submitted report that has not had it. */
    private int markSent(long periodId, String reminder, LocalDate today) {
        return em.createNativeQuery("INSERT INTO monitoring_reminder (task_id, reminder, sent_on)"
                        + " SELECT t.id, ?2, ?3 FROM monitoring_task t WHERE t.period_id = ?1 AND t.status <> 'SUBMITTED'"
                        + " AND NOT EXISTS (SELECT 1 FROM monitoring_reminder r WHERE r.task_id = t.id AND r.reminder = ?2)")
                .setParameter(1, periodId).setParameter(2, reminder).setParameter(3, today).executeUpdate();
    }

    private static String sentToday(String organization) {
        return "SELECT " + organization + " AS organization_id, COUNT(*) AS how_many FROM monitoring_task t" + sentTodayWhere()
                + " GROUP BY " + organization;
    }

    private static String sentTodayWhere() {
        return " JOIN monitoring_reminder r ON r.task_id = t.id WHERE t.period_id = ?1 AND r.reminder = ?2 AND r.sent_on = ?3";
    }

    /** The region the caller's monitoring covers: the widest region grant ("/" for the job of a whole installation). */
    private String jurisdictionPath() {
        return currentActor.get().scope().grants().stream().filter(grant -> grant.reach() == DataScope.Reach.REGION_TREE)
                .map(DataScope.Grant::path).min((a, b) -> Integer.compare(a.length(), b.length()))
                .orElseThrow(() -> new IllegalStateException("monitoring needs a region: " + currentActor.get().username()));
    }

    private List<Region> topRegions() {
        String path = jurisdictionPath();
        return "/".equals(path)
                ? em.createQuery("select r from Region r where r.parent is null order by r.code", Region.class).getResultList()
                : em.createQuery("select r from Region r where r.path = :path", Region.class).setParameter("path", path).getResultList();
    }
}
