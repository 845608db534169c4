package cn.fundperf.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.audit.AuditService;
import cn.fundperf.ejb.audit.ChainVerification;
import cn.fundperf.ejb.business.BusinessException;
import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.business.NotPermittedException;
import cn.fundperf.ejb.business.OutOfScopeException;
import cn.fundperf.ejb.directory.OrganizationService;
import cn.fundperf.ejb.job.JobClaims;
import cn.fundperf.ejb.job.JobRun;
import cn.fundperf.ejb.job.JobRunStatus;
import cn.fundperf.ejb.job.JobSchedule;
import cn.fundperf.ejb.job.JobService;
import cn.fundperf.ejb.job.JobTrigger;
import cn.fundperf.ejb.job.ScheduledJob;
import cn.fundperf.ejb.organization.OrganizationType;
import cn.fundperf.ejb.organization.RegionLevel;
import cn.fundperf.ejb.security.AccountService;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.security.LoginOutcome;
import cn.fundperf.ejb.security.Role;
import cn.fundperf.ejb.security.UserAdministrationService;
import cn.fundperf.ejb.security.UserAdministrationService.NewAccount;
import cn.fundperf.ejb.task.BackgroundTask;
import cn.fundperf.ejb.task.TaskKind;
import cn.fundperf.ejb.task.TaskService;
import cn.fundperf.ejb.task.TaskStatus;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation's services in the real WAR on Payara Micro and PostgreSQL: login and lockout,
 * data scope, audit in the same transaction, the insert-only hash-chained log, job claims, leases and catch-up.
 */
@ExtendWith(ArquillianExtension.class)
class ServicesIT {

    @Deployment
    static WebArchive application() {
        return Deployments.applicationWithProbe();
    }

    @Inject
    TestProbe probe;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccountService accounts;

    @Inject
    UserAdministrationService users;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditService audit;

    @Inject
    JobService jobs;

    @Inject
    JobClaims claims;

    @Inject
    TaskService tasks;

    @Inject
    Clock clock;

    private void actAs(String username) {
        currentActor.set(probe.actor(username));
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    @Test
    void a_new_user_signs_in_with_the_handed_over_password_and_five_wrong_ones_lock_the_account() {
        actAs("sysadmin");
        NewAccount account = users.createUser(unique("it"), "锁定测试", null, probe.organizationId("DW-CGZ"));

        LoginOutcome first = accounts.authenticate(account.username(), account.temporaryPassword(), "10.1.1.1");
        assertTrue(first.succeeded());
        assertTrue(first.passwordChangeRequired(), "a new account must change its password first");

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(LoginOutcome.Result.BAD_CREDENTIALS, accounts.authenticate(account.username(), "Wrong#Pass1", "10.1.1.1").result());
        }
        assertEquals(LoginOutcome.Result.LOCKED, accounts.authenticate(account.username(), "Wrong#Pass1", "10.1.1.1").result());
        assertEquals(LoginOutcome.Result.LOCKED, accounts.authenticate(account.username(), account.temporaryPassword(), "10.1.1.1").result(),
                "the right password does not open a locked account");
        assertEquals(1, probe.countAuditOf("security.account.locked", account.username()));
        assertEquals(5, probe.countAuditOf("security.login.failed", account.username()));

        actAs("secadmin");
        users.unlock(account.id(), versionOf(account));
        assertTrue(accounts.authenticate(account.username(), account.temporaryPassword(), "10.1.1.1").succeeded());
    }

    private long versionOf(NewAccount account) {
        return users.usersForRoleAssignment(account.username(), 0, 1).get(0).getVersion();
    }

    @Test
    void a_unit_sees_only_its_own_organization_and_is_refused_another() {
        actAs("unit01");
        long own = probe.organizationId("DW-CGZ");
        long neighbour = probe.organizationId("DW-SQX");

        assertEquals("城关镇人民政府", organizations.viewOrganization(own).getName());
        OutOfScopeException refused = assertThrows(OutOfScopeException.class, () -> organizations.viewOrganization(neighbour));
        assertEquals("error.notFound", refused.getKey(), "told like a missing record");
        assertEquals(1, organizations.directoryCount(null));
    }

