package cn.fundperf.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.job.JobRunStatus;
import cn.fundperf.ejb.job.JobService;
import cn.fundperf.ejb.job.ScheduledJob;
import cn.fundperf.ejb.security.AccountService;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.security.LoginOutcome;
import cn.fundperf.ejb.security.LoginOutcome.Result;
import cn.fundperf.ejb.security.UserAdministrationService;
import cn.fundperf.ejb.security.UserAdministrationService.NewAccount;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in under load and under attack (issue 10 §2): parallel logins of one account, parallel
 * wrong passwords, names without an account, the forced password change on the API, HTTP Basic
 * without a session and its throttle.
 */
@ExtendWith(ArquillianExtension.class)
class LoginIT {

    private static final String NEW_PASSWORD = "Neu#Kennwort2026";

    @Deployment
    static WebArchive application() {
        return Deployments.applicationWithProbe().addClass(LoginProbe.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    TestProbe probe;

    @Inject
    LoginProbe logins;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccountService accounts;

    @Inject
    UserAdministrationService users;

    @Inject
    JobService jobs;

    private final HttpClient http = HttpClient.newHttpClient();

    private NewAccount aNewAccount() {
        currentActor.set(probe.actor("sysadmin"));
        return users.createUser(unique("login"), "登录测试", null, probe.organizationId("DW-CGZ"));
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private List<LoginOutcome> inParallel(int times, String username, String password) throws Exception {
        List<Future<LoginOutcome>> started = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            started.add(logins.authenticate(username, password));
        }
        List<LoginOutcome> outcomes = new ArrayList<>();
        for (Future<LoginOutcome> outcome : started) {
            outcomes.add(outcome.get());
        }
        return outcomes;
    }

    private static Map<Result, Long> byResult(List<LoginOutcome> outcomes) {
        return outcomes.stream().collect(Collectors.groupingBy(LoginOutcome::result, Collectors.counting()));
    }

    @Test
    void fifty_parallel_logins_of_one_account_all_succeed() throws Exception {
        NewAccount account = aNewAccount();
        long versionBefore = logins.version(account.username());

        List<LoginOutcome> outcomes = inParallel(50, account.username(), account.temporaryPassword());

        assertEquals(Map.of(Result.SUCCEEDED, 50L), byResult(outcomes));
        assertEquals(50, probe.countAuditOf("security.login.succeeded", account.username()));
        assertNotNull(logins.lastLoginAt(account.username()));
        assertEquals(versionBefore, logins.version(account.username()), "logins are not edits: the version stays");
    }

    @Test
    void parallel_wrong_passwords_lock_the_account_exactly_at_the_policys_count() throws Exception {
        NewAccount account = aNewAccount();
        int max = accounts.lockoutPolicy().maxFailures();

        Map<Result, Long> results = byResult(inParallel(max + 7, account.username(), "Wrong#Pass1"));

        assertEquals(max - 1, results.get(Result.BAD_CREDENTIALS), results::toString);
        assertEquals(8, results.get(Result.LOCKED), results::toString);
        assertEquals(max, probe.countAuditOf("security.login.failed", account.username()), "exactly the counted failures");
        assertEquals(1, probe.countAuditOf("security.account.locked", account.username()), "locked once");
        assertEquals(Result.LOCKED, accounts.authenticate(account.username(), account.temporaryPassword(), "10.1.1.1").result(),
                "the right password does not open a locked account");
    }

    @Test
    void a_successful_login_starts_the_count_of_wrong_passwords_again() {
        NewAccount account = aNewAccount();
        int max = accounts.lockoutPolicy().maxFailures();
        for (int i = 1; i < max; i++) {
            accounts.authenticate(account.username(), "Wrong#Pass1", "10.1.1.1");
        }
        assertTrue(accounts.authenticate(account.username(), account.temporaryPassword(), "10.1.1.1").succeeded());
        LoginOutcome wrong = accounts.authenticate(account.username(), "Wrong#Pass1", "10.1.1.1");
        assertEquals(Result.BAD_CREDENTIALS, wrong.result());
        assertEquals(max - 1, wrong.remainingAttempts());
    }

    @Test
    void a_name_without_an_account_gets_the_same_answers_and_lockout_as_an_account() throws Exception {
        NewAccount account = aNewAccount();
        String nobody = unique("nobody");
        int max = accounts.lockoutPolicy().maxFailures();
        Function<LoginOutcome, String> seen = o -> o.result() + "/" + o.remainingAttempts() + "/" + o.lockedMinutes()
                + "/" + o.passwordChangeRequired() + "/" + (o.actor() == null);

        for (int attempt = 1; attempt <= max + 1; attempt++) {
            String known = seen.apply(accounts.authenticate(account.username(), "Wrong#Pass1", "10.1.1.2"));
            String unknown = seen.apply(accounts.authenticate(nobody, "Wrong#Pass1", "10.1.1.2"));
            assertEquals(known, unknown, "attempt " + attempt);
        }
        assertEquals(Result.LOCKED, accounts.authenticate(nobody, "anything", "10.1.1.2").result());

        String another = unique("nobody");
        Map<Result, Long> parallel = byResult(inParallel(max + 7, another, "Wrong#Pass1"));
        assertEquals(max - 1, parallel.get(Result.BAD_CREDENTIALS), parallel::toString);
        assertEquals(8, parallel.get(Result.LOCKED), parallel::toString);
    }

    @Test
    void a_name_without_an_account_and_a_locked_account_take_as_long_as_a_wrong_password() {
        NewAccount account = aNewAccount();
        NewAccount locked = aNewAccount();
        int max = accounts.lockoutPolicy().maxFailures();
        for (int i = 0; i < max; i++) {
            accounts.authenticate(locked.username(), "Wrong#Pass1", "10.1.1.3");
        }
        String nobody = unique("nobody");
        accounts.authenticate(unique("warm"), "x", "10.1.1.3");

        // the three kinds take turns, so that a busy machine slows them alike; the password hash (tens
        // of milliseconds) is what must be spent on every path, and it dominates each attempt
        List<Long> wrong = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        List<Long> lockedOut = new ArrayList<>();
        for (int i = 0; i < max - 1; i++) {
            wrong.add(micros(() -> accounts.authenticate(account.username(), "Wrong#Pass1", "10.1.1.3")));
            unknown.add(micros(() -> accounts.authenticate(nobody, "Wrong#Pass1", "10.1.1.3")));
            lockedOut.add(micros(() -> accounts.authenticate(locked.username(), "Wrong#Pass1", "10.1.1.3")));
        }
        long w = median(wrong);
        long u = median(unknown);
        long l = median(lockedOut);
        assertTrue(u > w / 3 && u < w * 3, () -> "unknown " + u + " µs, wrong password " + w + " µs");
        assertTrue(l > w / 3 && l < w * 3, () -> "locked " + l + " µs, wrong password " + w + " µs");
    }

    private static long micros(Runnable attempt) {
        long start = System.nanoTime();
        attempt.run();
        return (System.nanoTime() - start) / 1000;
    }

    private static long median(List<Long> micros) {
        return micros.stream().sorted().toList().get(micros.size() / 2);
    }

    @Test
    void wrong_passwords_older_than_the_lockout_window_are_forgotten_by_the_daily_job_for_names_and_accounts_alike() throws Exception {
        int max = accounts.lockoutPolicy().maxFailures();
        Duration window = accounts.lockoutPolicy().lockDuration();
        String old = unique("nobody");
        String recent = unique("nobody");
        String locked = unique("nobody");
        NewAccount account = aNewAccount();
        for (String name : List.of(old, recent, account.username())) {
            accounts.authenticate(name, "Wrong#Pass1", "10.1.1.5");
            accounts.authenticate(name, "Wrong#Pass1", "10.1.1.5");
        }
        for (int i = 0; i < max; i++) {
            accounts.authenticate(locked, "Wrong#Pass1", "10.1.1.5");
        }
        logins.ageLastFailure(old, window.plusMinutes(1));
        logins.ageLastFailure(account.username(), window.plusMinutes(1));
        logins.ageLastFailure(locked, window.plusMinutes(1));

        currentActor.set(probe.actor("sysadmin"));
        long runId = jobs.runNow(ScheduledJob.LOGIN_FAILURES_PURGE).getId();
        for (int i = 0; i < 240 && !jobs.run(runId).getStatus().isFinished(); i++) {
            Thread.sleep(250);   // a manual run goes on in the background
        }
        assertEquals(JobRunStatus.SUCCEEDED, jobs.run(runId).getStatus());

        assertFalse(logins.unknownNameKept(old), "an unknown name's old failures are gone");
        assertTrue(logins.unknownNameKept(recent), "failures within the window stay");
        assertTrue(logins.unknownNameKept(locked), "a lock in force stays");
        assertEquals(Result.LOCKED, accounts.authenticate(locked, "Wrong#Pass1", "10.1.1.5").result());
        assertEquals(0, logins.failedAttempts(account.username()), "an account's old failures are forgotten too");
        String known = accounts.authenticate(account.username(), "Wrong#Pass1", "10.1.1.5").remainingAttempts() + "";
        String unknown = accounts.authenticate(old, "Wrong#Pass1", "10.1.1.5").remainingAttempts() + "";
        assertEquals(String.valueOf(max - 1), known, "counting starts afresh");
        assertEquals(known, unknown, "and alike for a name without an account");
        assertTrue(probe.countAuditOf("security.loginFailures.forgotten", "system:job:LOGIN_FAILURES_PURGE") >= 1);
    }

    // ---- over HTTP ------------------------------------------------------------------------

    private HttpResponse<String> call(String user, String password, String method, String path, String json, String language)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Accept", "application/json")
                .header("X-Requested-With", "test")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void a_temporary_password_allows_nothing_over_the_api_but_changing_it() throws Exception {
        NewAccount account = aNewAccount();
        String user = account.username();
        String temporary = account.temporaryPassword();

        HttpResponse<String> me = call(user, temporary, "GET", "/api/me", null, null);
        assertEquals(403, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"key\":\"auth.passwordChangeRequired\""), me.body());
        assertTrue(me.body().contains("请先修改密码"), "Chinese by default: " + me.body());
        HttpResponse<String> english = call(user, temporary, "GET", "/api/me", null, "en");
        assertTrue(english.body().contains("change your password first"), english.body());

        String project = "{\"fiscalYear\":2026,\"name\":\"越权项目\",\"categoryId\":1,\"usingUnitId\":1,\"departmentId\":1,"
                + "\"regionId\":1,\"beneficiaryHouseholds\":1,\"beneficiaryPeople\":1,\"registeredPoorPeople\":0}";
        HttpResponse<String> create = call(user, temporary, "POST", "/api/projects", project, null);
        assertEquals(403, create.statusCode(), create.body());
        assertTrue(create.body().contains("auth.passwordChangeRequired"), create.body());
        assertEquals(403, call(user, temporary, "GET", "/api/projects", null, null).statusCode());

        HttpResponse<String> weak = call(user, temporary, "PUT", "/api/me/password",
                "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"short\"}", null);
        assertEquals(422, weak.statusCode(), weak.body());
        assertTrue(weak.body().contains("\"key\":\"password.tooShort\""), "the screen's policy: " + weak.body());
        HttpResponse<String> wrongCurrent = call(user, temporary, "PUT", "/api/me/password",
                "{\"currentPassword\":\"Wrong#Pass1\",\"newPassword\":\"" + NEW_PASSWORD + "\"}", null);
        assertTrue(wrongCurrent.body().contains("password.currentWrong"), wrongCurrent.body());
        HttpResponse<String> same = call(user, temporary, "PUT", "/api/me/password",
                "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + temporary + "\"}", null);
        assertTrue(same.body().contains("password.reused"), "the history applies: " + same.body());

        HttpResponse<String> changed = call(user, temporary, "PUT", "/api/me/password",
                "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}", null);
        assertEquals(204, changed.statusCode(), changed.body());
        assertEquals(401, call(user, temporary, "GET", "/api/me", null, null).statusCode(), "the temporary password is gone");
        HttpResponse<String> now = call(user, NEW_PASSWORD, "GET", "/api/me", null, null);
        assertEquals(200, now.statusCode(), now.body());
        assertTrue(now.body().contains(user), now.body());
    }

    @Test
    void parallel_basic_calls_of_one_account_all_succeed_and_leave_no_session() throws Exception {
        NewAccount account = aNewAccount();
        assertEquals(204, call(account.username(), account.temporaryPassword(), "PUT", "/api/me/password",
                "{\"currentPassword\":\"" + account.temporaryPassword() + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}", null).statusCode());

        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return call(account.username(), NEW_PASSWORD, "GET", "/api/me", null, null);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            HttpResponse<String> response = call.get();
            assertEquals(200, response.statusCode(), response.body());
            assertFalse(response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")),
                    () -> "a Basic call without a cookie makes no session: " + response.headers().allValues("Set-Cookie"));
        }
    }

    @Test
    void failed_basic_logins_of_one_name_are_throttled_with_429() throws Exception {
        String nobody = unique("nobody");
        int limit = accounts.loginThrottlePolicy().maxFailuresPerAccount();
        for (int i = 0; i < limit; i++) {
            assertEquals(401, call(nobody, "Wrong#Pass" + i, "GET", "/api/me", null, null).statusCode());
        }
        HttpResponse<String> throttled = call(nobody, "Wrong#Pass", "GET", "/api/me", null, "zh-CN");
        assertEquals(429, throttled.statusCode(), throttled.body());
        assertTrue(throttled.body().contains("\"key\":\"auth.tooManyFailures\""), throttled.body());
        assertTrue(throttled.body().contains("登录失败次数过多"), throttled.body());
    }
}
