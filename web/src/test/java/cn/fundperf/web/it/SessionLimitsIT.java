package cn.fundperf.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.security.SessionPolicy;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions from any path obey the idle and the absolute limit (issue 10 §2), pages and API calls
 * alike: a session signed in by the login form, and one signed in by HTTP Basic on a request that
 * carried a session cookie. The limits are shortened to seconds for the test; the container counts
 * idle time from the last request's start, so the idle limit leaves room for a slow login on a busy machine.
 */
@ExtendWith(ArquillianExtension.class)
class SessionLimitsIT {

    @Deployment
    static WebArchive application() {
        return Deployments.applicationWithProbe().addClasses(SwitchableSecuritySettings.class, FormLoginClient.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    TestProbe probe;

    @AfterEach
    void configuredLimitsAgain() {
        SwitchableSecuritySettings.sessions = null;
    }

    private FormLoginClient open() {
        return new FormLoginClient(base);
    }

    private static HttpResponse<String> get(FormLoginClient browser, String path, String basicUser) throws Exception {
        return basicUser == null ? browser.get(path) : browser.getAsBasic(path, basicUser);
    }

    /** Calls /api/me with the session cookie every half second for this long; the statuses in order. */
    private List<Integer> keepCalling(FormLoginClient browser, Duration during) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        long end = System.nanoTime() + during.toNanos();
        while (System.nanoTime() < end) {
            statuses.add(get(browser, "/api/me", null).statusCode());
            Thread.sleep(500);
        }
        return statuses;
    }

    @Test
    void a_form_login_session_ends_after_the_idle_limit_for_the_api_and_the_pages() throws Exception {
        SwitchableSecuritySettings.sessions = new SessionPolicy(Duration.ofSeconds(8), Duration.ofHours(1));
        FormLoginClient browser = open();
        browser.signIn("unit01");
        assertEquals(200, get(browser, "/api/me", null).statusCode(), "the session works for the API");
        assertEquals(200, get(browser, "/app/home.xhtml", null).statusCode(), "and for pages");

        Thread.sleep(10_000);
        assertEquals(401, get(browser, "/api/me", null).statusCode(), "idle longer than the limit");
        HttpResponse<String> page = get(browser, "/app/home.xhtml", null);
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("").contains("/login.xhtml"), page.headers().toString());
    }

    @Test
    void a_busy_form_login_session_ends_at_the_absolute_limit() throws Exception {
        SwitchableSecuritySettings.sessions = new SessionPolicy(Duration.ofMinutes(1), Duration.ofSeconds(6));
        long expiredBefore = probe.countAuditOf("security.session.expired", "finance01");
        FormLoginClient browser = open();
        browser.signIn("finance01");

        List<Integer> statuses = keepCalling(browser, Duration.ofSeconds(9));

        assertEquals(200, statuses.get(0), statuses::toString);
        assertEquals(401, statuses.get(statuses.size() - 1), statuses::toString);
        int firstRefusal = statuses.indexOf(401);
        assertTrue(statuses.subList(firstRefusal, statuses.size()).stream().allMatch(s -> s == 401), statuses::toString);
        assertEquals(expiredBefore + 1, probe.countAuditOf("security.session.expired", "finance01"), "the end is audited once");
    }

    @Test
    void a_session_signed_in_by_http_basic_on_a_cookie_gets_a_new_id_and_both_limits() throws Exception {
        SwitchableSecuritySettings.sessions = new SessionPolicy(Duration.ofSeconds(6), Duration.ofSeconds(9));
        FormLoginClient browser = open();
        get(browser, "/login.xhtml", null);
        String anonymous = browser.sessionId();
        assertNotNull(anonymous, "the login page opened a session");

        HttpResponse<String> basic = get(browser, "/api/me", "unit01");
        assertEquals(200, basic.statusCode(), basic.body());
        assertNotEquals(anonymous, browser.sessionId(), "signed in on that session: a new id (fixation)");
        assertEquals(200, get(browser, "/api/me", null).statusCode(), "the cookie alone now signs in");

        List<Integer> statuses = keepCalling(browser, Duration.ofSeconds(12));
        assertEquals(200, statuses.get(0), statuses::toString);
        assertEquals(401, statuses.get(statuses.size() - 1), "the absolute limit ends a busy session: " + statuses);
        HttpResponse<String> ended = get(browser, "/api/me", null);
        assertEquals(401, ended.statusCode());

        FormLoginClient idle = open();
        get(idle, "/login.xhtml", null);
        assertEquals(200, get(idle, "/api/me", "unit01").statusCode());
        assertEquals(200, get(idle, "/api/me", null).statusCode());
        Thread.sleep(8_000);
        assertEquals(401, get(idle, "/api/me", null).statusCode(), "idle longer than the limit");
    }
}
