package cn.fundperf.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.demo.DemoData;
import cn.fundperf.ejb.security.SessionPolicy;
import jakarta.inject.Inject;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"");

    @Deployment
    static WebArchive application() {
        return Deployments.applicationWithProbe().addClass(SwitchableSecuritySettings.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    TestProbe probe;

    @AfterEach
    void configuredLimitsAgain() {
        SwitchableSecuritySettings.sessions = null;
    }

    /** A browser-like client: keeps its cookies, follows no redirects (the test looks at them). */
    private record Browser(HttpClient http, CookieManager cookies) {
        static Browser open() {
            CookieManager cookies = new CookieManager();
            return new Browser(HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build(), cookies);
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    private HttpResponse<String> get(Browser browser, String path, String basicUser) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET();
        if (basicUser != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((basicUser + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return browser.http().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Fills in and submits the login form as a browser would (its hidden fields and the page's CSP nonce included). */
    private HttpResponse<String> formLogin(Browser browser, String username) throws Exception {
        HttpResponse<String> page = get(browser, "/login.xhtml", null);
        assertEquals(200, page.statusCode());
        String html = page.body();
        String form = html.substring(html.indexOf("<form id=\"login\""), html.indexOf("</form>", html.indexOf("<form id=\"login\"")));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form);
        while (hidden.find()) {
            Matcher name = NAME.matcher(hidden.group());
            Matcher value = VALUE.matcher(hidden.group());
            if (name.find()) {
                fields.put(name.group(1), value.find() ? value.group(1) : "");
            }
        }
        Matcher nonce = NONCE.matcher(html);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        fields.put("login:username", username);
        fields.put("login:password", DemoData.PASSWORD);
        fields.put("login:submit", "");
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> login = browser.http().send(HttpRequest.newBuilder(uri("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(302, login.statusCode(), () -> "signed in and sent on: " + login.body());
        assertTrue(login.headers().firstValue("Location").orElse("").contains("/app/home.xhtml"), login.headers().toString());
        return login;
    }

    /** Calls /api/me with the session cookie every half second for this long; the statuses in order. */
    private List<Integer> keepCalling(Browser browser, Duration during) throws Exception {
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
        Browser browser = Browser.open();
        formLogin(browser, "unit01");
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
        Browser browser = Browser.open();
        formLogin(browser, "finance01");

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
        Browser browser = Browser.open();
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

        Browser idle = Browser.open();
        get(idle, "/login.xhtml", null);
        assertEquals(200, get(idle, "/api/me", "unit01").statusCode());
        assertEquals(200, get(idle, "/api/me", null).statusCode());
        Thread.sleep(8_000);
        assertEquals(401, get(idle, "/api/me", null).statusCode(), "idle longer than the limit");
    }
}