    @Test
    void a_department_sees_its_units_and_finance_sees_the_whole_county() {
        actAs("dept01");
        List<String> codes = organizations.directory(null, 0, 100).stream().map(o -> o.getCode()).toList();
        assertTrue(codes.containsAll(List.of("BM-NYJ", "DW-CGZ", "DW-SQX", "DW-BYX", "DW-CYHZS")), codes::toString);
        assertFalse(codes.contains("DW-YZ"), "a school belongs to the education bureau, not to agriculture");
        assertThrows(OutOfScopeException.class, () -> organizations.viewOrganization(probe.organizationId("DW-RMYY")));

        actAs("finance01");
        assertTrue(organizations.directoryCount(null) >= 23);
        organizations.viewOrganization(probe.organizationId("DW-RMYY"));
    }

    @Test
    void administrators_do_not_see_business_data_and_business_users_cannot_administer() {
        actAs("sysadmin");
        assertThrows(NotPermittedException.class, () -> organizations.directory(null, 0, 10));

        actAs("unit01");
        NotPermittedException refused = assertThrows(NotPermittedException.class,
                () -> organizations.createOrganization(unique("X"), "越权单位", OrganizationType.USING_UNIT, 1, null));
        assertEquals("error.notPermitted", refused.getKey());
        assertTrue(probe.countAuditOf("security.permission.denied", "unit01") >= 1, "refusals are audited");

        actAs("secadmin");
        long auditadminVersion = users.usersForRoleAssignment("auditadmin", 0, 1).get(0).getVersion();
        long auditadminId = users.usersForRoleAssignment("auditadmin", 0, 1).get(0).getId();
        BusinessException combined = assertThrows(BusinessException.class,
                () -> users.assignRoles(auditadminId, auditadminVersion, EnumSet.of(Role.AUDITADMIN, Role.SYSADMIN)));
        assertEquals("role.assign.adminDutiesCombined", combined.getKey());
    }

    @Test
    void a_failing_use_case_leaves_neither_its_data_nor_its_audit_record() {
        actAs("sysadmin");
        String failing = unique("F");
        assertThrows(BusinessException.class, () -> probe.createRegionThenFail(failing));
        assertFalse(probe.regionExists(failing));
        assertEquals(0, probe.countAudit("region.created", failing));

        String succeeding = unique("S");
        organizations.createRegion(succeeding, "测试区域", RegionLevel.COUNTY, null);
        assertTrue(probe.regionExists(succeeding));
        assertEquals(1, probe.countAudit("region.created", succeeding), "a committed change has exactly one audit record");
    }

    @Test
    void the_audit_log_is_insert_only_and_its_chain_verifies() {
        EJBException refused = assertThrows(EJBException.class, () -> probe.tamperWithAuditLog());
        assertTrue(String.valueOf(rootCause(refused).getMessage()).contains("insert-only"), rootCause(refused)::toString);
        EJBException sealRefused = assertThrows(EJBException.class, () -> probe.tamperWithAuditSeal());
        assertTrue(String.valueOf(rootCause(sealRefused).getMessage()).contains("audit_seal is insert-only"), rootCause(sealRefused)::toString);

        actAs("sysadmin");
        for (int i = 0; i < 11; i++) {   // a chain of some length, whatever ran before
            organizations.createRegion(unique("C"), "链测试区域", RegionLevel.COUNTY, null);
        }
        actAs("auditadmin");
        ChainVerification verification = audit.verifyChain();
        assertTrue(verification.intact(), () -> "broken at " + verification.brokenAtSequence() + " " + verification.reason());
        assertTrue(verification.checkedCount() > 10, () -> "checked " + verification.checkedCount());
    }

