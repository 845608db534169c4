package cn.fundperf.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.business.IllegalTransitionException;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.business.NotPermittedException;
import cn.fundperf.ejb.business.OutOfScopeException;
import cn.fundperf.ejb.business.StaleVersionException;
import cn.fundperf.ejb.fundaction.FundAction;
import cn.fundperf.ejb.fundaction.FundActionKind;
import cn.fundperf.ejb.fundaction.FundActionService;
import cn.fundperf.ejb.fundaction.FundActionStatus;
import cn.fundperf.ejb.job.JobRun;
import cn.fundperf.ejb.job.JobRunStatus;
import cn.fundperf.ejb.job.JobSchedule;
import cn.fundperf.ejb.job.JobService;
import cn.fundperf.ejb.job.ScheduledJob;
import cn.fundperf.ejb.monitoring.DeviationCause;
import cn.fundperf.ejb.monitoring.IncompleteReportException;
import cn.fundperf.ejb.monitoring.Likelihood;
import cn.fundperf.ejb.monitoring.LineEntry;
import cn.fundperf.ejb.monitoring.MonitoringEvidence;
import cn.fundperf.ejb.monitoring.MonitoringPeriod;
import cn.fundperf.ejb.monitoring.MonitoringReport;
import cn.fundperf.ejb.monitoring.MonitoringSchedule;
import cn.fundperf.ejb.monitoring.MonitoringService;
import cn.fundperf.ejb.monitoring.MonitoringSettings;
import cn.fundperf.ejb.monitoring.MonitoringTask;
import cn.fundperf.ejb.monitoring.RecordedFinding;
import cn.fundperf.ejb.monitoring.ReportEntry;
import cn.fundperf.ejb.monitoring.ReportFacts;
import cn.fundperf.ejb.monitoring.ReportStatus;
import cn.fundperf.ejb.monitoring.WarningBatch;
import cn.fundperf.ejb.monitoring.WarningLevel;
import cn.fundperf.ejb.monitoring.WarningRules;
import cn.fundperf.ejb.notification.NotificationKind;
import cn.fundperf.ejb.project.FundSource;
import cn.fundperf.ejb.rectification.NoticeStatus;
import cn.fundperf.ejb.rectification.RectificationNotice;
import cn.fundperf.ejb.rectification.RectificationService;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.security.DataScope;
import cn.fundperf.ejb.security.Role;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.IndicatorSettings;
import cn.fundperf.ejb.targetsheet.IndicatorValue;
import cn.fundperf.ejb.validation.Limits;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Execution monitoring on PostgreSQL (issue 13): a period opens once however many triggers race,
 * the daily job catches up a period missed while no server ran, reminders and overdue notices go
 * once, and a unit's report with evidence is judged and explained, within data scope. The demo's
 * released target of 白云乡 (unit03) is the project reported on.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82};

    @Deployment
    static WebArchive application() {
        return Deployments.applicationWithProbe();
    }

    @Inject
    TestProbe probe;

    @Inject
    CurrentActor currentActor;

    @Inject
    MonitoringSchedule schedule;

    @Inject
    MonitoringService monitoring;

    @Inject
    JobService jobs;

    @Inject
    WarningBatch warnings;

    @Inject
    RectificationService rectifications;

    @Inject
    FundActionService funds;

    @Inject
    MonitoringSettings monitoringSettings;

    @Inject
    IndicatorSettings indicatorSettings;

    @Inject
    Clock clock;

    private void actAs(String username) {
        currentActor.set(probe.actor(username));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A period of this year measured up to 1 January, added by finance, opening on a day and closing
     * some days later. Tests that open it themselves let it open tomorrow, so that the daily job (which
     * may run meanwhile) neither opens it nor sends its reminders first.
     */
    private MonitoringPeriod period(String name, LocalDate opensOn, int daysToReport) {
        actAs("finance01");
        int year = today().getYear();
        return schedule.addPeriod(year, name + " " + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(year, 1, 1), opensOn,
                opensOn.plusDays(daysToReport), false);
    }

    @Test
    void a_period_opened_by_two_triggers_at_once_gets_each_task_and_each_notice_once() throws Exception {
        MonitoringPeriod period = period("并发开启", today().plusDays(1), 10);
        long released = probe.countReleasedSheets(today().getYear());
        assertTrue(released >= 2, "the demo county has released targets: " + released);

        Future<Object> first = probe.asUser("finance01", () -> schedule.open(period.getId()));
        Future<Object> second = probe.asUser("finance01", () -> schedule.open(period.getId()));
        int a = (Integer) first.get(60, TimeUnit.SECONDS);
        int b = (Integer) second.get(60, TimeUnit.SECONDS);

        assertEquals(released, a + b, "one opener created every task");
        assertTrue(a == 0 || b == 0, "the other found it open: " + a + ", " + b);
        assertEquals(released, probe.countTasks(period.getId()));
        assertEquals(probe.countUnitsWithTasks(period.getId()),
                probe.countOfficeNotifications(Role.UNIT, null, NotificationKind.MONITORING_OPENED, period.getName()),
                "one notice to each unit with tasks");
        assertEquals(1, probe.countAuditOfEntity("monitoring.periodOpened", String.valueOf(period.getId())));

        actAs("finance01");
        assertEquals(0, schedule.open(period.getId()), "a third trigger later changes nothing");
        assertEquals(released, probe.countTasks(period.getId()));
    }

    @Test
    void the_daily_job_opens_a_period_missed_while_every_server_was_down() throws Exception {
        MonitoringPeriod missed = period("停机期间错过", today().minusDays(3), 30);
        ScheduledJob job = ScheduledJob.MONITORING_CALENDAR;
        JobSchedule daily = job.schedule(clock.getZone());
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime latest = daily.latestDueAtOrBefore(now);
        List<String> periods = List.of(job.periodKey(latest), job.periodKey(latest.minusDays(1)), job.periodKey(latest.minusDays(2)),
                job.periodKey(latest.minusDays(3)));
        probe.downSince(job.name(), latest.minusDays(3), periods);

        actAs("sysadmin");
        jobs.tick();

        JobRun run = null;
        for (int i = 0; i < 240; i++) {
            List<JobRun> runs = probe.runsOf(job, periods);
            if (!runs.isEmpty() && jobs.run(runs.get(0).getId()).getStatus().isFinished()) {
                run = jobs.run(runs.get(0).getId());
                break;
            }
            Thread.sleep(250);
        }
        assertNotNull(run, "the catch-up run finished");
        assertEquals(JobRunStatus.SUCCEEDED, run.getStatus(), run::getMessage);
        assertEquals(1, probe.runsOf(job, periods).size(), "one catch-up run, not one per missed night");
        assertEquals(probe.countReleasedSheets(today().getYear()), probe.countTasks(missed.getId()), "opened with its tasks");
        assertTrue(run.getMessage().contains("opened"), run.getMessage());
    }

    @Test
    void reminders_go_once_before_the_deadline_and_late_reports_are_told_to_unit_department_and_finance() {
        LocalDate opens = today().plusDays(1);
        MonitoringPeriod period = period("提醒与逾期", opens, 3);
        actAs("finance01");
        int tasks = schedule.open(period.getId());
        assertTrue(tasks >= 2);

        assertEquals(0, schedule.remind(period.getId(), today()), "7 days before would fall before the opening: none");
        assertEquals(tasks, schedule.remind(period.getId(), opens), "3 days before: every unsubmitted report is reminded");
        assertEquals(0, schedule.remind(period.getId(), opens), "a second run that day sends nothing");
        assertEquals(0, schedule.remind(period.getId(), opens.plusDays(1)), "no reminder is due 2 days before");
        assertEquals(tasks, schedule.remind(period.getId(), opens.plusDays(2)), "1 day before");
        long units = probe.countUnitsWithTasks(period.getId());
        assertEquals(2 * units, probe.countOfficeNotifications(Role.UNIT, null, NotificationKind.MONITORING_REMINDER, period.getName()));

        assertEquals(0, schedule.markOverdue(period.getId(), opens.plusDays(3)), "on the deadline nothing is late yet");
        assertEquals(tasks, schedule.markOverdue(period.getId(), opens.plusDays(4)));
        assertEquals(0, schedule.markOverdue(period.getId(), opens.plusDays(5)), "marked once");
        assertEquals(units, probe.countOfficeNotifications(Role.UNIT, null, NotificationKind.MONITORING_OVERDUE, period.getName()));
        assertEquals(1, probe.countOfficeNotifications(Role.FINANCE, "CZJ", NotificationKind.MONITORING_OVERDUE, period.getName()));
        assertEquals(1, probe.countOfficeNotifications(Role.DEPT, "BM-NYJ", NotificationKind.MONITORING_OVERDUE, period.getName()),
                "白云乡's department hears of its late report");

        actAs("finance01");
        List<MonitoringTask> late = monitoring.tasks(MonitoringService.TaskFilter.ofPeriod(period.getId()), 0, 100);
        assertEquals(tasks, late.size());
        assertTrue(late.stream().allMatch(t -> period.getDeadline().plusDays(1).equals(t.getOverdueSince())));
    }

    @Test
    void a_unit_reports_with_evidence_a_red_report_explains_itself_and_only_its_scope_reads_it() throws Exception {
        MonitoringPeriod period = period("单位填报", today().plusDays(1), 10);
        actAs("finance01");
        schedule.open(period.getId());

        actAs("unit03");
        List<MonitoringTask> mine = monitoring.tasks(MonitoringService.TaskFilter.ofPeriod(period.getId()), 0, 100);
        assertFalse(mine.isEmpty(), "白云乡 has a released target to report on");
        assertTrue(mine.stream().allMatch(t -> t.getUsingUnit().getCode().equals("DW-BYX")), "a unit lists only its own tasks");
        long taskId = mine.get(0).getId();
        MonitoringReport report = monitoring.report(taskId);
        List<IndicatorLine> indicators = report.indicators();
        assertFalse(indicators.isEmpty());
        assertEquals(ReportStatus.OPEN, report.task().getStatus());

        // a half-filled draft saves; submitting it names every gap and keeps nothing of the attempt
        LineEntry firstLine = impossible(indicators.get(0));
        MonitoringReport draft = monitoring.save(taskId, report.task().getVersion(), new ReportEntry(List.of(firstLine), List.of()));
        assertEquals(ReportStatus.DRAFT, draft.task().getStatus());
        IncompleteReportException incomplete = assertThrows(IncompleteReportException.class,
                () -> monitoring.submit(taskId, draft.task().getVersion(), new ReportEntry(List.of(firstLine), List.of())));
        assertTrue(incomplete.getGaps().size() >= indicators.size(), incomplete.getGaps()::toString);
        assertEquals(ReportStatus.DRAFT, monitoring.report(taskId).task().getStatus());

        // the 绩效运行监控表 goes out as xlsx and PDF and comes back from the same xlsx as a draft, line by line
        byte[] form = monitoring.form(taskId, false);
        MonitoringReport imported = monitoring.importForm(taskId, monitoring.report(taskId).task().getVersion(), form);
        assertEquals(ReportStatus.DRAFT, imported.task().getStatus());
        assertEquals(Likelihood.IMPOSSIBLE, imported.task().line(indicators.get(0).key()).orElseThrow().getLikelihood());
        assertEquals("上级资金尚未到位", imported.task().line(indicators.get(0).key()).orElseThrow().getReason());
        assertEquals("%PDF", new String(Arrays.copyOf(monitoring.form(taskId, true), 4), StandardCharsets.US_ASCII));
        assertEquals("monitoring.import.notAForm", assertThrows(InvalidInputException.class,
                () -> monitoring.importForm(taskId, monitoring.report(taskId).task().getVersion(), anotherWorkbook())).getKey());

        // evidence: too large, renamed and cut-off files are refused and nothing is kept; a real one is, with its digest
        byte[] huge = Arrays.copyOf(PDF, Limits.UPLOAD_BYTES.max() + 1);
        assertEquals("monitoring.evidence.tooLarge", assertThrows(InvalidInputException.class,
                () -> monitoring.addEvidence(taskId, null, "验收报告.pdf", huge)).getKey());
        assertEquals("monitoring.evidence.renamed", assertThrows(InvalidInputException.class,
                () -> monitoring.addEvidence(taskId, null, "验收报告.pdf", PNG)).getKey());
        assertEquals("monitoring.evidence.broken", assertThrows(InvalidInputException.class,
                () -> monitoring.addEvidence(taskId, null, "验收报告.pdf", Arrays.copyOf(PDF, 20))).getKey());
        assertEquals(0, monitoring.report(taskId).evidence().size());
        String key = indicators.get(0).key();
        MonitoringEvidence evidence = monitoring.addEvidence(taskId, key, "护林巡查记录.pdf", PDF);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)), evidence.getSha256());
        try (InputStream content = monitoring.evidenceContent(evidence.getId())) {
            assertEquals(new String(PDF, StandardCharsets.US_ASCII), new String(content.readAllBytes(), StandardCharsets.US_ASCII));
        }
        MonitoringReport withEvidence = monitoring.report(taskId);
        assertTrue(withEvidence.task().line(key).orElseThrow().isEvidenced(), "the backed line shows it");

        // the whole report: one indicator stated impossible, the rest on track, a tenth of the budget spent
        List<LineEntry> lines = new ArrayList<>(List.of(firstLine));
        indicators.subList(1, indicators.size()).forEach(line -> lines.add(onTrack(line)));
        BigDecimal tenth = withEvidence.task().getReleasedBudget().divide(BigDecimal.TEN, 2, RoundingMode.DOWN);
        ReportEntry whole = new ReportEntry(lines, List.of(new ReportEntry.Executed(FundSource.CENTRAL, tenth)));
        MonitoringReport submitted = monitoring.submit(taskId, withEvidence.task().getVersion(), whole);
        assertEquals(ReportStatus.SUBMITTED, submitted.task().getStatus());
        assertEquals(WarningLevel.RED, submitted.task().getLevel());
        RecordedFinding stated = submitted.task().getFindings().stream()
                .filter(f -> f.getRule().equals("monitoring.rule.statedImpossible")).findFirst().orElseThrow();
        assertEquals(List.of(indicators.get(0).name()), stated.getArguments(), "the finding names the indicator");
        assertEquals(1, probe.countOfficeNotifications(Role.DEPT, "BM-NYJ", NotificationKind.MONITORING_RED, period.getName()));
        assertEquals(1, probe.countOfficeNotifications(Role.FINANCE, "CZJ", NotificationKind.MONITORING_RED, period.getName()));

        // a double submit is harmless; the report is final
        MonitoringReport again = monitoring.submit(taskId, withEvidence.task().getVersion(), whole);
        assertEquals(submitted.task().getVersion(), again.task().getVersion());
        assertEquals(1, probe.countAuditOfEntity("monitoring.reportSubmitted", String.valueOf(taskId)));
        assertEquals("monitoring.alreadySubmitted", assertThrows(IllegalTransitionException.class,
                () -> monitoring.save(taskId, again.task().getVersion(), whole)).getKey());

        // another unit neither reads it nor its evidence; the department and finance read the explanation
        actAs("unit01");
        assertThrows(OutOfScopeException.class, () -> monitoring.report(taskId));
        assertThrows(OutOfScopeException.class, () -> monitoring.evidenceContent(evidence.getId()));
        actAs("finance01");
        assertEquals(WarningLevel.RED, monitoring.report(taskId).task().getLevel());
        actAs("dept01");
        MonitoringTask returned = monitoring.returnReport(taskId, monitoring.report(taskId).task().getVersion(), "请补充护林巡查记录的照片");
        assertEquals(ReportStatus.RETURNED, returned.getStatus());
        assertEquals(1, probe.countOfficeNotifications(Role.UNIT, "DW-BYX", NotificationKind.MONITORING_RETURNED, "请补充护林巡查记录的照片"));
        actAs("unit03");
        MonitoringReport reopened = monitoring.report(taskId);
        assertTrue(reopened.task().getStatus().isEditable(), "returned: the unit can change it again");
        monitoring.save(taskId, reopened.task().getVersion(), whole);
    }

    /**
     * A RED report drafts a rectification notice for its department and (above 500 000 元 released)
     * a 暂缓拨付 for finance; neither acts by itself. The department issues the notice; finance
     * confirms the suspension, recalls no more than is left, and resumes; each step is audited and
     * the unit told.
     */
    @Test
    void a_red_report_drafts_a_notice_and_a_suspension_that_only_a_person_puts_into_effect() {
        MonitoringPeriod period = period("整改与资金处理", today().plusDays(1), 10);
        actAs("finance01");
        schedule.open(period.getId());
        actAs("unit03");
        MonitoringTask mine = monitoring.tasks(MonitoringService.TaskFilter.ofPeriod(period.getId()), 0, 10).get(0);
        MonitoringReport report = monitoring.report(mine.getId());
        long sheetId = report.task().getSheet().getId();
        List<LineEntry> lines = new ArrayList<>(List.of(impossible(report.indicators().get(0))));
        report.indicators().subList(1, report.indicators().size()).forEach(line -> lines.add(onTrack(line)));
        monitoring.submit(mine.getId(), report.task().getVersion(), new ReportEntry(lines,
                List.of(new ReportEntry.Executed(FundSource.CENTRAL, BigDecimal.valueOf(1000)))));

        actAs("dept01");
        List<RectificationNotice> notices = rectifications.noticesOf(sheetId).stream()
                .filter(n -> n.getTask() != null && n.getTask().getId().equals(mine.getId())).toList();
        assertEquals(1, notices.size(), "one draft for the red report");
        assertEquals(NoticeStatus.DRAFT, notices.get(0).getStatus());
        assertEquals("rectification.deadline", assertThrows(InvalidInputException.class, () -> rectifications.issue(notices.get(0).getId(),
                notices.get(0).getVersion(), "护林巡查未按期开展", "一个月内补齐巡查记录", today())).getKey());
        RectificationNotice issued = rectifications.issue(notices.get(0).getId(), notices.get(0).getVersion(), "护林巡查未按期开展",
                "一个月内补齐巡查记录", today().plusDays(30));
        assertEquals(NoticeStatus.ISSUED, issued.getStatus());
        assertEquals(1, probe.countOfficeNotifications(Role.UNIT, "DW-BYX", NotificationKind.RECTIFICATION_ISSUED, today().plusDays(30).toString()));
        assertThrows(NotPermittedException.class, () -> funds.record(sheetId, funds.ledger(sheetId).actions().size(), FundActionKind.SUSPEND, null, "部门无权", "文号"));

        actAs("finance01");
        FundActionService.Ledger before = funds.ledger(sheetId);
        FundAction proposal = before.actions().stream().filter(a -> a.getStatus() == FundActionStatus.PROPOSED).findFirst()
                .orElseThrow(() -> new AssertionError("a draft suspension waits: " + before.actions()));
        assertEquals(FundActionKind.SUSPEND, proposal.getKind());
        assertFalse(before.standing().isSuspended(), "a proposal alone suspends nothing");
        assertEquals("fund.document", assertThrows(InvalidInputException.class, () -> funds.decide(proposal.getId(), proposal.getVersion(), " "))
                .getKey());
        funds.decide(proposal.getId(), proposal.getVersion(), "清财预〔2026〕140号");
        FundActionService.Ledger suspended = funds.ledger(sheetId);
        assertTrue(suspended.standing().isSuspended());
        assertEquals(1, probe.countAuditOfEntity("fund.decided", String.valueOf(proposal.getId())));
        assertTrue(probe.countOfficeNotifications(Role.UNIT, "DW-BYX", NotificationKind.FUND_ACTION, "清财预〔2026〕140号") >= 1);
        assertEquals("fund.alreadySuspended", assertThrows(IllegalTransitionException.class,
                () -> funds.record(sheetId, funds.ledger(sheetId).actions().size(), FundActionKind.SUSPEND, null, "再次暂缓", "清财预〔2026〕141号")).getKey());

        BigDecimal tooMuch = suspended.standing().recallable().add(new BigDecimal("0.01"));
        assertEquals("fund.recallAboveReleased", assertThrows(InvalidInputException.class,
                () -> funds.record(sheetId, funds.ledger(sheetId).actions().size(), FundActionKind.RECALL, tooMuch, "超额收回", "清财预〔2026〕142号")).getKey());
        int seen = funds.ledger(sheetId).actions().size();
        funds.record(sheetId, seen, FundActionKind.RECALL, new BigDecimal("100000"), "进度严重滞后，收回部分资金统筹使用", "清财预〔2026〕143号");
        assertThrows(StaleVersionException.class, () -> funds.record(sheetId, seen, FundActionKind.RECALL, new BigDecimal("100000"),
                "进度严重滞后，收回部分资金统筹使用", "清财预〔2026〕143号"), "the same decision sent twice recalls once");
        funds.record(sheetId, funds.ledger(sheetId).actions().size(), FundActionKind.RESUME, null, "整改到位，恢复拨付", "清财预〔2026〕144号");
        FundActionService.Ledger after = funds.ledger(sheetId);
        assertFalse(after.standing().isSuspended());
        assertEquals(0, suspended.standing().recallable().subtract(new BigDecimal("100000")).compareTo(after.standing().recallable()));
        assertEquals("fund.notSuspended", assertThrows(IllegalTransitionException.class,
                () -> funds.record(sheetId, funds.ledger(sheetId).actions().size(), FundActionKind.RESUME, null, "再次恢复", "清财预〔2026〕145号")).getKey());
    }

    /** 重点监控: a key-only period has reports for the projects finance chose, and only for them. */
    @Test
    void a_key_only_period_reports_only_the_projects_finance_chose() {
        actAs("finance01");
        int year = today().getYear();
        MonitoringPeriod monthly = schedule.addPeriod(year, "重点监控测试 " + UUID.randomUUID().toString().substring(0, 6), LocalDate.of(year, 1, 1),
                today().plusDays(1), today().plusDays(6), true);
        long sheet = probe.releasedSheets(year).get(0);
        assertFalse(schedule.isKeyProject(sheet));
        schedule.chooseKeyProject(sheet, true);
        schedule.chooseKeyProject(sheet, true);
        assertTrue(schedule.isKeyProject(sheet));
        assertEquals(1, probe.countAuditOfEntity("monitoring.keyProject", String.valueOf(sheet)), "choosing twice is one change");
        actAs("dept01");
        assertThrows(NotPermittedException.class, () -> schedule.chooseKeyProject(sheet, false));

        actAs("finance01");
        assertEquals(1, schedule.open(monthly.getId()), "one report: the key project's");
        schedule.chooseKeyProject(sheet, false);
        assertFalse(schedule.isKeyProject(sheet));
    }

    /**
     * The nightly batch in SQL and the plain Java rules judge alike: reports of every kind (on track,
     * a forecast short of its target, an indicator stated impossible or only possible, late time
     * limits, nothing spent) and one never submitted, on the day and after the deadline.
     */
    @Test
    void the_set_based_batch_judges_every_report_as_the_java_rules_do() {
        MonitoringPeriod period = period("批量预警核对", today().plusDays(1), 10);
        actAs("finance01");
        int opened = schedule.open(period.getId());
        List<MonitoringTask> tasks = monitoring.tasks(MonitoringService.TaskFilter.ofPeriod(period.getId()), 0, 100);
        assertEquals(opened, tasks.size());
        currentActor.set(Actor.system("test", DataScope.jurisdiction("/")));
        for (int i = 0; i < tasks.size() - 1; i++) {   // the last one is never submitted
            MonitoringReport report = monitoring.report(tasks.get(i).getId());
            int variant = i % 5;
            List<LineEntry> lines = new ArrayList<>();
            for (IndicatorLine line : report.indicators()) {
                lines.add(variant == 1 ? shortBy(line, "0.9") : variant == 2 && lines.isEmpty() ? impossible(line)
                        : variant == 3 ? filled(line, Likelihood.POSSIBLE, DeviationCause.STAFF, "人手不足", "增派人员")
                        : variant == 4 ? late(line) : onTrack(line));
            }
            BigDecimal spent = variant == 4 ? BigDecimal.ZERO : report.task().getReleasedBudget().divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN);
            monitoring.submit(report.task().getId(), report.task().getVersion(),
                    new ReportEntry(lines, List.of(new ReportEntry.Executed(FundSource.CENTRAL, spent))));
        }
        for (LocalDate day : List.of(today(), period.getDeadline().plusDays(30))) {
            warnings.assess(period.getId(), day);
            assertEquals(0, warnings.assess(period.getId(), day), "a second run on the same day changes nothing");
            for (MonitoringTask task : tasks) {
                MonitoringReport report = monitoring.report(task.getId());
                WarningRules.Assessment java = new WarningRules(monitoringSettings.thresholds()).assess(ReportFacts.asItStands(
                        report.task(), report.indicators(), indicatorSettings.implicitOperators(), day));
                WarningLevel expected = !report.task().isSubmitted() && java.findings().isEmpty() ? null : java.level();
                assertEquals(expected, report.task().getLevel(), () -> report.task().getProject().getCode() + " on " + day + ": " + java);
            }
        }
        assertEquals(WarningLevel.RED, monitoring.report(tasks.get(tasks.size() - 1).getId()).task().getLevel(),
                "a month after the deadline the report never submitted is RED");
    }

    /** A forecast short of its target by a share: below the yellow line at 0.9, on track otherwise. */
    private static LineEntry shortBy(IndicatorLine line, String share) {
        LineEntry full = onTrack(line);
        return full.expected() == null ? full : new LineEntry(full.key(), full.achieved(), full.expected().multiply(new BigDecimal(share)),
                full.doneOn(), full.statement(), Likelihood.CERTAIN, null, null, null);
    }

    /** A time limit finished the day after its deadline would be; other lines on track. */
    private static LineEntry late(IndicatorLine line) {
        LineEntry full = onTrack(line);
        if (line.targetValue() instanceof IndicatorValue.TimeLimit limit) {
            LocalDate deadline = limit.deadline(LocalDate.now().getYear()).orElse(null);
            return new LineEntry(full.key(), null, null, deadline == null ? null : deadline.plusDays(1), null, Likelihood.CERTAIN,
                    null, null, null);
        }
        return full;
    }

    /** The unit says it cannot meet this one, with cause, reason and measure. */
    private static LineEntry impossible(IndicatorLine line) {
        return filled(line, Likelihood.IMPOSSIBLE, DeviationCause.FUNDING, "上级资金尚未到位", "协调财政加快资金拨付");
    }

    private static LineEntry onTrack(IndicatorLine line) {
        return filled(line, Likelihood.CERTAIN, null, null, null);
    }

    private static LineEntry filled(IndicatorLine line, Likelihood likelihood, DeviationCause cause, String reason, String measure) {
        IndicatorValue target = line.targetValue();
        BigDecimal number = target instanceof IndicatorValue.Quantity q ? q.number()
                : target instanceof IndicatorValue.Range r ? r.upper() : null;
        LocalDate doneOn = target instanceof IndicatorValue.TimeLimit ? LocalDate.of(LocalDate.now().getYear(), 1, 2) : null;
        String statement = target instanceof IndicatorValue.Qualitative ? "已按计划推进，群众反映良好" : null;
        return new LineEntry(line.key(), number, number, doneOn, statement, likelihood, cause, reason, measure);
    }

    /** An xlsx that is no monitoring form: a unit's own ledger. */
    private static byte[] anotherWorkbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("台账");
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
