package cn.fundperf.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.business.BusinessException;
import cn.fundperf.ejb.business.NotPermittedException;
import cn.fundperf.ejb.security.AccountService;
import cn.fundperf.ejb.security.ApiToken;
import cn.fundperf.ejb.security.ApiTokenService;
import cn.fundperf.ejb.security.ApiTokenService.IssuedToken;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.security.Role;
import cn.fundperf.ejb.security.SeparationOfDutiesException;
import cn.fundperf.ejb.security.UserAccount;
import cn.fundperf.ejb.security.UserAdministrationService;
import cn.fundperf.ejb.security.UserAdministrationService.NewAccount;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personal API tokens over HTTP (issue 10 §2): the security administrator issues one for a unit
 * user; an integration calls the API with it, statelessly and audited; revoked, expired, unknown
 * and forged tokens all get the same 401; roles never exceed the owner's, now or later; the system
 * administrator cannot issue; the forced password change holds and a token cannot change a password.
 */
@ExtendWith(ArquillianExtension.class)
class ApiTokenIT {

    private static final String OWN_PASSWORD = "Eigen#Kennwort26";

    @Deployment
    static WebArchive application() {
        return Deployments.applicationWithProbe().addClass(TokenProbe.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    TestProbe probe;

    @Inject
    TokenProbe tokenRows;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccountService accounts;

    @Inject
    UserAdministrationService users;

    @Inject
    ApiTokenService tokens;

    private final HttpClient http = HttpClient.newHttpClient();

    private void actAs(String username) {
        currentActor.set(probe.actor(username));
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private UserAccount account(String username) {
        actAs("secadmin");
        return users.usersForRoleAssignment(username, 0, 10).stream()
                .filter(user -> user.getUsername().equals(username)).findFirst().orElseThrow();
    }

    /** A user of 采购中心 (a using unit) with these roles, made as in real life; the password is their own unless told otherwise. */
    private NewAccount aUnitUser(Set<Role> roles, boolean passwordChosen) {
        actAs("sysadmin");
        NewAccount user = users.createUser(unique("tok"), "令牌测试", null, probe.organizationId("DW-CGZ"));
        actAs("secadmin");
        users.assignRoles(user.id(), account(user.username()).getVersion(), roles);
        if (passwordChosen) {
            actAs(user.username());
            accounts.changeOwnPassword(user.temporaryPassword(), OWN_PASSWORD);
        }
        return user;
    }

    private IssuedToken issue(NewAccount owner, Set<Role> roles) {
        actAs("secadmin");
        return tokens.issue(owner.username(), "预算一体化系统对接", roles, LocalDate.now().plusDays(30));
    }

    private ApiToken stored(IssuedToken token) {
        actAs("secadmin");
        return tokens.tokens(token.owner(), 0, 50).stream().filter(t -> t.getId() == token.id()).findFirst().orElseThrow();
    }

    private HttpResponse<String> call(String method, String path, String bearer, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Accept", "application/json")
                .header("X-Requested-With", "integration")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        return call("GET", path, bearer, null);
    }

    private static void assertRefusedAsInvalid(HttpResponse<String> response) {
        assertEquals(401, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"key\":\"auth.tokenInvalid\""), response.body());
    }

    @Test
    void an_issued_token_calls_the_api_without_a_session_is_audited_per_hour_and_stops_when_revoked() throws Exception {
        NewAccount owner = aUnitUser(EnumSet.of(Role.UNIT), true);
        IssuedToken token = issue(owner, EnumSet.of(Role.UNIT));
        assertTrue(token.text().startsWith("fpt_" + token.id() + "_"), token.text());
        String row = tokenRows.rowAsText(token.id());
        assertFalse(row.contains(token.text().substring(token.text().lastIndexOf('_') + 1)), "the secret is not stored: " + row);

        HttpResponse<String> me = get("/api/me", token.text());
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"username\":\"" + owner.username() + "\""), me.body());
        assertTrue(me.body().contains("\"roles\":[\"UNIT\"]"), me.body());
        assertEquals(List.of(), me.headers().allValues("Set-Cookie"), "stateless: no session, no cookie");
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> projects = get("/api/projects", token.text());
            assertEquals(200, projects.statusCode(), projects.body());
            assertEquals(List.of(), projects.headers().allValues("Set-Cookie"));
        }

        assertEquals(5, tokenRows.useCount(token.id()), "every call counted on the token's row");
        ApiToken listed = stored(token);
        assertNotNull(listed.getLastUsedAt(), "the screen shows the last use");
        long audited = probe.countAuditOfEntity("security.token.used", String.valueOf(token.id()));
        assertTrue(audited >= 1 && audited <= 2, "the first use of the hour is audited, not every call: " + audited);
        assertEquals(1, probe.countAuditOfEntity("security.token.issued", String.valueOf(token.id())));

