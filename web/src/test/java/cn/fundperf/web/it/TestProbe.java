package cn.fundperf.web.it;

import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.directory.OrganizationService;
import cn.fundperf.ejb.job.JobRun;
import cn.fundperf.ejb.job.ScheduledJob;
import cn.fundperf.ejb.notification.NotificationDelivery;
import cn.fundperf.ejb.notification.NotificationKind;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.organization.RegionLevel;
import cn.fundperf.ejb.security.AccountService;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.security.Role;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Test-only bean deployed with the integration tests: looks into the database and provokes failures. */
@Stateless
public class TestProbe {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    OrganizationService organizations;

    @Inject
    CurrentActor currentActor;

    public Actor actor(String username) {
        Long id = em.createQuery("select u.id from UserAccount u where u.username = :name", Long.class)
                .setParameter("name", username).getSingleResult();
        return accounts.actorFor(id, "127.0.0.1").orElseThrow();
    }

    public long organizationId(String code) {
        return em.createQuery("select o.id from Organization o where o.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
    }

    public Organization organization(String code) {
        return em.find(Organization.class, organizationId(code));
    }

    public long categoryId(String code) {
        return em.createQuery("select c.id from FundCategory c where c.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
    }

    public long countAuditOfEntity(String action, String entityId) {
        return em.createQuery("select count(a) from AuditRecord a where a.action = :action and a.entityId = :id", Long.class)
                .setParameter("action", action).setParameter("id", entityId).getSingleResult();
    }

    public long countAudit(String action, String after) {
        return em.createQuery("select count(a) from AuditRecord a where a.action = :action and a.after like :after", Long.class)
                .setParameter("action", action).setParameter("after", "%" + after + "%").getSingleResult();
    }

    public long countAuditOf(String action, String username) {
        return em.createQuery("select count(a) from AuditRecord a where a.action = :action and a.actorUsername = :user", Long.class)
                .setParameter("action", action).setParameter("user", username).getSingleResult();
    }

    public long regionId(String code) {
        return em.createQuery("select r.id from Region r where r.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
    }

    public boolean regionExists(String code) {
        return !em.createQuery("select r.id from Region r where r.code = :code").setParameter("code", code).getResultList().isEmpty();
    }

    public long countClaims(String periodKey) {
        return em.createQuery("select count(r) from JobRun r where r.periodKey = :period", Long.class)
                .setParameter("period", periodKey).getSingleResult();
    }

    /** A run of a server that died: RUNNING, leased to another instance until a moment already past. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void insertAbandonedRun(String job, String periodKey, String deadNode, LocalDateTime leaseUntil) {
        em.createNativeQuery("insert into job_run (id, version, job_name, period_key, trigger_kind, node, started_by, started_at, status,"
                        + " attempt, lease_owner, lease_until, done_count, total_count)"
                        + " values (nextval('job_run_seq'), 0, ?1, ?2, 'SCHEDULE', ?3, 'system:timer', ?4, 'RUNNING', 1, ?3, ?4, 0, 0)")
                .setParameter(1, job).setParameter(2, periodKey).setParameter(3, deadNode).setParameter(4, leaseUntil).executeUpdate();
    }

    /** As if every server had been down since a moment: the job's stored due time lies there, its runs since are gone. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void downSince(String job, LocalDateTime dueAt, List<String> periodKeys) {
        em.createNativeQuery("delete from job_run where job_name = ?1 and period_key in (?2, ?3, ?4, ?5)")
                .setParameter(1, job).setParameter(2, periodKeys.get(0)).setParameter(3, periodKeys.get(1))
                .setParameter(4, periodKeys.get(2)).setParameter(5, periodKeys.get(3)).executeUpdate();
        if (em.createNativeQuery("update job_due set next_due_at = ?2, version = version + 1 where job_name = ?1")
                .setParameter(1, job).setParameter(2, dueAt).executeUpdate() == 0) {
            em.createNativeQuery("insert into job_due (job_name, version, next_due_at) values (?1, 0, ?2)")
                    .setParameter(1, job).setParameter(2, dueAt).executeUpdate();
        }
    }

    public LocalDateTime nextDue(ScheduledJob job) {
        return em.createQuery("select d.nextDueAt from JobDue d where d.job = :job", LocalDateTime.class)
                .setParameter("job", job).getSingleResult();
    }

    public List<JobRun> runsOf(ScheduledJob job, List<String> periodKeys) {
        return em.createQuery("select r from JobRun r where r.job = :job and r.periodKey in :keys", JobRun.class)
                .setParameter("job", job).setParameter("keys", periodKeys).getResultList();
    }

    /** Notifications to a user whose arguments mention a text. */
    public long countNotifications(String username, String mentioning) {
        return em.createQuery("select count(n) from Notification n, UserAccount u where u.id = n.recipientUserId"
                        + " and u.username = :user and n.textArgs like :text", Long.class)
                .setParameter("user", username).setParameter("text", "%" + mentioning + "%").getSingleResult();
    }

    /** Runs a use case inside this transaction and then fails: both must roll back together. */
    public Object thenFail(Callable<Object> work) throws Exception {
        work.call();
        throw new InvalidInputException("test.failedAfterWriting");
    }

    /** A use case that saves a region, is audited, and then fails on a business rule. */
    public void createRegionThenFail(String code) {
        organizations.createRegion(code, "测试失败区域", RegionLevel.COUNTY, null);
        throw new InvalidInputException("test.failedAfterWriting");
    }

    /**
     * Runs work as another user in a thread of its own, with its own request scope and
     * transaction: two of these at once make a race between two users (or one user's double submit).
     */
    @Asynchronous
    public Future<Object> asUser(String username, Callable<Object> work) {
        currentActor.set(actor(username));
        try {
            return CompletableFuture.completedFuture(work.call());
        } catch (Exception e) {
            throw new EJBException(e);
        }
    }

    /** Tries to change an approved version behind the application's back; PostgreSQL's trigger must refuse it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int tamperWithApprovedVersion(long sheetId) {
        return em.createNativeQuery("update target_version set approval_document = 'forged' where sheet_id = ?1")
                .setParameter(1, sheetId).executeUpdate();
    }

    /** Tries to rewrite history; PostgreSQL's trigger must refuse it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int tamperWithAuditLog() {
        return em.createNativeQuery("update audit_record set actor_username = 'intruder'"
                + " where chain_order = (select min(chain_order) from audit_record)").executeUpdate();
    }

    /** Tries to rewrite a seal of the chain; PostgreSQL's trigger must refuse it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int tamperWithAuditSeal() {
        return em.createNativeQuery("update audit_seal set hash = previous_hash where seq = (select min(seq) from audit_seal)")
                .executeUpdate();
    }

    /**
     * An audited use case (a region created by the system administrator) whose transaction stays open
     * after its change and audit record are in the database, until every writer of the group has got
     * that far. Writers that shared a lock for their audit records could never all get there.
     * Returns the nanoseconds from the start to the written audit record.
     */
    @ActivateRequestContext
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long auditedWriteHeldOpen(String code, CyclicBarrier allWritten, long waitSeconds) throws Exception {
        long start = System.nanoTime();
        currentActor.set(actor("sysadmin"));
        organizations.createRegion(code, "并发审计测试", RegionLevel.COUNTY, null);
        em.flush();
        long written = System.nanoTime() - start;
        allWritten.await(waitSeconds, TimeUnit.SECONDS);
        return written;
    }

    /** An audited use case whose transaction stays open a while after its audit record is written. */
    @ActivateRequestContext
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void auditedWriteHolding(String code, long holdMillis) throws InterruptedException {
        currentActor.set(actor("sysadmin"));
        organizations.createRegion(code, "并发审计测试", RegionLevel.COUNTY, null);
        em.flush();
        Thread.sleep(holdMillis);
    }

    /** Audit records of these region codes that the sealer has not chained yet. */
    public long unsealedRegionRecords(String codePrefix) {
        return em.createQuery("select count(a) from AuditRecord a where a.action = 'region.created' and a.after like :code"
                        + " and not exists (select s from AuditSeal s where s.recordId = a.id)", Long.class)
                .setParameter("code", "%" + codePrefix + "%").getSingleResult();
    }

    /** How many indicators the sheet of a project has. */
    public long indicatorsOfProject(long projectId) {
        return ((Number) em.createNativeQuery("select count(*) from indicator i join target_sheet s on s.id = i.sheet_id "
                + "where s.project_id = ?1").setParameter(1, projectId).getSingleResult()).longValue();
    }

    /** Monitoring tasks a period has. */
    public long countTasks(long periodId) {
        return em.createQuery("select count(t) from MonitoringTask t where t.period.id = :period", Long.class)
                .setParameter("period", periodId).getSingleResult();
    }

    /** Targets of a year released so far: each gets a task when a period of the year opens. */
    public long countReleasedSheets(int year) {
        return em.createQuery("select count(s) from TargetSheet s where s.fiscalYear = :year and s.releasedVersion > 0", Long.class)
                .setParameter("year", year).getSingleResult();
    }

    /** The targets of a year released so far, by id. */
    public List<Long> releasedSheets(int year) {
        return em.createQuery("select s.id from TargetSheet s where s.fiscalYear = :year and s.releasedVersion > 0 order by s.id", Long.class)
                .setParameter("year", year).getResultList();
    }

    /** Units with a task in a period. */
    public long countUnitsWithTasks(long periodId) {
        return em.createQuery("select count(distinct t.usingUnit) from MonitoringTask t where t.period.id = :period", Long.class)
                .setParameter("period", periodId).getSingleResult();
    }

    /** Notifications of a kind to a role's office (or to every office when the code is null) whose arguments mention a text. */
    public long countOfficeNotifications(Role role, String organizationCode, NotificationKind kind, String mentioning) {
        return em.createQuery("select count(n) from Notification n where n.recipientRole = :role and n.kind = :kind"
                        + " and n.textArgs like :text and (:code is null or n.recipientOrganizationId in"
                        + " (select o.id from Organization o where o.code = :code))", Long.class)
                .setParameter("role", role).setParameter("kind", kind).setParameter("text", "%" + mentioning + "%")
                .setParameter("code", organizationCode).getSingleResult();
    }

    /** How the notifications to an office that mention a text stand with their channels (mail). */
    public List<NotificationDelivery> deliveriesOf(String organizationCode, String mentioning) {
        return em.createQuery("select n.delivery from Notification n, Organization o where o.id = n.recipientOrganizationId"
                        + " and o.code = :code and n.textArgs like :text", NotificationDelivery.class)
                .setParameter("code", organizationCode).setParameter("text", "%" + mentioning + "%").getResultList();
    }

    public int deliveryAttemptsOf(String organizationCode, String mentioning) {
        return em.createQuery("select n.deliveryAttempts from Notification n, Organization o where o.id = n.recipientOrganizationId"
                        + " and o.code = :code and n.textArgs like :text", Integer.class)
                .setParameter("code", organizationCode).setParameter("text", "%" + mentioning + "%").getResultStream()
                .findFirst().orElse(0);
    }
}
