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

    private static final List<String> BUSINESS = List.of("mProjects", "mLibrary", "mDirectory", "mReference");
    private static final List<String> SYSTEM = List.of("mRegions", "mOrganizations", "mUsers", "mJobs", "mReferenceAdmin");
    private static final List<String> ALL = List.of("mProjects", "mLibrary", "mDirectory", "mReference", "mRegions", "mOrganizations", "mUsers",
            "mJobs", "mReferenceAdmin", "mRoles", "mAudit");

    private static final Map<String, List<String>> MENUS = Map.ofEntries(
            Map.entry("unit01", BUSINESS), Map.entry("dept01", BUSINESS), Map.entry("finance01", BUSINESS),
            Map.entry("poverty01", BUSINESS), Map.entry("auditor01", BUSINESS), Map.entry("discipline01", BUSINESS),
            Map.entry("reviewer01", List.of("mReference")), Map.entry("evaluator01", List.of("mReference")),
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

    @Test
    @Order(6)
    void a_unit_clerk_enters_a_project_builds_its_target_from_the_library_and_the_department_forwards_it() throws Exception {
        Browser b = browser();
        b.signIn("unit01", DemoData.PASSWORD);
        b.open("/app/project/edit.xhtml");
        String name = "浏览器测试项目" + UUID.randomUUID().toString().substring(0, 6);
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
