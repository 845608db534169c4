package cn.fundperf.web.it;

import static cn.fundperf.web.it.Browser.en;
import static cn.fundperf.web.it.Browser.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.demo.DemoData;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    private static final List<String> BUSINESS = List.of("mProjects", "mLibrary", "mDirectory", "mReference", "mPublic");
    private static final List<String> SYSTEM = List.of("mRegions", "mOrganizations", "mUsers", "mJobs", "mReferenceAdmin");
    private static final List<String> ALL = List.of("mProjects", "mLibrary", "mDirectory", "mReference", "mPublic", "mReviews", "mFiling",
            "mApproval", "mRegions", "mOrganizations", "mUsers", "mJobs", "mReferenceAdmin", "mRoles", "mAudit");

    private static List<String> businessAnd(String... more) {
        List<String> items = new java.util.ArrayList<>(BUSINESS);
        items.addAll(List.of(more));
        return items;
    }

    private static final Map<String, List<String>> MENUS = Map.ofEntries(
            Map.entry("unit01", BUSINESS), Map.entry("dept01", businessAnd("mReviews")),
            Map.entry("finance01", businessAnd("mReviews", "mFiling", "mApproval")),
            Map.entry("poverty01", businessAnd("mReviews", "mFiling")), Map.entry("auditor01", businessAnd("mReviews")),
            Map.entry("discipline01", businessAnd("mReviews")),
            Map.entry("reviewer01", List.of("mReference", "mPublic", "mReviews")), Map.entry("evaluator01", List.of("mReference", "mPublic")),
            Map.entry("sysadmin", SYSTEM), Map.entry("secadmin", List.of("mRoles")), Map.entry("auditadmin", List.of("mAudit")));

    @Test
    @Order(1)
    void every_demo_role_signs_in_and_sees_its_own_menu_only() throws Exception {
        Browser b = browser();
        for (Map.Entry<String, List<String>> role : MENUS.entrySet()) {
            b.signIn(role.getKey(), DemoData.PASSWORD);
            assertEquals("/app/home.xhtml", b.path(), role.getKey() + " lands on the home page");
            for (String item : ALL) {
                assertEquals(role.getValue().contains(item), b.hasElementEndingWith(item), role.getKey() + " menu item " + item);
            }
            b.screenshot("home-" + role.getKey());
            b.signOut();
            assertEquals(List.of(zh("login.loggedOut")), b.messages());
        }
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

        b.type("password:current", temporary);
        b.type("password:newPassword", "short");
        b.type("password:repeat", "short");
        b.clickAndWait("password:save");
        assertEquals(List.of(zh("password.tooShort", 8, 3)), b.messages());

        b.type("password:current", temporary);
        b.type("password:newPassword", "Qinghe#2027x");
        b.type("password:repeat", "Qinghe#2027x");
        b.clickAndWait("password:save");
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
        b.open("/app/security/roles.xhtml");
        b.type("roles:text", username);
        b.clickAjax("roles:search");
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
        b.clickAndWait("langForm:langEn");
        assertTrue(b.title().startsWith(en("login.title")), b.title());
        b.signIn("finance01", DemoData.PASSWORD);
        assertTrue(b.pageText().contains(en("directory.title")), "English menu");
        b.open("/app/organization/directory.xhtml");
        assertTrue(b.pageText().contains("Qinghe") || b.pageText().contains("清河县财政局"));
        b.screenshot("directory-en");
        b.clickAndWait("userMenu:langZh");
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
        b.open("/app/project/edit.xhtml");
        String name = "浏览器测试项目" + UUID.randomUUID().toString().substring(0, 6);
        forwardedProject = name;
        b.type("project:name", name);
        b.choose("project:category", "产业扶贫");
        b.choose("project:unit", "城关镇人民政府");
        b.typeAndLeave("project:households_input", "35");
        b.typeAndLeave("project:people_input", "110");
        b.typeAndLeave("project:poor_input", "60");
        b.typeAndLeave("project:fundings:0:amount_input", "250000");
        b.clickAndWait("project:save");
        assertTrue(b.path().startsWith("/app/target/sheet.xhtml"), b.path());
        assertTrue(b.pageText().contains(name));

        b.clickAjax("sheet:start");
        b.clickAjax("sheet:addAll");
        int rows = b.count("[id$=':weight_input']");
        assertTrue(rows >= 8, "the reference library of 产业扶贫 gives at least 8 indicators, got " + rows);
        b.screenshot("sheet-from-library");

        b.clickAjax("sheet:submit");
        assertTrue(b.messages().contains(zh("target.incomplete", b.count("li.gap"))), b.messages()::toString);
        assertTrue(b.texts("li.gap").contains(zh("target.line", 1) + zh("target.gap.weight")), b.texts("li.gap")::toString);
        assertTrue(b.texts("li.gap").contains(zh("target.line", 1) + zh("target.gap.reason")));

        b.type("sheet:goal", "发展高山生态茶叶，带动35户脱贫户稳定增收。");
        int each = 90 / rows;
        for (int i = 0; i < rows; i++) {
            b.typeAndLeave("sheet:indicators:" + i + ":weight_input", String.valueOf(i == 0 ? 90 - each * (rows - 1) : each));
            b.type("sheet:indicators:" + i + ":reason", "依据实施方案及往年完成情况测算");
        }
        assertTrue(b.text("weightTotal").contains("100"), b.text("weightTotal"));
        b.clickAjax("sheet:submit");
        assertTrue(b.messages().contains(zh("target.submittedToDepartment")), b.messages()::toString);
        assertEquals(zh("enum.TargetSheetStatus.DEPARTMENT_CHECK"), b.text("sheetStatus"));
        assertEquals(0, b.count("[id='sheet:save']"), "the sheet is read-only once submitted");
        String sheetPath = b.path();
        b.signOut();

        b.signIn("dept01", DemoData.PASSWORD);
        b.open(sheetPath);
        b.clickAjax("sheet:forward");
        assertEquals(zh("enum.TargetSheetStatus.SUBMITTED"), b.text("sheetStatus"));
        b.screenshot("sheet-forwarded");
        b.signOut();

        b.signIn("finance01", DemoData.PASSWORD);
        b.open(sheetPath);
        b.clickAjax("sheet:enterLibrary");
        assertTrue(b.messages().contains(zh("project.targetNotPassed")), "no library entry before review: " + b.messages());
        b.signOut();
    }

    /** A member opens the sheet in the round, rates the four criteria, remarks on a line and signs. */
    private static void signOpinion(Browser b, String member, String itemPath, String ratingIndex) {
        b.signIn(member, DemoData.PASSWORD);
        assertTrue(b.texts("a.task").stream().anyMatch(t -> t.contains("待您签署审核意见")), member + " sees the opinion waiting: " + b.texts("a.task"));
        b.open(itemPath);
        b.clickEach("label[for$=':rating:" + ratingIndex + "']");
        b.type("review:lines:0:remark", "建议补充测算依据（" + member + "）");
        b.clickAjax("review:signOpinion");
        b.confirm();
        assertTrue(b.messages().contains(zh("review.opinion.signedNow")), member + ": " + b.messages());
        assertTrue(b.pageText().contains(zh("review.opinion.signedAt")));
        b.signOut();
    }

    /** Finance opens a hand-picked round over one project with a committee it ticks; returns the sheet's page in the round. */
    private static String openRound(Browser b, String title, String project, String... members) {
        b.signIn("finance01", DemoData.PASSWORD);
        b.open("/app/review/open.xhtml");
        b.type("open:title", title);
        b.tickRow("open:candidates", project);
        for (String member : members) {
            b.tick(member);
        }
        b.choose("open:chair", "陈静（清河县财政局）");
        b.clickAndWait("open:openButton");
        assertTrue(b.path().startsWith("/app/review/round.xhtml"), b.path() + " " + b.messages());
        assertTrue(b.messages().contains(zh("review.open.done", title, 1)), b.messages()::toString);
        b.follow(project);
        String itemPath = b.path();
        b.signOut();
        return itemPath;
    }

    /** The chair signs, then concludes 通过. */
    private static void chairPasses(Browser b, String itemPath) {
        signOpinion(b, "finance01", itemPath, "0");
        b.signIn("finance01", DemoData.PASSWORD);
        b.open(itemPath);
        b.clickCss("[id='review:conclusionChoice'] .ui-radiobutton-box");   // the first choice: 通过
        b.clickAjax("review:concludeButton");
        b.confirm();
        assertTrue(b.messages().contains(zh("review.conclusion.recorded", zh("enum.ReviewConclusion.PASS"))), b.messages()::toString);
        assertEquals(zh("enum.TargetSheetStatus.PASSED"), b.text("sheetStatus"));
        b.screenshot("review-concluded");
        b.signOut();
    }

    /** Finance files the passed sheet and approves the department's targets under a document number. */
    private static void fileAndApprove(Browser b, String project, String document) {
        b.signIn("finance01", DemoData.PASSWORD);
        b.open("/app/approval/filing.xhtml");
        b.tickRow("filing:passed", project);
        b.clickAjax("filing:fileButton");
        assertTrue(b.messages().contains(zh("filing.done", 1)), b.messages()::toString);
        b.open("/app/approval/approve.xhtml");
        b.choose("approval:department", "清河县农业农村局");
        b.waitForAjax();
        assertTrue(b.pageText().contains(project), b::pageText);
        b.type("approval:document", document);
        b.clickAjax("approval:approveButton");
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
        signOpinion(b, "poverty01", itemPath, "0");    // 扶贫办
        signOpinion(b, "reviewer01", itemPath, "1");   // 发展改革局, invited for this round
        signOpinion(b, "auditor01", itemPath, "0");    // 审计局
        chairPasses(b, itemPath);

        b.signIn("finance01", DemoData.PASSWORD);
        b.open("/app/project/list.xhtml");
        b.type("projects:text", project);
        b.clickAjax("projects:search");
        b.follow(project);
        String sheetPath = b.path();
        assertTrue(b.pageText().contains(zh("review.result")), "the opinions are shown on the sheet");
        b.typeAndLeave("sheet:budgetAmount_input", "250000");
        b.clickAjax("sheet:arrangeBudget");
        assertTrue(b.messages().contains(zh("project.budgetArranged")), b.messages()::toString);
        b.signOut();
        fileAndApprove(b, project, "清财预〔2026〕88号");

        b.open("/public/index.xhtml");
        assertTrue(b.pageText().contains(project), "published on the public page without signing in");
        b.screenshot("public-targets");

        // the approved version is frozen on the unit's screen too
        b.signIn("unit01", DemoData.PASSWORD);
        b.open(sheetPath);
        assertEquals(zh("enum.TargetSheetStatus.RELEASED"), b.text("sheetStatus"));
        assertEquals(0, b.count("[id='sheet:save']") + b.count("[id='sheet:submit']") + b.count("[id='sheet:addAll']"),
                "no save, submit or add on an approved version");
        assertEquals("true", b.attribute("sheet:goal", "readonly"));
        b.signOut();

        // the budget cannot move alone: the refusal offers the adjustment, which finance starts
        b.signIn("finance01", DemoData.PASSWORD);
        b.open(sheetPath);
        assertEquals(zh("enum.TargetSheetStatus.RELEASED"), b.text("sheetStatus"));
        assertEquals(0, b.count("[id='sheet:save']"), "an approved version has no save button");
        b.typeAndLeave("sheet:budgetAmount_input", "300000");
        b.clickAjax("sheet:arrangeBudget");
        assertTrue(b.messages().contains(zh("project.budget.needsAdjustment")), b.messages()::toString);
        assertTrue(b.pageText().contains(zh("adjustment.offer")), "the page offers the adjustment");
        b.choose("sheet:adjustmentType", zh("enum.AdjustmentType.LOCAL_BUDGET_CHANGE"));
        b.type("sheet:adjustmentReason", "本级追加预算5万元，扩大覆盖户数");
        b.clickAjax("sheet:requestAdjustment");
        assertTrue(b.messages().contains(zh("adjustment.requested")), b.messages()::toString);
        assertEquals(zh("enum.TargetSheetStatus.ADJUSTING"), b.text("sheetStatus"));
        b.signOut();

        b.signIn("unit01", DemoData.PASSWORD);
        b.open(sheetPath);
        b.typeAndLeave("sheet:indicators:0:value_input", "45");
        b.clickAjax("sheet:submit");
        assertTrue(b.messages().contains(zh("target.submittedToDepartment")), b.messages()::toString);
        b.signOut();
        b.signIn("dept01", DemoData.PASSWORD);
        b.open(sheetPath);
        b.clickAjax("sheet:forward");
        b.signOut();

        String again = openRound(b, "浏览器测试调整审核", project, "杨光明", "赵立新");
        signOpinion(b, "poverty01", again, "0");
        signOpinion(b, "reviewer01", again, "0");
        chairPasses(b, again);
        fileAndApprove(b, project, "清财预〔2026〕101号");

        b.signIn("unit01", DemoData.PASSWORD);
        b.open(sheetPath);
        b.clickAndWait("sheet:versionsLink");
        assertTrue(b.pageText().contains("清财预〔2026〕88号") && b.pageText().contains("清财预〔2026〕101号"), "both versions stay readable");
        assertTrue(b.texts(".diff-kind").contains(zh("enum.Kind.CHANGED")), b.texts(".diff-kind")::toString);
        assertTrue(b.pageText().contains("300,000.00"), "the budget moved with the adjustment");
        b.screenshot("versions-diff");
        b.signOut();
    }

    /** The system administrator adds a user in 城关镇人民政府 and reads the one-time password off the screen. */
    private static String createUser(Browser b, String username) {
        b.signIn("sysadmin", DemoData.PASSWORD);
        b.open("/app/admin/users.xhtml");
        b.type("users:username", username);
        b.type("users:displayName", "测试用户");
        b.choose("users:organization", "城关镇人民政府");
        b.clickAjax("users:create");
        String temporary = b.text("temporaryPassword");
        assertFalse(temporary.isBlank(), b::pageText);
        b.screenshot("users-created");
        b.signOut();
        return temporary;
    }
}