    /**
     * 50 audited use cases at once, each holding its transaction open after its change and audit
     * record are written until all 50 have written theirs. With a lock shared by every audited
     * transaction (the old chain head) the second writer would wait for the first to commit, the
     * first waits for the rest: the barrier times out and the test fails. Then the sealer chains
     * all 50 and the chain verifies, in full and from the checkpoint.
     */
    @Test
    void fifty_concurrent_audited_writes_do_not_wait_on_each_other_and_the_chain_seals_and_verifies() throws Exception {
        int writers = 50;
        String prefix = unique("P");
        CyclicBarrier allWritten = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            long start = System.nanoTime();
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String code = prefix + "-" + i;
                results.add(pool.submit(() -> probe.auditedWriteHeldOpen(code, allWritten, 60)));
            }
            long slowest = 0;
            for (Future<Long> result : results) {
                slowest = Math.max(slowest, result.get(120, TimeUnit.SECONDS));
            }
            long wall = System.nanoTime() - start;
            System.out.printf("AUDIT-CONCURRENCY %d audited writes held open together: all written in %d ms (slowest write %d ms)%n",
                    writers, wall / 1_000_000, slowest / 1_000_000);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(writers, probe.countAudit("region.created", prefix));

        // the same 50 again, each holding its transaction 200 ms after its audit record: serialized by
        // a shared lock they would take 50 × 200 ms = 10 s at least
        String heldPrefix = unique("H");
        ExecutorService again = Executors.newFixedThreadPool(writers);
        try {
            long start = System.nanoTime();
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String code = heldPrefix + "-" + i;
                results.add(again.submit(() -> {
                    probe.auditedWriteHolding(code, 200);
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get(120, TimeUnit.SECONDS);
            }
            long wall = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("AUDIT-CONCURRENCY %d audited writes holding 200 ms each: %d ms in all%n", writers, wall);
            assertTrue(wall < 5000, () -> "50 writes holding 200 ms took " + wall + " ms: they waited for each other");
        } finally {
            again.shutdownNow();
        }

        actAs("auditadmin");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);   // a gap left by another test waits its grace period
        ChainVerification full = audit.verifyChain();
        while (probe.unsealedRegionRecords(prefix) + probe.unsealedRegionRecords(heldPrefix) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(2000);
            full = audit.verifyChain();
        }
        assertEquals(0, probe.unsealedRegionRecords(prefix) + probe.unsealedRegionRecords(heldPrefix), "every committed record is sealed");
        ChainVerification fullResult = full;
        assertTrue(full.intact(), () -> "broken at " + fullResult.brokenAtSequence() + " " + fullResult.reason());
        assertEquals(0, full.fromSequence());

        ChainVerification incremental = audit.verifyChainSinceCheckpoint();
        assertTrue(incremental.intact(), () -> "broken at " + incremental.brokenAtSequence() + " " + incremental.reason());
        assertTrue(incremental.fromSequence() >= full.checkedCount(), () -> "started at " + incremental.fromSequence());
        assertTrue(incremental.checkedCount() < full.checkedCount(), "the incremental walk starts at the checkpoint");
    }

