package cn.fundperf.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.demo.DemoData;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JSON API from outside: authentication, data scope, CSRF header, refusals as JSON, OpenAPI. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> call(String user, String method, String path, String json, boolean withCsrfHeader) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Accept", "application/json")
                .header("Accept-Language", "zh-CN")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (withCsrfHeader) {
            request.header("X-Requested-With", "test");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long firstId(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return Long.parseLong(m.group(1));
    }

    @Test
    void projects_are_listed_within_the_callers_scope_and_others_are_refused() throws Exception {
        assertEquals(401, call(null, "GET", "/api/projects", null, false).statusCode());

        HttpResponse<String> finance = call("finance01", "GET", "/api/projects?year=" + LocalDate.now().getYear() + "&max=5&sort=plannedTotal&ascending=false", null, false);
        assertEquals(200, finance.statusCode(), finance.body());
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(finance.body());
        assertTrue(total.find() && Long.parseLong(total.group(1)) >= 40, finance.body());

        long neighboursProject = firstId(call("unit02", "GET", "/api/projects?max=1", null, false).body());
        HttpResponse<String> refused = call("unit01", "GET", "/api/projects/" + neighboursProject, null, false);
        HttpResponse<String> missing = call("unit01", "GET", "/api/projects/" + Long.MAX_VALUE, null, false);
        assertEquals(404, refused.statusCode(), "another unit's project answers like one that does not exist");
        assertEquals(missing.statusCode(), refused.statusCode());
        assertEquals(missing.body().replace(String.valueOf(Long.MAX_VALUE), "ID"),
                refused.body().replace(String.valueOf(neighboursProject), "ID"), "nothing tells the two apart");
        assertTrue(refused.body().contains("\"key\":\"error.notFound\""), refused.body());
        assertTrue(refused.body().contains("记录不存在"), "the message is in the caller's language");
    }

    @Test
    void changes_need_the_csrf_header_and_bad_input_gets_a_clear_answer() throws Exception {
        String body = "{\"fiscalYear\":" + LocalDate.now().getYear() + ",\"name\":\"API项目\",\"categoryId\":1,\"usingUnitId\":1,"
                + "\"departmentId\":1,\"regionId\":1,\"beneficiaryHouseholds\":1,\"beneficiaryPeople\":1,\"registeredPoorPeople\":0}";
        HttpResponse<String> withoutHeader = call("unit01", "POST", "/api/projects", body, false);
        assertEquals(403, withoutHeader.statusCode());
        assertTrue(withoutHeader.body().contains("api.csrf"));

        HttpResponse<String> unknownUnit = call("unit01", "POST", "/api/projects", body, true);
        assertEquals(404, unknownUnit.statusCode(), unknownUnit.body());
        assertTrue(unknownUnit.body().contains("\"key\":\"error.notFound\""), unknownUnit.body());

        HttpResponse<String> broken = call("unit01", "POST", "/api/projects", "{\"fiscalYear\": \"soon\"", true);
        assertEquals(400, broken.statusCode(), broken.body());
    }

    @Test
    void a_submitted_sheet_cannot_be_changed_through_the_api() throws Exception {
        String list = call("unit01", "GET", "/api/projects?targetStatus=SUBMITTED&max=1", null, false).body();
        long projectId = firstId(list);
        String sheet = call("unit01", "GET", "/api/target-sheets?projectId=" + projectId, null, false).body();
        assertTrue(sheet.contains("\"status\":\"SUBMITTED\""), sheet);
        long sheetId = firstId(sheet);
        Matcher version = Pattern.compile("\"version\":(\\d+)").matcher(sheet);
        assertTrue(version.find());

        String unit = call("finance01", "GET", "/api/projects/" + projectId, null, false).body();
        assertTrue(unit.contains("\"usingUnit\""), unit);
        String edit = "{\"version\":" + version.group(1) + ",\"overallGoal\":\"改\",\"indicators\":[]}";
        HttpResponse<String> change = call("unit01", "PUT", "/api/target-sheets/" + sheetId, edit, true);
        assertEquals(422, change.statusCode(), change.body());
        assertTrue(change.body().contains("\"key\":\"target.readOnly\""), change.body());
        assertEquals(403, call("dept01", "PUT", "/api/target-sheets/" + sheetId, edit, true).statusCode(),
                "a department cannot edit a unit's sheet");
    }

    @Test
    void a_years_declaration_export_runs_in_the_background_and_only_its_requester_takes_the_file() throws Exception {
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        HttpResponse<String> started = call("finance01", "POST", "/api/target-sheets/declarations?year=" + year, null, true);
        assertEquals(202, started.statusCode(), started.body());
        String location = started.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches(".*/api/tasks/\\d+$"), location);
        String task = "/api/tasks/" + firstId(started.body());

        String status = "";
        HttpResponse<String> followed = null;
        for (int i = 0; i < 120 && !status.equals("SUCCEEDED") && !status.equals("FAILED"); i++) {
            Thread.sleep(500);
            followed = call("finance01", "GET", task, null, false);
            assertEquals(200, followed.statusCode(), followed.body());
            Matcher m = Pattern.compile("\"status\":\"(\\w+)\"").matcher(followed.body());
            assertTrue(m.find(), followed.body());
            status = m.group(1);
        }
        assertEquals("SUCCEEDED", status, followed.body());
        assertTrue(followed.body().contains("\"percent\":100") && followed.body().contains("task.declarations.done"), followed.body());

        HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + task + "/file"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("finance01:" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("filename*=UTF-8''"), file.headers().toString());
        assertEquals("PK", new String(file.body(), 0, 2, StandardCharsets.ISO_8859_1), "an xlsx workbook");

        assertEquals(404, call("dept01", "GET", task, null, false).statusCode(), "another user's task is not found");
        assertEquals(404, call("dept01", "GET", task + "/file", null, false).statusCode());
        assertEquals(403, call("sysadmin", "POST", "/api/target-sheets/declarations?year=" + year, null, true).statusCode(),
                "who may not read projects may not export them");
    }

    @Test
    void an_integration_creates_a_project_from_the_reference_lists_alone() throws Exception {
        HttpResponse<String> units = call("unit01", "GET", "/api/reference/units", null, false);
        assertEquals(200, units.statusCode(), units.body());
        assertTrue(units.body().contains("\"department\":{") && units.body().contains("\"region\":{"), units.body());
        long unit = firstId(units.body().replaceAll("\\{[^{}]*\\}", "{}"));   // the unit's own id, not its department's
        long category = firstId(call("unit01", "GET", "/api/reference/fund-categories", null, false).body());
        String body = "{\"fiscalYear\":" + LocalDate.now().getYear() + ",\"name\":\"接口对接项目\",\"categoryId\":" + category
                + ",\"usingUnitId\":" + unit + ",\"beneficiaryHouseholds\":1,\"beneficiaryPeople\":3,\"registeredPoorPeople\":1}";
        HttpResponse<String> created = call("unit01", "POST", "/api/projects", body, true);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(403, call("finance01", "GET", "/api/reference/units", null, false).statusCode(), "finance enters no projects");
    }

    @Test
    void projects_created_at_the_same_moment_all_get_codes_of_their_own() throws Exception {
        long unit = firstId(call("unit01", "GET", "/api/reference/units", null, false).body().replaceAll("\\{[^{}]*\\}", "{}"));
        int year = LocalDate.now().getYear();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        List<java.util.concurrent.Future<HttpResponse<String>>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String body = "{\"fiscalYear\":" + year + ",\"name\":\"并发新建" + i + "\",\"categoryId\":1,\"usingUnitId\":" + unit
                    + ",\"beneficiaryHouseholds\":1,\"beneficiaryPeople\":3,\"registeredPoorPeople\":1}";
            calls.add(pool.submit(() -> call("unit01", "POST", "/api/projects", body, true)));
        }
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (var created : calls) {
            HttpResponse<String> response = created.get();
            assertEquals(201, response.statusCode(), response.body());
            Matcher code = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(response.body());
            assertTrue(code.find(), response.body());
            codes.add(code.group(1));
        }
        assertEquals(20, codes.size(), "every project its own code: " + codes);

        // one code typed in by two callers at once: one is saved, the other told so, nobody gets a 500
        String code = "XMDUP" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
        String same = "{\"fiscalYear\":" + year + ",\"code\":\"" + code + "\",\"name\":\"同码并发\",\"categoryId\":1,\"usingUnitId\":" + unit
                + ",\"beneficiaryHouseholds\":1,\"beneficiaryPeople\":3,\"registeredPoorPeople\":1}";
        List<java.util.concurrent.Future<HttpResponse<String>>> twins = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            twins.add(pool.submit(() -> call("unit01", "POST", "/api/projects", same, true)));
        }
        int saved = 0;
        for (var twin : twins) {
            HttpResponse<String> response = twin.get();
            if (response.statusCode() == 201) {
                saved++;
            } else {
                assertTrue(response.statusCode() == 409 || response.statusCode() == 422, response.statusCode() + " " + response.body());
                assertTrue(response.body().contains("error.createdMeanwhile") || response.body().contains("code.duplicate"), response.body());
            }
        }
        pool.shutdown();
        assertEquals(1, saved, "one of six identical creations is saved");
    }

    @Test
    void the_api_is_described_by_openapi_to_signed_in_callers_only() throws Exception {
        assertEquals(401, call(null, "GET", "/openapi", null, false).statusCode());
        HttpResponse<String> openapi = call("unit01", "GET", "/openapi", null, false);
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/projects"), openapi.body().substring(0, Math.min(400, openapi.body().length())));
        assertTrue(openapi.body().contains("/api/target-sheets/{id}/submit"));
        assertTrue(openapi.body().contains("/api/review-items/{id}/opinion") && openapi.body().contains("/api/approval/approvals"));
    }

    @Test
    void metrics_are_for_this_machine_or_the_system_administrator_and_health_tells_the_status_only() throws Exception {
        // the test servers listen on the host address: a call through a proxy is not local either way
        HttpRequest.Builder proxied = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/metrics"))
                .header("X-Forwarded-For", "10.1.2.3");
        assertEquals(401, http.send(proxied.copy().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        String unit = Base64.getEncoder().encodeToString(("unit01:" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertEquals(403, http.send(proxied.copy().header("Authorization", "Basic " + unit).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        String admin = Base64.getEncoder().encodeToString(("sysadmin:" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> metrics = http.send(proxied.copy().header("Authorization", "Basic " + admin).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("# TYPE"), metrics.body().substring(0, Math.min(200, metrics.body().length())));

        HttpResponse<String> health = call(null, "GET", "/health/ready", null, false);
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"UP\"") && !health.body().contains("schema"), health.body());
        assertTrue(health.headers().firstValue("Server").isEmpty(), "no Server header");
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), field + " in " + json);
        return Long.parseLong(m.group(1));
    }

    private static String ratings(String notConforming) {
        return "[{\"criterion\":\"NECESSITY_FEASIBILITY\",\"rating\":\"CONFORMS\"},{\"criterion\":\"RELEVANCE\",\"rating\":\"CONFORMS\"},"
                + "{\"criterion\":\"REASONABLE_MEASURABLE\",\"rating\":\"DOES_NOT_CONFORM\"" + (notConforming == null ? "" : ",\"comment\":\"" + notConforming + "\"")
                + "},{\"criterion\":\"FUNDING_MATCH\",\"rating\":\"CONFORMS\"}]";
    }

    @Test
    void a_review_round_runs_over_the_api_with_the_screens_rules() throws Exception {
        long projectId = firstId(call("finance01", "GET", "/api/projects?targetStatus=SUBMITTED&sort=code&ascending=false&max=1", null, false).body());
        long sheetId = firstId(call("finance01", "GET", "/api/target-sheets?projectId=" + projectId, null, false).body());
        assertEquals(403, call("unit01", "GET", "/api/review-rounds", null, false).statusCode(), "a unit takes no part in reviews");

        HttpResponse<String> opened = call("finance01", "POST", "/api/review-rounds", "{\"fiscalYear\":" + LocalDate.now().getYear()
                + ",\"title\":\"接口审核轮次\",\"selection\":\"HAND_PICKED\",\"sheetIds\":[" + sheetId + "],"
                + "\"memberUsernames\":[\"finance01\",\"poverty01\",\"reviewer01\"],\"chairUsername\":\"finance01\"}", true);
        assertEquals(200, opened.statusCode(), opened.body());
        long roundId = firstId(opened.body());
        long itemId = number(opened.body().substring(opened.body().indexOf("\"items\"")), "id");
        assertTrue(call("reviewer01", "GET", "/api/review-rounds", null, false).body().contains("接口审核轮次"), "the expert sees the round");

        String item = call("reviewer01", "GET", "/api/review-items/" + itemId, null, false).body();
        long version = number(item.substring(item.indexOf("\"own\"")), "version");
        HttpResponse<String> unexplained = call("reviewer01", "PUT", "/api/review-items/" + itemId + "/opinion",
                "{\"version\":" + version + ",\"sign\":true,\"criteria\":" + ratings(null) + "}", true);
        assertEquals(422, unexplained.statusCode(), unexplained.body());
        assertTrue(unexplained.body().contains("review.opinion.commentRequired") && unexplained.body().contains("绩效指标的合理性和可衡量性"), unexplained.body());

        HttpResponse<String> signed = call("reviewer01", "PUT", "/api/review-items/" + itemId + "/opinion",
                "{\"version\":" + version + ",\"sign\":true,\"criteria\":" + ratings("指标无法衡量") + "}", true);
        assertEquals(200, signed.statusCode(), signed.body());
        assertTrue(signed.body().contains("\"signedAt\""), signed.body());
        long signedVersion = number(signed.body().substring(signed.body().indexOf("\"own\"")), "version");
        HttpResponse<String> changed = call("reviewer01", "PUT", "/api/review-items/" + itemId + "/opinion",
                "{\"version\":" + signedVersion + ",\"sign\":false,\"criteria\":" + ratings("改主意") + "}", true);
        assertEquals(422, changed.statusCode(), "a signed opinion cannot change: " + changed.body());
        assertTrue(changed.body().contains("review.opinion.signed"), changed.body());

        HttpResponse<String> early = call("finance01", "POST", "/api/review-items/" + itemId + "/conclusion",
                "{\"version\":" + number(item, "version") + ",\"conclusion\":\"PASS\"}", true);
        assertEquals(422, early.statusCode(), early.body());
        assertTrue(early.body().contains("review.conclusion.unsigned"), early.body());
        assertEquals(200, call("finance01", "GET", "/api/review-rounds/" + roundId, null, false).statusCode());
    }
}