        actAs("secadmin");
        tokens.revoke(token.id(), listed.getVersion());
        assertRefusedAsInvalid(get("/api/me", token.text()));
        assertNotNull(stored(token).getRevokedAt(), "the screen shows it revoked");
        assertEquals(1, probe.countAuditOfEntity("security.token.revoked", String.valueOf(token.id())));
    }

    @Test
    void expired_unknown_and_forged_tokens_get_one_and_the_same_answer() throws Exception {
        NewAccount owner = aUnitUser(EnumSet.of(Role.UNIT), true);
        IssuedToken expired = issue(owner, EnumSet.of(Role.UNIT));
        assertEquals(200, get("/api/me", expired.text()).statusCode());
        tokenRows.expire(expired.id());
        IssuedToken other = issue(owner, EnumSet.of(Role.UNIT));
        String secretOfOther = other.text().substring(other.text().lastIndexOf('_') + 1);

        List<HttpResponse<String>> answers = List.of(
                get("/api/me", expired.text()),
                get("/api/me", "fpt_99999999999_" + secretOfOther),
                get("/api/me", "fpt_" + expired.id() + "_" + secretOfOther),
                get("/api/me", "no-token-at-all"));
        for (HttpResponse<String> answer : answers) {
            assertRefusedAsInvalid(answer);
            assertEquals(answers.get(0).body(), answer.body(), "the same words for every kind");
            assertTrue(answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer "), answer.headers().toString());
            assertEquals(List.of(), answer.headers().allValues("Set-Cookie"));
        }
        assertEquals(200, get("/api/me", other.text()).statusCode(), "the other token still works");
    }

    @Test
    void a_role_the_owner_lacks_is_refused_at_issue_and_the_system_administrator_cannot_issue() {
        NewAccount owner = aUnitUser(EnumSet.of(Role.UNIT), true);

        actAs("secadmin");
        BusinessException wider = assertThrows(BusinessException.class,
                () -> tokens.issue(owner.username(), "越权", EnumSet.of(Role.UNIT, Role.FINANCE), LocalDate.now().plusDays(30)));
        assertEquals("token.roles.notHeld", wider.getKey());
        assertEquals(List.of(Role.FINANCE), wider.getArguments());
        assertEquals("token.expiry.tooFar", assertThrows(BusinessException.class,
                () -> tokens.issue(owner.username(), "太久", EnumSet.of(Role.UNIT), LocalDate.now().plusDays(400))).getKey());
        assertEquals("account.administer.own", assertThrows(SeparationOfDutiesException.class,
                () -> tokens.issue("secadmin", "自己", EnumSet.of(Role.UNIT), LocalDate.now().plusDays(30))).getKey());

        actAs("sysadmin");
        assertThrows(NotPermittedException.class,
                () -> tokens.issue(owner.username(), "系统管理员签发", EnumSet.of(Role.UNIT), LocalDate.now().plusDays(30)));
        assertTrue(probe.countAuditOf("security.permission.denied", "sysadmin") >= 1, "the refusal is audited");

        actAs("secadmin");
        assertEquals(0, tokens.tokenCount(owner.username()), "nothing was issued");
    }

    @Test
    void the_owner_losing_a_role_or_the_account_takes_it_from_the_token() throws Exception {
        NewAccount owner = aUnitUser(EnumSet.of(Role.UNIT, Role.REVIEWER), true);
        IssuedToken token = issue(owner, EnumSet.of(Role.UNIT, Role.REVIEWER));
        HttpResponse<String> both = get("/api/me", token.text());
        assertTrue(both.body().contains("\"roles\":[\"REVIEWER\",\"UNIT\"]"), both.body());
        assertEquals(200, get("/api/projects", token.text()).statusCode());

        actAs("secadmin");
        users.assignRoles(owner.id(), account(owner.username()).getVersion(), EnumSet.of(Role.REVIEWER));
        HttpResponse<String> one = get("/api/me", token.text());
        assertTrue(one.body().contains("\"roles\":[\"REVIEWER\"]"), one.body());
        HttpResponse<String> projects = get("/api/projects", token.text());
        assertEquals(403, projects.statusCode(), "projects were the unit role's: " + projects.body());

        actAs("secadmin");
        users.assignRoles(owner.id(), account(owner.username()).getVersion(), EnumSet.of(Role.REVIEWER, Role.UNIT));
        assertEquals(200, get("/api/projects", token.text()).statusCode(), "given back to the owner, the token has it again");

        long version = account(owner.username()).getVersion();
        actAs("sysadmin");
        users.setUserEnabled(owner.id(), version, false);
        assertRefusedAsInvalid(get("/api/me", token.text()));
        version = account(owner.username()).getVersion();
        actAs("sysadmin");
        users.setUserEnabled(owner.id(), version, true);
        assertEquals(200, get("/api/me", token.text()).statusCode());

        int max = accounts.lockoutPolicy().maxFailures();
        for (int i = 0; i < max; i++) {
            accounts.authenticate(owner.username(), "Wrong#Pass1", "10.7.7.7");
        }
        assertRefusedAsInvalid(get("/api/me", token.text()));
    }

    @Test
    void a_token_does_not_get_around_the_forced_password_change_nor_change_the_password() throws Exception {
        NewAccount owner = aUnitUser(EnumSet.of(Role.UNIT), false);
        IssuedToken token = issue(owner, EnumSet.of(Role.UNIT));

        HttpResponse<String> me = get("/api/me", token.text());
        assertEquals(403, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"key\":\"auth.passwordChangeRequired\""), me.body());
        HttpResponse<String> change = call("PUT", "/api/me/password", token.text(),
                "{\"currentPassword\":\"" + owner.temporaryPassword() + "\",\"newPassword\":\"" + OWN_PASSWORD + "\"}");
        assertEquals(403, change.statusCode(), change.body());
        assertTrue(change.body().contains("\"key\":\"auth.tokenNotAllowed\""), change.body());

        actAs(owner.username());
        accounts.changeOwnPassword(owner.temporaryPassword(), OWN_PASSWORD);
        assertEquals(200, get("/api/me", token.text()).statusCode(), "once the person changed it, the token works");
        assertEquals(403, call("PUT", "/api/me/password", token.text(),
                "{\"currentPassword\":\"" + OWN_PASSWORD + "\",\"newPassword\":\"Dritte#Kennwort9\"}").statusCode(),
                "and still cannot change it");
    }
}