    @Test
    void two_nodes_claiming_the_same_job_period_at_once_run_it_once() throws Exception {
        String period = unique("race-");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Optional<Long>> claim = () -> {
            start.await();
            return claims.claim(ScheduledJob.AUDIT_CHAIN_VERIFICATION, period, JobTrigger.SCHEDULE, "node", "system:test");
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<Long>>> results = List.of(pool.submit(claim), pool.submit(claim), pool.submit(claim), pool.submit(claim));
            start.countDown();
            long won = 0;
            for (Future<Optional<Long>> result : results) {
                won += result.get().isPresent() ? 1 : 0;
            }
            assertEquals(1, won, "exactly one claim wins");
            assertEquals(1, probe.countClaims(period));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_administrator_runs_the_chain_verification_now_in_the_background_audited_and_sees_it_in_the_history() throws Exception {
        actAs("sysadmin");
        long before = jobs.historyCount(ScheduledJob.AUDIT_CHAIN_VERIFICATION);
        long requested = probe.countAuditOf("job.runRequested", "sysadmin");
        JobRun queued = jobs.runNow(ScheduledJob.AUDIT_CHAIN_VERIFICATION);
        assertEquals(JobTrigger.MANUAL, queued.getTrigger());
        assertEquals(requested + 1, probe.countAuditOf("job.runRequested", "sysadmin"), "the request is audited");

        assertEquals(JobRunStatus.SUCCEEDED, finished(queued.getId()).getStatus());
        assertEquals(before + 1, jobs.historyCount(ScheduledJob.AUDIT_CHAIN_VERIFICATION));
        assertTrue(jobs.overview().get(0).nextRun() != null, "the nightly run is due at a stored time");

        actAs("auditadmin");
        assertThrows(NotPermittedException.class, () -> jobs.runNow(ScheduledJob.AUDIT_CHAIN_VERIFICATION));
    }

    /** Waits for a run to finish (as the system administrator, who may read the runs). */
    private JobRun finished(long runId) throws InterruptedException {
        actAs("sysadmin");
        for (int i = 0; i < 240 && !jobs.run(runId).getStatus().isFinished(); i++) {
            Thread.sleep(250);
        }
        return jobs.run(runId);
    }

    /** Three servers' ticks at once, as on a cluster (the application's own timer may join in: still once). */
    private void tickOnThreeServersAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Object> tick = () -> {
                start.await();
                jobs.tick();
                return null;
            };
            List<Future<Object>> ticks = List.of(pool.submit(tick), pool.submit(tick), pool.submit(tick));
            start.countDown();
            for (Future<Object> done : ticks) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_run_left_running_by_a_dead_server_is_taken_over_after_its_lease_expired_and_completes_once() throws Exception {
        String period = unique("lease-");
        probe.insertAbandonedRun(ScheduledJob.NOTIFICATION_DELIVERY.name(), period, "dead-server@1", LocalDateTime.now(clock).minusMinutes(1));

        tickOnThreeServersAtOnce();

        List<JobRun> runs = probe.runsOf(ScheduledJob.NOTIFICATION_DELIVERY, List.of(period));
        assertEquals(1, runs.size());
        JobRun run = finished(runs.get(0).getId());
        assertEquals(JobRunStatus.SUCCEEDED, run.getStatus(), run::getMessage);
        assertEquals(2, run.getAttempt(), "taken over exactly once");
        assertNotEquals("dead-server@1", run.getNode());
        assertEquals(1, probe.countClaims(period));
    }

    @Test
    void a_run_missed_while_every_server_was_down_is_caught_up_once_for_the_latest_period() throws Exception {
        ScheduledJob job = ScheduledJob.NOTIFICATION_DELIVERY;
        JobSchedule schedule = job.schedule(clock.getZone());
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime latest = schedule.latestDueAtOrBefore(now);
        List<String> periods = List.of(job.periodKey(latest), job.periodKey(latest.minusDays(1)), job.periodKey(latest.minusDays(2)),
                job.periodKey(latest.minusDays(3)));
        probe.downSince(job.name(), latest.minusDays(3), periods);   // three missed nights and today's

        tickOnThreeServersAtOnce();

        List<JobRun> runs = probe.runsOf(job, periods);
        assertEquals(1, runs.size(), "one catch-up run, not one per missed night");
        assertEquals(job.periodKey(latest), runs.get(0).getPeriodKey());
        assertEquals(JobTrigger.SCHEDULE, runs.get(0).getTrigger());
        assertEquals(JobRunStatus.SUCCEEDED, finished(runs.get(0).getId()).getStatus());
        assertTrue(probe.nextDue(job).isAfter(now), "the next due time moved past now");
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Test
    void a_background_filing_runs_as_its_requester_files_what_it_can_and_says_what_it_could_not() throws Exception {
        actAs("finance01");
        BackgroundTask task = tasks.submit(TaskKind.BATCH_FILING, "999999991,999999992");   // ids nobody has
        long id = task.getId();
        for (int i = 0; i < 120 && !tasks.task(id).getStatus().isFinished(); i++) {
            Thread.sleep(250);
        }
        BackgroundTask finished = tasks.task(id);
        assertEquals(TaskStatus.SUCCEEDED, finished.getStatus());
        assertEquals(List.of("0", "2"), finished.getOutcomeArguments(), "nothing filed, two refused");
        assertEquals(100, finished.getPercent());
        assertTrue(probe.countAuditOf("task.submitted", "finance01") > 0, "starting a task is audited");

        actAs("dept01");
        assertThrows(NotFoundException.class, () -> tasks.task(id), "only the requester sees a task");
    }
}
