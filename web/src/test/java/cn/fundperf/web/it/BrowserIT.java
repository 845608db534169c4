package cn.fundperf.web.it;

import static cn.fundperf.web.it.Browser.en;
import static cn.fundperf.web.it.Browser.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.demo.DemoData;
import java.io.RandomAccessFile;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The main screens in headless Chromium: each role's menu, lockout, first login, both languages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static Browser browser;

    @BeforeAll
    static void noBrowserYet() {
        browser = null;
    }

    private Browser browser() throws Exception {
        if (browser == null) {
            browser = new Browser(base);
        }
        return browser;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static final List<String> BUSINESS = List.of("app.home", "project.title", "library.title", "directory.title", "reference.title", "public.title",
            "monitoring.tasks.title", "monitoring.dashboard.title");

    private static List<String> businessAnd(String... more) {
        List<String> items = new ArrayList<>(BUSINESS);
        items.addAll(List.of(more));
        return items;
    }

    /** Each demo role's menu entries, as bundle keys of their texts. */
    private static final Map<String, List<String>> MENUS = Map.ofEntries(
            Map.entry("unit01", BUSINESS), Map.entry("dept01", businessAnd("review.rounds.title")),
            Map.entry("finance01", businessAnd("review.rounds.title", "filing.title", "approval.title", "disclosure.deadlines.title",
                    "monitoring.periods.title")),
            Map.entry("poverty01", businessAnd("review.rounds.title", "filing.title")), Map.entry("auditor01", businessAnd("review.rounds.title")),
            Map.entry("discipline01", businessAnd("review.rounds.title")),
            Map.entry("reviewer01", List.of("app.home", "reference.title", "public.title", "review.rounds.title")),
            Map.entry("evaluator01", List.of("app.home", "reference.title", "public.title")),
            Map.entry("sysadmin", List.of("app.home", "region.title", "organization.title", "user.title", "reference.title", "job.title")),
            Map.entry("secadmin", List.of("app.home", "role.title", "token.title")), Map.entry("auditadmin", List.of("app.home", "audit.title")));

    /**
     * Each demo role signs in, sees exactly its menu, and opens every entry by its text: no entry may
     * show an error page, a blank page, a missing text or a table column that is empty in every row.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unit01", "dept01", "finance01", "poverty01", "reviewer01", "auditor01", "discipline01", "evaluator01",
            "sysadmin", "secadmin", "auditadmin"})
    @Order(1)
    void every_demo_role_opens_every_entry_of_its_own_menu(String user) throws Exception {
        Browser b = browser();
        b.signIn(user, DemoData.PASSWORD);
        List<String> defects = new ArrayList<>();
        try {
            assertEquals("/app/home.xhtml", b.path(), user + " lands on the home page");
            List<String> expected = MENUS.get(user).stream().map(Browser::zh).sorted().toList();
            assertEquals(expected, b.menu().stream().sorted().toList(), user + "'s menu");
            b.screenshot("home-" + user);
            for (String entry : b.menu()) {
                b.open("/app/home.xhtml");
                b.fromMenu(entry);
                b.defects().forEach(defect -> defects.add(entry + " → " + defect));
                b.screenshot("menu-" + user + "-" + b.path().replaceAll("\\W+", "_"));
            }
        } finally {
            b.open("/app/home.xhtml");
            b.signOut();
        }
        assertEquals(List.of(zh("login.loggedOut")), b.messages());
        assertTrue(defects.isEmpty(), () -> user + ": " + defects.size() + " defect(s):\n" + String.join("\n", defects));
    }

    @Test
    @Order(2)
    void screens_of_other_roles_are_refused_even_when_typed_in() throws Exception {
        Browser b = browser();
        b.signIn("finance01", DemoData.PASSWORD);
        b.open("/app/admin/users.xhtml");
        assertTrue(b.pageText().contains(zh("error.forbidden")), b::pageText);
        b.open("/app/home.xhtml");
        b.signOut();
        b.signIn("sysadmin", DemoData.PASSWORD);
        b.open("/app/audit/log.xhtml");
        assertTrue(b.pageText().contains(zh("error.forbidden")));
        b.open("/app/admin/users.xhtml");
        assertTrue(b.pageText().contains(zh("user.create")), "the system administrator's own screen opens");
        b.open("/app/admin/jobs.xhtml");
        b.screenshot("jobs");
        b.signOut();
    }

    @Test
    @Order(3)
    void a_user_created_by_the_administrator_changes_the_password_at_first_sign_in() throws Exception {
        Browser b = browser();
        String username = "first" + UUID.randomUUID().toString().substring(0, 6);
        String temporary = createUser(b, username);

        b.signIn(username, temporary);
        assertEquals("/app/account/password.xhtml", b.path());
        assertEquals(List.of(zh("password.changeRequired")), b.messages());
        b.open("/app/home.xhtml");
        assertEquals("/app/account/password.xhtml", b.path(), "no other page before the password is changed");

        b.fill(zh("password.current"), temporary);
        b.fill(zh("password.new"), "short");
        b.fill(zh("password.repeat"), "short");
        b.press(zh("password.submit"));
        assertEquals(List.of(zh("password.tooShort", 8, 3)), b.messages());

        b.fill(zh("password.current"), temporary);
        b.fill(zh("password.new"), "Qinghe#2027x");
        b.fill(zh("password.repeat"), "Qinghe#2027x");
        b.press(zh("password.submit"));
        assertEquals("/app/home.xhtml", b.path());
        assertEquals(List.of(zh("password.changed")), b.messages());
        b.signOut();

        b.signIn(username, "Qinghe#2027x");
        assertEquals("/app/home.xhtml", b.path());
        b.signOut();
    }

    @Test
    @Order(4)
    void five_wrong_passwords_lock_the_account_and_the_right_one_no_longer_opens_it() throws Exception {
        Browser b = browser();
        String username = "lock" + UUID.randomUUID().toString().substring(0, 6);
        String temporary = createUser(b, username);

        for (int attempt = 1; attempt <= 4; attempt++) {
            b.signIn(username, "Wrong#Pass" + attempt);
            assertEquals(List.of(zh("login.badCredentials", 5, 15)), b.messages(), "attempt " + attempt);
        }
        b.signIn(username, "Wrong#Pass5");
        assertEquals(List.of(zh("login.locked", 15)), b.messages());
        b.signIn(username, temporary);
        assertEquals(List.of(zh("login.locked", 15)), b.messages());
        b.screenshot("locked");

        b.signIn("secadmin", DemoData.PASSWORD);
        b.fromMenu(zh("role.title"));
        b.fill(zh("user.username") + " / " + zh("user.displayName"), username);
        b.press(zh("search"));
        assertTrue(b.pageText().contains(zh("user.locked")));
        b.screenshot("roles");
        b.signOut();
    }

    @Test
    @Order(5)
    void the_interface_is_chinese_by_default_and_english_on_request() throws Exception {
        Browser b = browser();
        b.open("/login.xhtml");
        assertTrue(b.title().startsWith(zh("login.title")), b.title());
        b.press(zh("app.language.en"));
        assertTrue(b.title().startsWith(en("login.title")), b.title());
        b.signIn("finance01", DemoData.PASSWORD);
        assertTrue(b.menu().contains(en("directory.title")), "English menu: " + b.menu());
        b.fromMenu(en("directory.title"));
        assertTrue(b.pageText().contains("Qinghe") || b.pageText().contains("清河县财政局"));
        b.screenshot("directory-en");
        b.press(en("app.language.zh"));
        assertTrue(b.pageText().contains(zh("directory.title")));
        b.screenshot("directory-zh");
        b.signOut();
    }

    /** The project the unit clerk's test forwards to finance; the review test takes it through review and approval. */
    private static String forwardedProject;

    @Test
    @Order(6)
    void a_unit_clerk_enters_a_project_builds_its_target_from_the_library_and_the_department_forwards_it() throws Exception {
        Browser b = browser();
        b.signIn("unit01", DemoData.PASSWORD);
        b.fromMenu(zh("project.title"));
        b.press(zh("project.new"));
        String name = "浏览器测试项目" + UUID.randomUUID().toString().substring(0, 6);
        forwardedProject = name;
        b.fill(zh("project.name"), name);
        // dates are typed as offices write them; the calendar is only a help
        b.fill(zh("project.period"), "2026-03-01");
        b.fill(zh("project.periodEnd"), "2027-02-28");
        b.choose(zh("project.category"), "产业扶贫");
        b.choose(zh("project.usingUnit"), "城关镇人民政府");
        b.fillAndLeave(zh("project.beneficiaryHouseholds"), "35");
        b.fillAndLeave(zh("project.beneficiaryPeople"), "110");
        b.fillAndLeave(zh("project.registeredPoorPeople"), "60");
        b.fillAndLeave(zh("enum.FundSource.CENTRAL"), "250000");
        b.press(zh("save"));
        assertTrue(b.path().startsWith("/app/target/sheet.xhtml"), b.path() + " " + b.messages());
        assertTrue(b.pageText().contains(name));

        // the list is paged and other tests add projects: a clerk searches for the name
        b.fromMenu(zh("project.title"));
        b.fill(zh("project.searchText"), name);
        b.press(zh("search"));
        b.pressInRow(name, zh("edit"));
        assertEquals("2026-03-01", b.value(zh("project.period")), "the typed start date was kept");
        assertEquals("2027-02-28", b.value(zh("project.periodEnd")), "the typed end date was kept");
        b.fromMenu(zh("project.title"));
        b.fill(zh("project.searchText"), name);
        b.press(zh("search"));
        b.follow(name);

        b.press(zh("target.start"));
        b.press(zh("target.addAllFromLibrary"));
        int rows = b.column(zh("target.weight")).size();
        assertTrue(rows >= 8, "the reference library of 产业扶贫 gives at least 8 indicators, got " + rows);
        b.screenshotForReadme("target-sheet");
        assertTrue(b.leavingWouldAsk(), "lines added but not saved: leaving the page asks first");
        b.press(zh("save"));
        assertFalse(b.leavingWouldAsk(), "once saved, leaving asks nothing");

        pressAndConfirm(b, zh("target.submit"), zh("target.submit.confirm"));
        List<String> gaps = b.listUnder(zh("target.gapsTitle"));
        assertTrue(b.messages().contains(zh("target.incomplete", gaps.size())), b.messages()::toString);
        assertTrue(gaps.contains(zh("target.line", 1) + zh("target.gap.reason")), gaps::toString);
        assertTrue(gaps.stream().noneMatch(g -> g.endsWith(zh("target.gap.weight"))), "分值 are optional at target setting: " + gaps);

        b.fill(zh("target.overallGoal"), "发展高山生态茶叶，带动35户脱贫户稳定增收。");
        int each = 90 / rows;
        for (int row = 1; row <= rows; row++) {
            b.fillInRow(row, zh("target.weight"), String.valueOf(row == 1 ? 90 - each * (rows - 1) : each));
            b.fillInRow(row, zh("target.reason"), "依据实施方案及往年完成情况测算");
        }
        assertTrue(b.shown(zh("target.weightTotal")).startsWith("100"), b.shown(zh("target.weightTotal")));
        pressAndConfirm(b, zh("target.submit"), zh("target.submit.confirm"));
        assertTrue(b.messages().contains(zh("target.submittedToDepartment")), b.messages()::toString);
        assertEquals(zh("enum.TargetSheetStatus.DEPARTMENT_CHECK"), b.shown(zh("status")));
        assertFalse(b.buttons().contains(zh("save")), "the sheet is read-only once submitted");
        String sheetPath = b.path();
        b.signOut();

        b.signIn("dept01", DemoData.PASSWORD);
        b.open(sheetPath);
        pressAndConfirm(b, zh("target.forward"), zh("target.forward.confirm"));
        assertEquals(zh("enum.TargetSheetStatus.SUBMITTED"), b.shown(zh("status")));
        b.screenshot("sheet-forwarded");
        b.signOut();

        b.signIn("finance01", DemoData.PASSWORD);
        b.open(sheetPath);
        b.press(zh("project.enterLibrary"));
        assertTrue(b.messages().contains(zh("project.targetNotPassed")), "no library entry before review: " + b.messages());
        b.signOut();
    }

    /** Presses a button that asks first, checks the question and answers yes. */
    private static void pressAndConfirm(Browser b, String button, String question) {
        b.press(button);
        assertEquals(question, b.confirmText());
        b.confirm();
    }

    /** The four criteria of plan §五, in the order of the opinion form. */
    private static final List<String> CRITERIA = List.of("NECESSITY_FEASIBILITY", "RELEVANCE", "REASONABLE_MEASURABLE", "FUNDING_MATCH");

    /** A member opens the sheet in the round, rates the four criteria, remarks on a line and signs. */
    private static void signOpinion(Browser b, String member, String itemPath, String rating) {
        b.signIn(member, DemoData.PASSWORD);
        String toSign = zh("work.toSign", "").strip();
        assertTrue(b.listUnder(zh("home.yourWork")).stream().anyMatch(t -> t.contains(toSign)),
                member + " sees the opinion waiting: " + b.listUnder(zh("home.yourWork")));
        b.open(itemPath);
        for (String criterion : CRITERIA) {
            b.pick(zh("enum.ReviewCriterion." + criterion), zh("enum.Rating." + rating));
        }
        b.fillInRow(1, zh("review.item.lineRemark"), "建议补充测算依据（" + member + "）");
        pressAndConfirm(b, zh("review.opinion.sign"), zh("review.opinion.signConfirm"));
        assertTrue(b.messages().contains(zh("review.opinion.signedNow")), member + ": " + b.messages());
        assertTrue(b.pageText().contains(zh("review.opinion.signedAt")));
        b.signOut();
    }

    /** Finance opens a hand-picked round over one project with a committee it ticks; returns the sheet's page in the round. */
    private static String openRound(Browser b, String title, String project, String... members) {
        b.signIn("finance01", DemoData.PASSWORD);
        b.open("/app/review/open.xhtml");
        b.fill(zh("review.round.title"), title);
        b.tickRow(project);
        for (String member : members) {
            b.pick(zh("review.round.members"), member);
        }
        b.choose(zh("review.round.chair"), "陈静（清河县财政局）");
        b.press(zh("review.open.submit"));
        assertTrue(b.path().startsWith("/app/review/round.xhtml"), b.path() + " " + b.messages());
        assertTrue(b.messages().contains(zh("review.open.done", title, 1)), b.messages()::toString);
        b.follow(project);
        String itemPath = b.path();
        b.signOut();
        return itemPath;
    }

    /** The chair signs, then concludes 通过. */
    private static void chairPasses(Browser b, String itemPath) {
        signOpinion(b, "finance01", itemPath, "CONFORMS");
        b.signIn("finance01", DemoData.PASSWORD);
        b.open(itemPath);
        b.pick(zh("review.item.conclusion"), zh("enum.ReviewConclusion.PASS"));
        pressAndConfirm(b, zh("review.conclusion.record"), zh("review.conclusion.confirm"));
        assertTrue(b.messages().contains(zh("review.conclusion.recorded", zh("enum.ReviewConclusion.PASS"))), b.messages()::toString);
        assertEquals(zh("enum.TargetSheetStatus.PASSED"), b.shown(zh("status")));
        b.screenshot("review-concluded");
        b.signOut();
    }

    /** Finance files the passed sheet and approves the department's targets under a document number. */
    private static void fileAndApprove(Browser b, String project, String document) {
        b.signIn("finance01", DemoData.PASSWORD);
        b.fromMenu(zh("filing.title"));
        b.tickRow(project);
        pressAndConfirm(b, zh("filing.file"), zh("filing.file.confirm"));
        assertTrue(b.messages().contains(zh("filing.done", 1)), b.messages()::toString);
        b.fromMenu(zh("approval.title"));
        b.choose(zh("project.department"), "清河县农业农村局");
        assertTrue(b.column(zh("project.name")).contains(project), b::pageText);
        // the department's line, counted in the database: how many filed targets the 批复 covers, and their budget
        assertTrue(b.pageText().contains("清河县农业农村局：") && b.pageText().contains("项已备案目标待批复"), b::pageText);
        b.fill(zh("approval.document"), document);
        pressAndConfirm(b, zh("approval.approve"), zh("approval.approve.confirm"));
        assertTrue(b.messages().stream().anyMatch(m -> m.contains(document)), b.messages()::toString);
        b.signOut();
    }

    @Test
    @Order(7)
    void finance_runs_a_review_round_to_approval_and_publication_and_an_adjustment_makes_version_two() throws Exception {
        Browser b = browser();
        String project = forwardedProject;
        assertTrue(project != null, "the unit clerk's test forwarded a project");

        String itemPath = openRound(b, "浏览器测试审核轮次", project, "杨光明", "赵立新", "孙丽");
        signOpinion(b, "poverty01", itemPath, "CONFORMS");           // 扶贫办
        signOpinion(b, "reviewer01", itemPath, "MOSTLY_CONFORMS");   // 发展改革局, invited for this round
        signOpinion(b, "auditor01", itemPath, "CONFORMS");           // 审计局
        chairPasses(b, itemPath);

        b.signIn("finance01", DemoData.PASSWORD);
        b.fromMenu(zh("project.title"));
        b.fill(zh("project.searchText"), project);
        b.press(zh("search"));
        b.follow(project);
        String sheetPath = b.path();
        assertTrue(b.pageText().contains(zh("review.result")), "the opinions are shown on the sheet");
        b.fillAndLeave(zh("project.budgetAmount"), "250000");
        b.press(zh("project.arrangeBudget"));
        assertTrue(b.messages().contains(zh("project.budgetArranged")), b.messages()::toString);
        b.signOut();
        fileAndApprove(b, project, "清财预〔2026〕88号");

        b.open("/public/index.xhtml");
        assertTrue(b.column(zh("project.name")).contains(project), "published on the public page without signing in");
        b.screenshot("public-targets");

        // the approved version is frozen on the unit's screen too
        b.signIn("unit01", DemoData.PASSWORD);
        b.open(sheetPath);
        assertEquals(zh("enum.TargetSheetStatus.RELEASED"), b.shown(zh("status")));
        List<String> buttons = b.buttons();
        assertTrue(!buttons.contains(zh("save")) && !buttons.contains(zh("target.submit")) && !buttons.contains(zh("target.addAllFromLibrary")),
                "no save, submit or add on an approved version: " + buttons);
        assertFalse(b.editable(zh("target.overallGoal")), "the overall goal is read-only");
        b.signOut();

        // the budget cannot move alone: the refusal offers the adjustment, which finance starts
        b.signIn("finance01", DemoData.PASSWORD);
        b.open(sheetPath);
        assertEquals(zh("enum.TargetSheetStatus.RELEASED"), b.shown(zh("status")));
        assertFalse(b.buttons().contains(zh("save")), "an approved version has no save button");
        b.fillAndLeave(zh("project.budgetAmount"), "300000");
        b.press(zh("project.arrangeBudget"));
        assertTrue(b.messages().contains(zh("project.budget.needsAdjustment")), b.messages()::toString);
        assertTrue(b.pageText().contains(zh("adjustment.offer")), "the page offers the adjustment");
        b.choose(zh("adjustment.type"), zh("enum.AdjustmentType.LOCAL_BUDGET_CHANGE"));
        b.fill(zh("adjustment.reason"), "本级追加预算5万元，扩大覆盖户数");
        b.press(zh("adjustment.request"));
        assertTrue(b.messages().contains(zh("adjustment.requested")), b.messages()::toString);
        assertEquals(zh("enum.TargetSheetStatus.ADJUSTING"), b.shown(zh("status")));
        b.signOut();

        b.signIn("unit01", DemoData.PASSWORD);
        b.open(sheetPath);
        b.fillInRow(1, zh("target.value"), "≥45户");   // written as the form writes it: operator, number and unit in one cell
        pressAndConfirm(b, zh("target.submit"), zh("target.submit.confirm"));
        assertTrue(b.messages().contains(zh("target.submittedToDepartment")), b.messages()::toString);
        b.signOut();
        b.signIn("dept01", DemoData.PASSWORD);
        b.open(sheetPath);
        pressAndConfirm(b, zh("target.forward"), zh("target.forward.confirm"));
        b.signOut();

        String again = openRound(b, "浏览器测试调整审核", project, "杨光明", "赵立新");
        b.signIn("poverty01", DemoData.PASSWORD);
        b.open(again);
        assertTrue(b.pageText().contains(zh("review.adjustment.title")), "members see that this is an adjustment");
        assertTrue(b.pageText().contains(zh("enum.AdjustmentType.LOCAL_BUDGET_CHANGE")) && b.pageText().contains("本级追加预算5万元"),
                "with its type and reason");
        assertTrue(b.column(zh("review.adjustment.proposed")).stream().anyMatch(v -> v.contains("45")), "and what changed: "
                + b.column(zh("review.adjustment.proposed")));
        b.screenshot("review-adjustment");
        b.signOut();
        signOpinion(b, "poverty01", again, "CONFORMS");
        signOpinion(b, "reviewer01", again, "CONFORMS");
        chairPasses(b, again);
        // the adjustment passed review: the budget arranged now goes with it (it used to be refused)
        b.signIn("finance01", DemoData.PASSWORD);
        b.open(sheetPath);
        b.fillAndLeave(zh("project.budgetAmount"), "320000");
        b.press(zh("project.arrangeBudget"));
        assertTrue(b.messages().contains(zh("project.budgetArranged")), b.messages()::toString);
        b.fromMenu(zh("filing.title"));
        assertTrue(b.pageText().contains("32.00"), "filing shows the budget in play, in 万元");
        b.signOut();
        fileAndApprove(b, project, "清财预〔2026〕101号");
        b.signIn("poverty01", DemoData.PASSWORD);
        b.fromMenu(zh("filing.title"));
        assertEquals(2, b.column(zh("project.name")).stream().filter(project::equals).count(), "both filings of the project stay listed");
        b.signOut();

        b.signIn("unit01", DemoData.PASSWORD);
        b.open(sheetPath);
        b.follow(zh("versions.link") + " v2");
        assertTrue(b.column(zh("approval.document")).containsAll(List.of("清财预〔2026〕88号", "清财预〔2026〕101号")), "both versions stay readable");
        assertTrue(b.column(zh("versions.change")).contains(zh("enum.Kind.CHANGED")), b.column(zh("versions.change"))::toString);
        assertTrue(b.pageText().contains("320,000.00"), "the budget moved with the adjustment");
        b.screenshot("versions-diff");
        b.signOut();
    }

    @Test
    @Order(8)
    void the_security_administrator_assigns_a_role_and_revokes_it() throws Exception {
        Browser b = browser();
        b.signIn("secadmin", DemoData.PASSWORD);
        b.fromMenu(zh("role.title"));
        b.fill(zh("user.username") + " / " + zh("user.displayName"), "unit02");
        b.press(zh("search"));
        b.pressInRow("unit02", zh("role.assign"));
        assertTrue(b.onScreen(zh("role.assign") + " · unit02"), "the role form comes into view");
        b.pick(zh("enum.Role.REVIEWER"));
        b.press(zh("save"));
        assertTrue(b.messages().contains(zh("role.assigned", "unit02")), b.messages()::toString);
        assertTrue(b.column(zh("user.roles")).get(0).contains(zh("enum.Role.REVIEWER")), b.column(zh("user.roles"))::toString);

        b.pressInRow("unit02", zh("role.assign"));
        b.pick(zh("enum.Role.REVIEWER"));   // ticked: untick it
        b.press(zh("save"));
        assertTrue(b.messages().contains(zh("role.assigned", "unit02")), b.messages()::toString);
        assertFalse(b.column(zh("user.roles")).get(0).contains(zh("enum.Role.REVIEWER")), b.column(zh("user.roles"))::toString);

        b.pressInRow("unit02", zh("role.assign"));
        b.pick(zh("enum.Role.DEPT"));
        b.press(zh("save"));
        assertTrue(b.messages().contains(zh("role.assign.organizationType", zh("enum.Role.DEPT"))),
                "a refusal names the role in words: " + b.messages());
        b.signOut();
    }

    @Test
    @Order(8)
    void the_security_administrator_issues_an_api_token_that_is_shown_once_and_revokes_it() throws Exception {
        Browser b = browser();
        b.signIn("secadmin", DemoData.PASSWORD);
        b.fromMenu(zh("token.title"));
        b.fill(zh("token.owner"), "dept02");
        b.fill(zh("token.name"), "浏览器测试对接");
        b.pick(zh("enum.Role.FINANCE"));
        b.press(zh("token.issue"));
        assertTrue(b.messages().contains(zh("token.roles.notHeld", zh("enum.Role.FINANCE"))),
                "a role the user lacks is refused by name: " + b.messages());

        b.pick(zh("enum.Role.FINANCE"));   // ticked: untick it
        b.pick(zh("enum.Role.DEPT"));
        b.press(zh("token.issue"));
        assertTrue(b.messages().contains(zh("token.issued", "dept02")), b.messages()::toString);
        assertTrue(b.pageText().contains(zh("token.showOnce")), "the warning comes with the token");
        assertTrue(b.pageText().matches("(?s).*fpt_\\d+_[A-Za-z0-9_-]{43}.*"), "the token is shown: " + b.pageText());
        assertEquals(zh("enum.ApiTokenState.ACTIVE"), b.column(zh("status")).get(0), b.column(zh("status"))::toString);
        assertEquals(zh("token.neverUsed"), b.column(zh("token.lastUsed")).get(0));

        b.open("/app/security/tokens.xhtml");
        assertFalse(b.pageText().contains("fpt_"), "shown once: never again");
        b.pressInRow("浏览器测试对接", zh("token.revoke"));
        assertEquals(zh("token.revoke.confirm"), b.confirmText());
        b.confirm();
        assertTrue(b.messages().contains(zh("token.revoked", "浏览器测试对接", "dept02")), b.messages()::toString);
        assertEquals(zh("enum.ApiTokenState.REVOKED"), b.column(zh("status")).get(0));
        b.signOut();

        b.signIn("dept02", DemoData.PASSWORD);
        b.open("/app/account/password.xhtml");
        assertTrue(b.pageText().contains(zh("token.own.title")), "the owner sees the tokens issued for the account");
        assertTrue(b.column(zh("token.name")).contains("浏览器测试对接"), b.column(zh("token.name"))::toString);
        b.signOut();
    }

    @Test
    @Order(9)
    void the_system_administrator_sees_the_form_when_editing_and_the_jobs_in_office_time() throws Exception {
        Browser b = browser();
        b.signIn("sysadmin", DemoData.PASSWORD);
        b.fromMenu(zh("user.title"));
        b.pressInRow("unit02", zh("edit"));
        assertTrue(b.onScreen(zh("edit") + " · unit02"), "the edit form comes into view");
        b.open("/app/home.xhtml");
        b.fromMenu(zh("job.title"));
        assertTrue(b.column(zh("job.schedule")).contains(zh("job.schedule.daily", "02:30", zh("time.zone.Asia/Shanghai"))),
                b.column(zh("job.schedule"))::toString);
        b.signOut();
    }

    @Test
    @Order(10)
    void a_page_the_role_may_not_open_says_so_with_a_way_home() throws Exception {
        Browser b = browser();
        b.signIn("evaluator01", DemoData.PASSWORD);
        assertTrue(b.pageText().contains(zh("home.evaluator.title")), "the third-party agency learns what it will see and when");
        b.screenshot("home-evaluator");
        for (String page : List.of("/app/project/list.xhtml", "/app/approval/filing.xhtml", "/app/target/library.xhtml")) {
            b.open(page);
            assertTrue(b.pageText().contains(zh("error.forbidden")), page + ": " + b.pageText());
            b.follow(zh("error.back"));
            assertEquals("/app/home.xhtml", b.path());
        }
        b.open("/app/target/sheet.xhtml?project=abc");
        assertFalse(b.pageText().contains("project:"), "no field id in the message for a bad link: " + b.pageText());
        b.signOut();
    }

    @Test
    @Order(11)
    void the_audit_administrator_reads_events_people_and_objects_in_words() throws Exception {
        Browser b = browser();
        b.signIn("auditadmin", DemoData.PASSWORD);
        b.fromMenu(zh("audit.title"));
        List<String> events = b.column(zh("audit.action"));
        assertTrue(events.contains(zh("audit.event.security.login.succeeded")), events::toString);
        assertTrue(events.stream().noneMatch(e -> e.matches("[a-z]+\\.[a-zA-Z.]+")), "no raw keys: " + events);
        assertTrue(b.column(zh("audit.user")).contains("审计管理员"), "people by name: " + b.column(zh("audit.user")));
        b.signOut();
    }

    @Test
    @Order(12)
    void finance_reads_money_in_wan_on_lists_and_its_home_page_is_the_readme_picture() throws Exception {
        Browser b = browser();
        b.signIn("finance01", DemoData.PASSWORD);
        b.screenshotForReadme("home");
        b.fromMenu(zh("project.title"));
        List<String> amounts = b.column(zh("project.plannedTotalWan"));
        assertFalse(amounts.isEmpty());
        assertTrue(amounts.stream().allMatch(a -> a.matches("[0-9,]+\\.[0-9]{2}")), "万元 with two decimals: " + amounts);
        assertFalse(b.pageText().contains(" 元"), "the unit is said once, in the header");

        // the year's export runs in the background; the panel follows it until the file can be taken
        b.press(zh("project.exportDeclarations"));
        assertTrue(b.messages().contains(zh("task.started", zh("enum.TaskKind.DECLARATION_EXPORT"))), b.messages()::toString);
        // the newest task is the first row; the panel polls by itself, nobody reloads the page
        for (int i = 0; i < 90 && !b.column(zh("tasks.status")).get(0).equals(zh("enum.TaskStatus.SUCCEEDED")); i++) {
            Thread.sleep(1000);
        }
        assertEquals(zh("enum.TaskStatus.SUCCEEDED"), b.column(zh("tasks.status")).get(0), b::pageText);
        String outcome = b.column(zh("tasks.outcome")).get(0);
        assertTrue(outcome.matches("\\d{4} 年申报表已导出，共 \\d+ 份。"), outcome);
        assertTrue(b.buttons().contains(zh("tasks.download")), b::pageText);
        b.signOut();
    }

    @Test
    @Order(13)
    void a_fifty_megabyte_workbook_is_refused_with_the_limit_in_the_browser_and_again_by_the_server() throws Exception {
        Path big = Path.of("target", "fifty-megabytes.xlsx");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        String tooLarge = zh("import.tooLarge", 20);
        Browser b = browser();
        b.signIn("unit01", DemoData.PASSWORD);
        b.fromMenu(zh("project.title"));
        b.attach(zh("import.choose"), big, true);
        assertEquals(List.of(tooLarge), b.messages(), "the page refuses it before sending");

        b.attach(zh("import.choose"), big, false);
        b.press(zh("import.run"));
        assertEquals(List.of(tooLarge), b.messages(), "the server refuses it as well");
        assertTrue(b.path().contains("/app/project/list"), b.path());
        b.signOut();
        Files.deleteIfExists(big);
    }

    @Test
    @Order(14)
    void finance_keeps_the_minutes_of_an_open_round_on_the_round_page() throws Exception {
        Browser b = browser();
        b.signIn("finance01", DemoData.PASSWORD);
        b.fromMenu(zh("review.rounds.title"));
        b.follow(LocalDate.now().getYear() + "年度第二批绩效目标审核");
        assertTrue(b.pageText().contains(zh("review.minutes.none")), b::pageText);
        b.fill(zh("review.minutes.place"), "县财政局三楼会议室");
        b.fillInRow(1, zh("review.minutes.decision"), "同意通过，补充满意度调查方案");
        b.press(zh("review.minutes.save"));
        assertTrue(b.messages().contains(zh("review.minutes.saved")), b.messages()::toString);
        assertEquals("县财政局三楼会议室", b.value(zh("review.minutes.place")));
        assertEquals("同意通过，补充满意度调查方案", b.valueInRow(1, zh("review.minutes.decision")), "the decision typed into the table was kept");
        assertTrue(b.pageText().contains(zh("enum.MinutesStatus.DRAFT")), b::pageText);
        b.signOut();
    }

    @Test
    @Order(15)
    void the_administrator_finds_organizations_by_words_and_picks_the_parent_department_by_typing() throws Exception {
        Browser b = browser();
        b.signIn("sysadmin", DemoData.PASSWORD);
        b.fromMenu(zh("organization.title"));
        b.fill(zh("organization.search"), "城关");
        // the unfiltered first page holds 清河县财政局 too: the search has answered once it is gone
        List<String> found = columnOnceLoaded(b, zh("organization.name"), names -> !names.contains("清河县财政局"));
        assertTrue(found.contains("城关镇人民政府"), found::toString);

        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "城关镇测试合作社" + suffix;
        b.fill(zh("organization.code"), "DW-T" + suffix);
        b.fill(zh("organization.name"), name);
        b.choose(zh("organization.region"), "城关镇");
        b.suggest(zh("organization.parent"), "农业农村", "BM-NYJ 清河县农业农村局");   // a province has thousands: typed, not listed
        b.press(zh("add"));
        assertTrue(b.messages().contains(zh("organization.created", name)), b.messages()::toString);

        b.fill(zh("organization.search"), "DW-T" + suffix);
        columnOnceLoaded(b, zh("organization.name"), names -> names.equals(List.of(name)));
        assertEquals(List.of("清河县农业农村局"), b.column(zh("organization.parent")));
        b.signOut();
    }

    /**
     * 运行监控 from end to end on the screens: finance adds a period and opens it at once; the unit
     * (whose project the review test approved) fills its 绩效运行监控表, says one indicator cannot be
     * met and submits; finance finds the project among the red ones on the dashboard, follows the
     * number to the list and the list to the report, which says which rule fired.
     */
    @Test
    @Order(16)
    void a_unit_report_makes_its_project_red_on_the_dashboard_and_the_report_explains_why() throws Exception {
        Browser b = browser();
        String project = forwardedProject;
        assertTrue(project != null, "the review test approved the unit's project");
        LocalDate today = LocalDate.now();
        String period = today.getYear() + "年浏览器测试专项监控";

        b.signIn("finance01", DemoData.PASSWORD);
        b.fromMenu(zh("monitoring.periods.title"));
        b.fill(zh("monitoring.period.name.label"), period);
        b.fill(zh("monitoring.period.end"), today.withDayOfYear(1).toString());
        b.fill(zh("monitoring.period.opensOn"), today.plusDays(1).toString());
        b.fill(zh("monitoring.deadline"), today.plusDays(11).toString());
        b.press(zh("monitoring.period.add"));
        assertTrue(b.messages().contains(zh("monitoring.period.added", period)), b.messages()::toString);
        b.pressInRow(period, zh("monitoring.period.openNow"));
        assertEquals(zh("monitoring.period.openNow.confirm"), b.confirmText());
        b.confirm();
        assertTrue(b.messages().stream().anyMatch(m -> m.startsWith(zh("monitoring.period.opened", period, 0).split("，")[0])), b.messages()::toString);
        b.signOut();

        b.signIn("unit01", DemoData.PASSWORD);
        b.fromMenu(zh("monitoring.tasks.title"));
        b.pressInRow(period, project, project);   // the unit has other reports in this period, and this project in others
        assertEquals(zh("monitoring.report.title"), b.title().replace(" - " + zh("app.title"), "").strip());
        String rows = zh("monitoring.achieved");
        int count = b.column(zh("target.name")).size();
        assertTrue(count > 0, "the approved indicators are listed");
        for (int row = 1; row <= count; row++) {
            switch (b.fieldKindInRow(row, rows)) {
                case "number" -> {
                    b.fillInRow(row, rows, "10");
                    b.fillInRow(row, zh("monitoring.expected"), "10");
                }
                case "date" -> b.fillInRow(row, rows, today.withDayOfYear(2).toString());
                case "text" -> b.fillInRow(row, rows, "已按计划推进");
                default -> { }
            }
            b.chooseInRow(row, zh("monitoring.likelihood"), zh(row == 1 ? "enum.Likelihood.IMPOSSIBLE" : "enum.Likelihood.CERTAIN"));
        }
        b.chooseInRow(1, zh("monitoring.cause"), zh("enum.DeviationCause.FUNDING"));
        b.fillInRow(1, zh("monitoring.reason"), "上级资金尚未到位");
        b.fillInRow(1, zh("monitoring.measure"), "协调财政加快资金拨付");
        b.fillInRow(1, zh("monitoring.executedYuan"), "30000");
        String firstIndicator = b.column(zh("target.name")).get(0);
        pressAndConfirm(b, zh("monitoring.submit"), zh("monitoring.submit.confirm"));
        assertTrue(b.messages().contains(zh("monitoring.submitted", zh("enum.WarningLevel.RED"))), b.messages()::toString);
        String explanation = zh("monitoring.rule.statedImpossible", firstIndicator);
        assertTrue(b.pageText().contains(explanation), "the report says which rule fired: " + b.pageText());
        b.screenshot("monitoring-report");
        b.signOut();

        b.signIn("finance01", DemoData.PASSWORD);
        b.fromMenu(zh("monitoring.dashboard.title"));
        b.choose(zh("monitoring.period"), period);
        assertTrue(b.pageText().contains(zh("monitoring.dashboard.by.department")), b::pageText);
        b.screenshot("monitoring-dashboard");
        b.follow("1 " + zh("monitoring.dashboard.red"));
        assertEquals(List.of(project), b.column(zh("project.name")), "the red card leads to the red project");
        b.follow(project);
        assertTrue(b.pageText().contains(explanation), "finance reads the same explanation");
        assertTrue(b.pageText().contains(zh("monitoring.unverified")), "values without evidence are marked unverified");
        b.signOut();
    }

    /** The column once the search box's delayed reload has answered (typing reloads the table after a pause). */
    private static List<String> columnOnceLoaded(Browser b, String header, Predicate<List<String>> answered)
            throws InterruptedException {
        List<String> column = b.column(header);
        for (int tries = 0; tries < 50 && !answered.test(column); tries++) {
            Thread.sleep(100);
            column = b.column(header);
        }
        assertTrue(answered.test(column), column::toString);
        return column;
    }

    /** The system administrator adds a user in 城关镇人民政府 and reads the one-time password off the screen. */
    private static String createUser(Browser b, String username) {
        b.signIn("sysadmin", DemoData.PASSWORD);
        b.fromMenu(zh("user.title"));
        b.fill(zh("user.username"), username);
        b.fill(zh("user.displayName"), "测试用户");
        b.suggest(zh("user.organization"), "城关镇", "城关镇人民政府");   // suggested by typed words: a province has thousands
        b.press(zh("add"));
        String temporary = b.shown(zh("user.temporaryPassword"));
        assertFalse(temporary.isBlank(), b::pageText);
        b.screenshot("users-created");
        b.signOut();
        return temporary;
    }
}
