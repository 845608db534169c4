package cn.fundperf.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.approval.AdjustmentService;
import cn.fundperf.ejb.approval.ApprovalService;
import cn.fundperf.ejb.approval.FilingEntry;
import cn.fundperf.ejb.business.BusinessException;
import cn.fundperf.ejb.business.IllegalTransitionException;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.business.NotPermittedException;
import cn.fundperf.ejb.business.OutOfScopeException;
import cn.fundperf.ejb.business.StaleVersionException;
import cn.fundperf.ejb.demo.DemoData;
import cn.fundperf.ejb.disclosure.DisclosureDeadline;
import cn.fundperf.ejb.disclosure.DisclosureDeadlineService;
import cn.fundperf.ejb.disclosure.DisclosureService;
import cn.fundperf.ejb.disclosure.DueDisclosure;
import cn.fundperf.ejb.disclosure.PublishedTarget;
import cn.fundperf.ejb.notification.Notification;
import cn.fundperf.ejb.notification.NotificationDelivery;
import cn.fundperf.ejb.notification.NotificationKind;
import cn.fundperf.ejb.notification.NotificationService;
import cn.fundperf.ejb.project.BudgetNeedsAdjustmentException;
import cn.fundperf.ejb.project.Project;
import cn.fundperf.ejb.project.ProjectService;
import cn.fundperf.ejb.project.TargetNotPassedException;
import cn.fundperf.ejb.project.TargetSheetStatus;
import cn.fundperf.ejb.review.CriterionOpinion;
import cn.fundperf.ejb.review.LineComment;
import cn.fundperf.ejb.review.MinutesDraft;
import cn.fundperf.ejb.review.MinutesStatus;
import cn.fundperf.ejb.review.OpenRoundRequest;
import cn.fundperf.ejb.review.OpinionDraft;
import cn.fundperf.ejb.review.Rating;
import cn.fundperf.ejb.review.ReviewCriterion;
import cn.fundperf.ejb.review.ReviewItem;
import cn.fundperf.ejb.review.ReviewMinutes;
import cn.fundperf.ejb.review.ReviewMinutesService;
import cn.fundperf.ejb.review.ReviewPackage;
import cn.fundperf.ejb.review.ReviewRound;
import cn.fundperf.ejb.review.ReviewService;
import cn.fundperf.ejb.review.RoundSelection;
import cn.fundperf.ejb.review.RoundStatus;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.targetsheet.AdjustmentType;
import cn.fundperf.ejb.targetsheet.ImportRejectedException;
import cn.fundperf.ejb.targetsheet.IndicatorLevel2;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.IndicatorValue;
import cn.fundperf.ejb.targetsheet.ReviewConclusion;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.targetsheet.TargetSheetService;
import cn.fundperf.ejb.targetsheet.TargetVersion;
import cn.fundperf.ejb.targetsheet.VersionDiff;
import cn.fundperf.ejb.worklist.Task;
import cn.fundperf.ejb.worklist.WorklistService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A whole review round on PostgreSQL: opening, members signing (two at the same moment, and one
 * member's double submit), the chair's conclusions, filing, approval into a frozen version that no
 * screen, import, API or SQL can change, publication, and an adjustment that yields version 2;
 * the committee's minutes exported with the opinion forms, and the disclosure deadline.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewIT {

    private static final List<String> COMMITTEE = List.of("finance01", "poverty01", "reviewer01", "auditor01");

    @Deployment
    static WebArchive application() {
        return Deployments.applicationWithProbe();
    }

    @ArquillianResource
    URL base;

    @Inject
    TestProbe probe;

    @Inject
    CurrentActor currentActor;

    @Inject
    ProjectService projects;

    @Inject
    TargetSheetService sheets;

    @Inject
    ReviewService reviews;

    @Inject
    ApprovalService approvals;

    @Inject
    AdjustmentService adjustments;

    @Inject
    DisclosureService disclosure;

    @Inject
    ReviewMinutesService minutes;

    @Inject
    DisclosureDeadlineService disclosureDeadlines;

    @Inject
    WorklistService worklist;

    @Inject
    NotificationService notifications;

    private SheetScenario scenario() {
        return new SheetScenario(probe, currentActor, projects, sheets);
    }

    private void actAs(String username) {
        scenario().actAs(username);
    }

    private static OpinionDraft rated(Rating rating) {
        Map<ReviewCriterion, CriterionOpinion> criteria = new EnumMap<>(ReviewCriterion.class);
        for (ReviewCriterion criterion : ReviewCriterion.values()) {
            criteria.put(criterion, new CriterionOpinion(rating, rating == Rating.DOES_NOT_CONFORM ? "指标与资金规模不匹配" : null));
        }
        return new OpinionDraft(criteria, "意见", List.of(new LineComment(1, "第一项指标", "请补充测算过程")));
    }

    private ReviewRound openRound(String title, List<String> members, TargetSheet... chosen) {
        actAs("finance01");
        List<Long> ids = new ArrayList<>();
        for (TargetSheet sheet : chosen) {
            ids.add(sheet.getId());
        }
        return reviews.openRound(new OpenRoundRequest(LocalDate.now().getYear(), title, RoundSelection.HAND_PICKED, null, null,
                ids, members, "finance01"));
    }

    private void sign(String username, long itemId, Rating rating) {
        actAs(username);
        ReviewItem item = reviews.round(itemRound(itemId)).getItems().stream().filter(i -> i.getId() == itemId).findFirst().orElseThrow();
        reviews.signOpinion(itemId, item.opinionOf(username).orElseThrow().getVersion(), rated(rating));
    }

    private long itemRound(long itemId) {
        return reviews.reviewPackage(itemId).item().getRound().getId();
    }

    private ReviewItem conclude(long itemId, ReviewConclusion conclusion, String reason) {
        actAs("finance01");
        ReviewItem item = reviews.reviewPackage(itemId).item();
        return reviews.conclude(itemId, item.getVersion(), conclusion, reason);
    }

    private Future<Object> signAtOnce(String username, long itemId, CountDownLatch start) {
        return probe.asUser(username, () -> {
            ReviewItem item = reviews.reviewPackage(itemId).item();
            long version = item.opinionOf(username).orElseThrow().getVersion();
            start.countDown();
            start.await(10, TimeUnit.SECONDS);
            return reviews.signOpinion(itemId, version, rated(Rating.CONFORMS)).getSignedAt();
        });
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Accept", "application/json").header("Accept-Language", "zh-CN")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> put(String user, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Accept", "application/json").header("Accept-Language", "zh-CN").header("Content-Type", "application/json")
                .header("X-Requested-With", "test")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void opening_a_round_notifies_its_members_in_the_same_transaction_and_each_reads_only_their_own() throws Exception {
        TargetSheet sheet = scenario().submittedSheet("通知测试项目");
        String failing = "回滚的轮次" + UUID.randomUUID().toString().substring(0, 6);
        actAs("finance01");
        assertThrows(InvalidInputException.class, () -> probe.thenFail(() -> reviews.openRound(new OpenRoundRequest(
                LocalDate.now().getYear(), failing, RoundSelection.HAND_PICKED, null, null, List.of(sheet.getId()), COMMITTEE, "finance01"))));
        for (String member : COMMITTEE) {
            assertEquals(0, probe.countNotifications(member, failing), "a rolled-back round leaves no notification");
        }

        String title = "通知轮次" + UUID.randomUUID().toString().substring(0, 6);
        actAs("reviewer01");
        long unreadBefore = notifications.unreadCount();
        ReviewRound round = openRound(title, COMMITTEE, sheet);
        for (String member : COMMITTEE) {
            assertEquals(1, probe.countNotifications(member, title), member);
        }
        assertEquals(0, probe.countNotifications("unit01", title));

        actAs("reviewer01");
        assertEquals(unreadBefore + 1, notifications.unreadCount());
        Notification mine = notifications.mine(0, 20).stream().filter(n -> n.getArguments().contains(title)).findFirst().orElseThrow();
        assertEquals(NotificationKind.REVIEW_ROUND_OPENED, mine.getKind());
        assertEquals("/app/review/round.xhtml?id=" + round.getId(), mine.getLink());
        assertEquals(List.of(title, "1"), mine.getArguments());
        assertEquals(NotificationDelivery.IN_APP_ONLY, mine.getDelivery(), "no delivery channel yet (mail comes with monitoring)");

        actAs("unit01");
        assertThrows(NotFoundException.class, () -> notifications.markRead(mine.getId()), "another's notification is missing to them");

        actAs("reviewer01");
        assertTrue(notifications.markRead(mine.getId()).isRead());
        assertEquals(unreadBefore, notifications.unreadCount());
    }

    @Test
    void a_round_from_opening_to_approval_with_concurrent_signing_and_the_chairs_conclusions() throws Exception {
        TargetSheet toPass = scenario().submittedSheet("审核通过项目");
        TargetSheet toRevise = scenario().submittedSheet("修改后再审项目");
        TargetSheet toFail = scenario().submittedSheet("审核不通过项目");

        ReviewRound round = openRound("集成测试审核轮次", COMMITTEE, toPass, toRevise, toFail);
        assertEquals(3, round.getItems().size());
        actAs("unit01");
        assertEquals(TargetSheetStatus.IN_REVIEW, sheets.view(toPass.getId()).getStatus());
        assertEquals(1, probe.countAuditOfEntity("review.roundOpened", String.valueOf(round.getId())));

        // a third-party expert sees the rounds they sit on and nothing else
        ReviewRound withoutExpert = openRound("不含专家的轮次", List.of("finance01", "poverty01", "auditor01"), scenario().submittedSheet("另一轮次项目"));
        actAs("reviewer01");
        assertTrue(reviews.rounds(0, 500).stream().anyMatch(r -> r.getId().equals(round.getId())));
        assertFalse(reviews.rounds(0, 500).stream().anyMatch(r -> r.getId().equals(withoutExpert.getId())));
        assertThrows(OutOfScopeException.class, () -> reviews.round(withoutExpert.getId()));

        long passItem = round.getItems().get(0).getId();
        long reviseItem = round.getItems().get(1).getId();
        long failItem = round.getItems().get(2).getId();

        // two members sign the same sheet at the same moment: both opinions stand
        CountDownLatch together = new CountDownLatch(2);
        Future<Object> poverty = signAtOnce("poverty01", passItem, together);
        Future<Object> expert = signAtOnce("reviewer01", passItem, together);
        assertNotNull(poverty.get(30, TimeUnit.SECONDS));
        assertNotNull(expert.get(30, TimeUnit.SECONDS));

        // one member's double submit: exactly one signature is taken, the other is refused
        CountDownLatch twice = new CountDownLatch(2);
        List<Future<Object>> clicks = List.of(signAtOnce("auditor01", passItem, twice), signAtOnce("auditor01", passItem, twice));
        int taken = 0;
        for (Future<Object> click : clicks) {
            try {
                click.get(30, TimeUnit.SECONDS);
                taken++;
            } catch (ExecutionException refused) {
                // the later click finds the opinion changed (optimistic lock) or already signed
            }
        }
        assertEquals(1, taken, "a double submit signs once");

        actAs("finance01");
        BusinessException early = assertThrows(IllegalTransitionException.class,
                () -> reviews.conclude(passItem, reviews.reviewPackage(passItem).item().getVersion(), ReviewConclusion.PASS, null));
        assertEquals("review.conclusion.unsigned", early.getKey(), "the chair waits for the last signature (their own)");
        sign("finance01", passItem, Rating.CONFORMS);

        actAs("poverty01");
        assertEquals("review.opinion.signed", assertThrows(IllegalTransitionException.class,
                () -> reviews.saveOpinion(passItem, reviews.reviewPackage(passItem).ownOpinion().getVersion(), rated(Rating.DOES_NOT_CONFORM))).getKey(),
                "a signed opinion cannot change");
        assertEquals("review.conclusion.chairOnly", assertThrows(IllegalTransitionException.class,
                () -> reviews.conclude(passItem, reviews.reviewPackage(passItem).item().getVersion(), ReviewConclusion.FAIL, "不是组长")).getKey());

        for (String member : COMMITTEE) {
            sign(member, reviseItem, Rating.MOSTLY_CONFORMS);
            sign(member, failItem, Rating.DOES_NOT_CONFORM);
        }
        conclude(passItem, ReviewConclusion.PASS, null);
        conclude(reviseItem, ReviewConclusion.REVISE, "满意度指标偏低，请修改后再审");
        conclude(failItem, ReviewConclusion.FAIL, "项目与脱贫目标关联不足");
        actAs("finance01");
        assertEquals(RoundStatus.CLOSED, reviews.round(round.getId()).getStatus());

        actAs("unit01");
        assertEquals(TargetSheetStatus.PASSED, sheets.view(toPass.getId()).getStatus());
        assertEquals(TargetSheetStatus.RETURNED, sheets.view(toRevise.getId()).getStatus());
        ReviewItem opinionsForUnit = reviews.latestReview(toRevise.getId()).orElseThrow();
        assertEquals(4, opinionsForUnit.getOpinions().size(), "the unit gets every opinion back");
        assertEquals("满意度指标偏低，请修改后再审", sheets.view(toRevise.getId()).lastReturnReason());
        assertEquals(TargetSheetStatus.REJECTED, sheets.view(toFail.getId()).getStatus());

        actAs("finance01");
        Project failed = projects.view(toFail.getProject().getId());
        assertThrows(TargetNotPassedException.class, () -> sheets.arrangeBudget(failed.getId(), failed.getVersion(), new BigDecimal("100000")),
                "不通过: no budget may be arranged");
        assertThrows(TargetNotPassedException.class, () -> projects.enterLibrary(failed.getId(), failed.getVersion()));

        // 备案 needs a budget; then the poverty office sees the filing
        assertEquals("filing.noBudget", assertThrows(InvalidInputException.class, () -> approvals.file(List.of(toPass.getId()))).getKey());
        Project passed = projects.view(toPass.getProject().getId());
        sheets.arrangeBudget(passed.getId(), passed.getVersion(), new BigDecimal("350000.46"));
        TargetSheet filed = approvals.file(List.of(toPass.getId())).filed().get(0);
        assertTrue(filed.getFilingNumber().startsWith("扶贫绩备〔" + LocalDate.now().getYear() + "〕"), filed.getFilingNumber());
        actAs("poverty01");
        assertTrue(approvals.filings(LocalDate.now().getYear(), 0, 500).stream().anyMatch(f -> f.sheetId() == toPass.getId()));

        // 批复 of the department's filed targets: a frozen version 1, published
        actAs("finance01");
        long department = probe.organizationId("BM-NYJ");
        List<TargetVersion> approved = approvals.approveDepartment(LocalDate.now().getYear(), department, "清财预〔2026〕99号", LocalDate.now());
        assertTrue(approved.stream().anyMatch(v -> v.getSheet().getId().equals(toPass.getId()) && v.getNumber() == 1));
        assertTrue(projects.view(passed.getId()).isBudgetApproved());
        List<PublishedTarget> published = disclosure.published(LocalDate.now().getYear(), department, null);
        assertTrue(published.stream().anyMatch(t -> t.row().projectCode().equals(passed.getCode()) && t.row().approvalDocument().equals("清财预〔2026〕99号")));

        assertFrozen(toPass.getId(), passed.getId());
        adjustToVersionTwo(toPass.getId(), passed.getId(), department);
    }

    @Test
    void the_minutes_go_out_with_the_opinion_forms_and_an_approval_left_unpublished_becomes_overdue() throws Exception {
        TargetSheet first = scenario().submittedSheet("纪要项目甲");
        TargetSheet second = scenario().submittedSheet("纪要项目乙");
        ReviewRound round = openRound("会议纪要测试轮次", COMMITTEE, first, second);
        long firstItem = round.getItems().get(0).getId();
        long secondItem = round.getItems().get(1).getId();

        // a member reads the (blank) minutes but does not record them
        actAs("reviewer01");
        ReviewMinutes blank = minutes.minutes(round.getId());
        assertFalse(blank.isRecorded());
        assertEquals(4, blank.getAttendance().size());
        MinutesDraft draft = new MinutesDraft(LocalDate.now().minusDays(1), "县财政局三楼会议室", "陈静", "李文",
                List.of(new MinutesDraft.Presence("auditor01", false, "外出审计")), "县农业农村局 王主任列席",
                List.of(new MinutesDraft.Decision(firstItem, "同意通过，按意见补充满意度指标")), "第二批项目下周审核");
        assertThrows(NotPermittedException.class, () -> minutes.saveMinutes(round.getId(), 0, draft));

        actAs("finance01");
        ReviewMinutes saved = minutes.saveMinutes(round.getId(), 0, draft);
        assertEquals(MinutesStatus.DRAFT, saved.getStatus());
        assertThrows(StaleVersionException.class, () -> minutes.saveMinutes(round.getId(), 0, draft), "a second first save finds them recorded");
        assertEquals("review.minutes.decisionRequired", assertThrows(InvalidInputException.class,
                () -> minutes.finalizeMinutes(round.getId(), saved.getVersion(), draft)).getKey(), "every sheet needs its decision");

        for (String member : COMMITTEE) {
            sign(member, firstItem, Rating.CONFORMS);
            sign(member, secondItem, Rating.CONFORMS);
        }
        conclude(firstItem, ReviewConclusion.PASS, null);
        actAs("finance01");
        MinutesDraft complete = new MinutesDraft(draft.meetingDate(), draft.place(), draft.chair(), draft.recorder(), draft.attendance(),
                draft.otherAttendees(), List.of(draft.decisions().get(0), new MinutesDraft.Decision(secondItem, "同意通过")), draft.notes());
        ReviewMinutes done = minutes.finalizeMinutes(round.getId(), minutes.minutes(round.getId()).getVersion(), complete);
        assertEquals(MinutesStatus.FINAL, done.getStatus());
        assertEquals(1, probe.countAuditOfEntity("review.minutesFinalized", String.valueOf(round.getId())));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(reviews.opinionForms(round.getId(), false)))) {
            assertEquals(3, workbook.getNumberOfSheets(), "two opinion forms, then the minutes");
            String text = text(workbook.getSheet("会议纪要"));
            assertTrue(text.contains("审核小组会议纪要|"), text);
            assertTrue(text.contains("县财政局三楼会议室"), text);
            assertTrue(text.contains("外出审计"), "the absent member with the reason: " + text);
            assertTrue(text.contains("县农业农村局 王主任列席"), text);
            assertTrue(text.contains("|通过|同意通过，按意见补充满意度指标|"), text);
            assertTrue(text.contains("|待组长确定|同意通过|"), "the second sheet is not concluded yet when exported: " + text);
            assertTrue(text.contains("已定稿"), text);
        }
        assertTrue(reviews.opinionForms(round.getId(), true).length > 0);

        conclude(secondItem, ReviewConclusion.PASS, null);
        actAs("finance01");
        assertEquals(RoundStatus.CLOSED, reviews.round(round.getId()).getStatus());
        assertEquals("review.minutes.final", assertThrows(IllegalTransitionException.class,
                () -> minutes.saveMinutes(round.getId(), done.getVersion(), complete)).getKey());
        HttpResponse<String> shown = get("reviewer01", "/api/review-rounds/" + round.getId() + "/minutes");
        assertEquals(200, shown.statusCode(), shown.body());
        assertTrue(shown.body().contains("\"status\":\"FINAL\"") && shown.body().contains("外出审计"), shown.body());

        // approved 60 days ago and never recorded as published: overdue for finance, in the list, the count and 我的待办
        Project passed = projects.view(first.getProject().getId());
        sheets.arrangeBudget(passed.getId(), passed.getVersion(), new BigDecimal("120000"));
        approvals.file(List.of(first.getId()));
        LocalDate approvedOn = LocalDate.now().minusDays(60);
        TargetVersion version = approvals.approveDepartment(LocalDate.now().getYear(), probe.organizationId("BM-NYJ"), "清财预〔2026〕130号", approvedOn)
                .stream().filter(v -> v.getSheet().getId().equals(first.getId())).findFirst().orElseThrow();
        long overdueBefore = disclosureDeadlines.countOverdue();
        DueDisclosure due = disclosureDeadlines.due(0, 500).stream().filter(d -> d.versionId() == version.getId()).findFirst().orElseThrow();
        assertEquals(DisclosureDeadline.Standing.OVERDUE, due.standing());
        assertEquals(disclosureDeadlines.deadline().dueOn(approvedOn), due.dueOn());
        assertTrue(due.daysOverdue() > 0 && due.daysOverdue() < 60, "days overdue: " + due.daysOverdue());
        assertEquals(passed.getCode(), due.projectCode());
        assertFalse(due.unit().isBlank() || due.department().isBlank() || due.region().isBlank(), due::toString);
        assertTrue(overdueBefore >= 1);
        assertTrue(worklist.tasks().stream().anyMatch(t -> t.key().equals("work.disclosureOverdue") && t.count() == overdueBefore),
                worklist.tasks().stream().map(Task::key).toList()::toString);
        HttpResponse<String> listed = get("finance01", "/api/disclosure/deadlines?max=500");
        assertEquals(200, listed.statusCode(), listed.body());
        assertTrue(listed.body().contains("\"workingDays\":20") && listed.body().contains("清财预〔2026〕130号"), listed.body());

        actAs("unit01");
        assertThrows(NotPermittedException.class, () -> disclosureDeadlines.due(0, 10));

        actAs("finance01");
        disclosureDeadlines.recordPublication(List.of(version.getId()), LocalDate.now(), "清河县人民政府信息公开网");
        assertEquals(overdueBefore - 1, disclosureDeadlines.countOverdue());
        assertTrue(disclosureDeadlines.due(0, 500).stream().noneMatch(d -> d.versionId() == version.getId()), "published: off the list");
        assertEquals(1, probe.countAuditOfEntity("disclosure.published", String.valueOf(first.getId())));
        assertEquals("disclosure.publication.already", assertThrows(InvalidInputException.class,
                () -> disclosureDeadlines.recordPublication(List.of(version.getId()), LocalDate.now(), "再次登记")).getKey());
    }

    private static String text(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('|'));
            text.append('\n');
        }
        return text.toString();
    }

    /** No field of an approved version changes: not by the service, the import, the REST API, nor plain SQL. */
    private void assertFrozen(long sheetId, long projectId) throws Exception {
        actAs("unit01");
        TargetSheet released = sheets.view(sheetId);
        List<IndicatorLine> lines = released.lines();
        assertEquals("target.readOnly", assertThrows(IllegalTransitionException.class,
                () -> sheets.saveDraft(sheetId, released.getVersion(), "改写目标", new BigDecimal("10"), lines)).getKey());

        byte[] workbook = sheets.declaration(sheetId, false);
        ImportRejectedException imported = assertThrows(ImportRejectedException.class, () -> sheets.importDeclarations(workbook));
        assertTrue(imported.getProblems().stream().anyMatch(p -> p.key().equals("import.sheet.readOnly")), imported.getProblems()::toString);

        HttpResponse<String> viaApi = put("unit01", "/api/target-sheets/" + sheetId,
                "{\"version\":" + released.getVersion() + ",\"overallGoal\":\"API改写\",\"budgetExecutionWeight\":10,\"indicators\":[]}");
        assertEquals(422, viaApi.statusCode(), viaApi.body());
        assertTrue(viaApi.body().contains("target.readOnly"), viaApi.body());

        assertThrows(Exception.class, () -> probe.tamperWithApprovedVersion(sheetId), "PostgreSQL refuses to update a frozen version");

        actAs("finance01");
        Project project = projects.view(projectId);
        assertEquals("project.budget.needsAdjustment", assertThrows(BudgetNeedsAdjustmentException.class,
                () -> sheets.arrangeBudget(projectId, project.getVersion(), new BigDecimal("400000"))).getKey());

        actAs("unit01");
        TargetSheet after = sheets.view(sheetId);
        assertEquals("带动脱贫户增收", after.getOverallGoal());
        assertEquals(lines, after.lines());
        assertEquals("清财预〔2026〕99号", adjustments.versions(sheetId).get(0).getApprovalDocument());
    }

    /** 上级增加补助: the unit adjusts, the committee reviews again, finance files and approves: version 2, with a diff. */
    private void adjustToVersionTwo(long sheetId, long projectId, long department) {
        actAs("unit01");
        TargetSheet released = sheets.view(sheetId);
        adjustments.request(sheetId, released.getVersion(), AdjustmentType.HIGHER_SUBSIDY, "省级追加补助10万元", new BigDecimal("450000.46"));
        TargetSheet adjusting = sheets.view(sheetId);
        assertEquals(TargetSheetStatus.ADJUSTING, adjusting.getStatus());
        List<IndicatorLine> changed = new ArrayList<>(adjusting.lines());
        IndicatorLine first = changed.stream().filter(l -> l.level2() == IndicatorLevel2.QUANTITY && l.quantity() != null).findFirst().orElseThrow();
        IndicatorValue.Quantity q = first.quantity();
        IndicatorLine raised = first.withTarget(new IndicatorValue.Quantity(q.operator(), q.number().add(BigDecimal.TEN), q.unit()).print());
        changed.set(changed.indexOf(first), raised);
        sheets.saveDraft(sheetId, adjusting.getVersion(), adjusting.getOverallGoal(), adjusting.getBudgetExecutionWeight(), changed);
        sheets.submitToDepartment(sheetId, sheets.view(sheetId).getVersion());
        actAs("dept01");
        sheets.forwardToFinance(sheetId, sheets.view(sheetId).getVersion());

        ReviewRound again = openRound("调整审核", COMMITTEE, sheets.view(sheetId));
        long item = again.getItems().get(0).getId();
        actAs(COMMITTEE.get(0));
        ReviewPackage shown = reviews.reviewPackage(item);
        assertTrue(shown.isAdjustment(), "members see that they review an adjustment");
        assertEquals(1, shown.getInForce().getNumber(), "against the approved version");
        assertEquals(1, shown.getAdjustmentChanges().size(), "and what it changes: the raised line");
        for (String member : COMMITTEE) {
            sign(member, item, Rating.CONFORMS);
        }
        conclude(item, ReviewConclusion.PASS, null);
        actAs("finance01");
        // the adjustment passed review: the budget arranged now goes with it (it was refused before)
        sheets.arrangeBudget(projectId, projects.view(projectId).getVersion(), new BigDecimal("460000"));
        assertEquals(0, new BigDecimal("460000").compareTo(sheets.view(sheetId).getBudgetInPlay()));
        approvals.file(List.of(sheetId));
        approvals.approveDepartment(LocalDate.now().getYear(), department, "清财预〔2026〕120号", LocalDate.now());

        actAs("unit01");
        List<TargetVersion> versions = adjustments.versions(sheetId);
        assertEquals(2, versions.size());
        assertEquals(AdjustmentType.HIGHER_SUBSIDY, versions.get(1).getAdjustmentType());
        assertTrue(versions.get(0).lines().stream().anyMatch(l -> l.name().equals(first.name()) && l.target().equals(first.target())),
                "version 1 stays readable as it was approved");
        String key = versions.get(0).lines().stream().filter(l -> l.name().equals(first.name())).findFirst().orElseThrow().key();
        assertTrue(key != null && versions.get(1).lines().stream().anyMatch(l -> key.equals(l.key()) && l.target().equals(raised.target())),
                "the raised indicator is the same one in version 2: it keeps its key through save, adjustment and approval");
        AdjustmentService.Comparison diff = adjustments.compare(sheetId, 1, 2);
        VersionDiff.LineChange change = diff.lines().stream().filter(c -> c.kind() == VersionDiff.Kind.CHANGED).findFirst().orElseThrow();
        assertEquals(first.name(), change.after().name());
        assertTrue(change.changedIn(VersionDiff.Field.VALUE));
        assertEquals(1, diff.lines().stream().filter(c -> c.kind() != VersionDiff.Kind.UNCHANGED).count(), "only the raised line changed");
        assertTrue(diff.budgetChanged());
        actAs("finance01");
        assertEquals(new BigDecimal("460000.00"), projects.view(projectId).getBudgetAmount(), "the budget moved with the adjustment");
        List<FilingEntry> filings = approvals.filings(LocalDate.now().getYear(), 0, 500).stream().filter(f -> f.sheetId() == sheetId).toList();
        assertEquals(List.of(2, 1), filings.stream().map(FilingEntry::version).toList(), "both filings stay in the list, newest first");
        assertEquals(0, new BigDecimal("460000").compareTo(filings.get(0).budgetAmount()), "each with the budget it was filed with");
        assertTrue(new BigDecimal("460000").compareTo(filings.get(1).budgetAmount()) != 0);
        assertTrue(disclosure.published(LocalDate.now().getYear(), department, null).stream()
                .anyMatch(t -> t.row().projectCode().equals(projects.view(projectId).getCode()) && t.row().versionNumber() == 2));
    }
}
