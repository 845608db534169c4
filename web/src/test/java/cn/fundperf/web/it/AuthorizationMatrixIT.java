package cn.fundperf.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.fundperf.ejb.demo.DemoData;
import cn.fundperf.ejb.security.Role;
import cn.fundperf.web.it.AuthorizationMatrix.Request;
import cn.fundperf.web.it.AuthorizationMatrix.Row;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorization matrix (authorization-matrix.txt) against the deployed application over HTTP:
 * every role, signed in through the login form, asks for every JSON operation and every page, on a
 * record in its scope and on one outside it; each answer must be the declared one, nothing may
 * answer 5xx, and no request may change the business tables. The table must name every operation
 * and page the application has, and nothing else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    private static final AuthorizationMatrix MATRIX = AuthorizationMatrix.load();
    private static final String FORBIDDEN_PAGE = "您无权访问该页面";
    private static final String MISSING_PAGE = "页面不存在";
    private static final long MISSING_ID = 987_654_321_012L;
    private static final List<String> KINDS = List.of("project", "sheet", "unit", "round", "item", "task", "period", "report", "evidence");
    /** Written by logins, refusals, jobs and the audit sealer whatever the request: not business data. */
    private static final List<String> NOT_BUSINESS_DATA = List.of("audit_record", "audit_chain_head", "audit_seal", "audit_gap",
            "audit_checkpoint", "job_run", "job_due", "unknown_login", "flyway_schema_history", "background_task");

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    /** Sessions and targets, made once: both matrix tests use them. */
    private static Fixture fixture;

    @AfterAll
    static void closeDatabase() throws SQLException {
        if (fixture != null) {
            fixture.db.close();
        }
    }

    @Test
    void the_table_has_one_row_for_every_operation_and_page_of_the_application_and_no_other() {
        SortedSet<String> inCode = new TreeSet<>(AuthorizationMatrix.operationsInCode());
        inCode.addAll(AuthorizationMatrix.pagesInCode());
        SortedSet<String> withoutRow = new TreeSet<>(inCode);
        withoutRow.removeAll(MATRIX.rows.keySet());
        SortedSet<String> rowForNothing = new TreeSet<>(MATRIX.rows.keySet());
        rowForNothing.removeAll(inCode);
        assertTrue(withoutRow.isEmpty() && rowForNothing.isEmpty(), "authorization-matrix.txt: no row for " + withoutRow
                + "; rows for operations or pages the application does not have: " + rowForNothing);
        assertTrue(inCode.size() > 40, "the discovery found the resources and pages: " + inCode);

        SortedSet<String> roles = Stream.concat(Arrays.stream(Role.values()).map(Enum::name), Stream.of(AuthorizationMatrix.ANONYMOUS))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(roles, new TreeSet<>(MATRIX.roles), "one column per role of Role.java, and anonymous");
        MATRIX.users.forEach((role, user) -> {
            if (!role.equals(AuthorizationMatrix.ANONYMOUS)) {
                assertEquals(Role.valueOf(role), DemoData.LOGINS.get(user)[1], user + " plays " + role);
            }
        });
    }

    @Test
    void every_role_gets_from_every_api_operation_what_the_table_says() throws Exception {
        check(false);
    }

    @Test
    void every_role_gets_from_every_page_what_the_table_says() throws Exception {
        check(true);
    }

    /** One request of a row: a role, the record it is probed with, the answer the table expects. */
    private record Probe(String role, Long target, boolean outside, String expected) {
    }

    /**
     * Row by row: the roles' requests of a row go out together (each role has its own session), and
     * the business tables are compared before and after the row.
     */
    private void check(boolean pages) throws Exception {
        Fixture f = fixture();
        long started = System.nanoTime();
        int requests = 0;
        List<String> wrong = new ArrayList<>();
        List<String> observedRows = new ArrayList<>();
        for (Row row : MATRIX.rows.values()) {
            if (row.isPage() != pages) {
                continue;
            }
            Request request = MATRIX.request(row);
            List<Probe> probes = new ArrayList<>();
            for (String role : MATRIX.roles) {
                List<String> expected = List.of(row.cells().get(role).split("/"));
                List<Long> targets = targets(f, row.target(), role, expected.size());
                for (int i = 0; i < expected.size(); i++) {
                    probes.add(new Probe(role, targets.get(i), i == 1, expected.get(i)));
                }
            }
            String before = f.fingerprint();
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            // a record outside the scope must answer exactly as one that does not exist: the same call on a missing id beside it
            Map<Integer, CompletableFuture<HttpResponse<String>>> missing = new HashMap<>();
            for (Probe probe : probes) {
                sent.add(send(f, f.sessions.get(probe.role()), row, request, probe.target()));
                if (!row.isPage() && probe.outside() && probe.expected().equals("404")) {
                    missing.put(sent.size() - 1, send(f, f.sessions.get(probe.role()), row, request, MISSING_ID));
                }
            }
            Map<String, List<String>> observed = new LinkedHashMap<>();
            boolean rowWrong = false;
            for (int i = 0; i < probes.size(); i++) {
                Probe probe = probes.get(i);
                HttpResponse<String> response = sent.get(i).join();
                requests++;
                String answer = row.isPage() ? pageAnswer(response) : apiAnswer(response, request);
                observed.computeIfAbsent(probe.role(), r -> new ArrayList<>()).add(answer);
                if (!answer.equals(probe.expected())) {
                    wrong.add(row.key() + " as " + probe.role() + " (" + MATRIX.users.get(probe.role()) + ")"
                            + (probe.target() == null ? "" : " on " + row.target() + " " + probe.target() + (probe.outside() ? ", outside the scope" : ""))
                            + ": expected " + probe.expected() + ", got " + response.statusCode() + " " + abbreviated(response.body()));
                    rowWrong = true;
                } else if (missing.containsKey(i)) {
                    HttpResponse<String> absent = missing.get(i).join();
                    requests++;
                    String outside = response.statusCode() + " " + response.body().replace(String.valueOf(probe.target()), "#");
                    String nothing = absent.statusCode() + " " + absent.body().replace(String.valueOf(MISSING_ID), "#");
                    if (!outside.equals(nothing)) {
                        wrong.add(row.key() + " as " + probe.role() + ": outside the scope answers " + outside + ", a missing id " + nothing);
                        rowWrong = true;
                    }
                }
            }
            String after = f.fingerprint();
            if (!after.equals(before)) {
                wrong.add(row.key() + " changed the data (" + changed(before, after) + ")");
                rowWrong = true;
            }
            if (rowWrong) {
                observedRows.add(String.format("%-5s %-36s %-8s %s", row.method(), row.path(), row.target(),
                        observed.values().stream().map(answers -> String.join("/", answers)).collect(Collectors.joining(" "))));
            }
        }
        System.out.printf("authorization matrix (%s): %d requests in %d ms%n", pages ? "pages" : "API", requests,
                (System.nanoTime() - started) / 1_000_000);
        assertTrue(wrong.isEmpty(), wrong.size() + " answers differ from authorization-matrix.txt:\n  " + String.join("\n  ", wrong)
                + "\nrows as observed:\n" + String.join("\n", observedRows));
    }

    /**
     * The records one cell is probed with: for {@code a/b} one in the caller's scope and one outside
     * it; for a single answer the caller's own if it has one, else one outside, else any.
     */
    private static List<Long> targets(Fixture f, String kind, String role, int answers) {
        if (kind.equals("-")) {
            return answers == 1 ? java.util.Collections.singletonList(null) : failOn("a cell a/b needs a target, row has none");
        }
        Long own = f.own.get(role).get(kind);
        Long outside = f.outside.get(role).get(kind);
        if (answers == 2) {
            assertTrue(own != null && outside != null, "no " + kind + " in and outside the scope of " + role + " to probe with: "
                    + own + ", " + outside);
            return List.of(own, outside);
        }
        return List.of(own != null ? own : outside != null ? outside : f.any.get(kind));
    }

    private static <T> T failOn(String what) {
        throw new IllegalStateException("authorization-matrix.txt: " + what);
    }

    private static String apiAnswer(HttpResponse<String> response, Request request) {
        int status = response.statusCode();
        if (status == request.allowedStatus()) {
            return "ok";
        }
        if ((status == 403 || status == 404) && !response.body().contains("\"key\"")) {
            return status + "(without a key)";
        }
        return String.valueOf(status);
    }

    private static String pageAnswer(HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        if (status / 100 == 3) {
            String location = response.headers().firstValue("Location").orElse("");
            return location.matches(".*/login\\.xhtml(\\?.*)?") ? "login" : "redirect(" + location + ")";
        }
        boolean forbidden = body.contains(FORBIDDEN_PAGE);
        boolean missing = body.contains(MISSING_PAGE);
        if (status == 200 && !forbidden && !missing) {
            return "ok";
        }
        if ((status == 403 && forbidden) || (status == 404 && missing)) {
            return String.valueOf(status);
        }
        return status + (forbidden ? "(无权访问)" : missing ? "(页面不存在)" : "");
    }

    private CompletableFuture<HttpResponse<String>> send(Fixture f, HttpClient client, Row row, Request request, Long target) {
        String path = fill(f, row.path(), target) + (request.query() == null ? "" : "?" + fill(f, request.query(), target));
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(root() + path)).header("Accept-Language", "zh-CN");
        if (row.isPage()) {
            return client.sendAsync(builder.header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        builder.header("Accept", "application/json");
        if (!row.method().equals("GET")) {
            builder.header("X-Requested-With", "matrix");
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if ("empty".equals(request.body())) {
            builder.header("Content-Type", "application/octet-stream");
            body = HttpRequest.BodyPublishers.ofByteArray(new byte[0]);
        } else if (request.body() != null) {
            builder.header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofString(fill(f, request.body(), target), StandardCharsets.UTF_8);
        }
        return client.sendAsync(builder.method(row.method(), body).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String fill(Fixture f, String text, Long target) {
        return text.replace("{id}", String.valueOf(target)).replace("{year}", String.valueOf(f.year)).replace("{code}", f.code);
    }

    private static String abbreviated(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        Matcher error = Pattern.compile("<p id=\"errorText\">([^<]*)<").matcher(oneLine);
        if (error.find()) {
            return "page: " + error.group(1);
        }
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }

    private static String changed(String before, String after) {
        List<String> a = List.of(before.split("\n"));
        List<String> b = List.of(after.split("\n"));
        return b.stream().filter(line -> !a.contains(line)).map(line -> line.split(" ")[0]).collect(Collectors.joining(", "));
    }

    private String root() {
        return base.toString().replaceAll("/$", "");
    }

    // ---- the fixture: sessions, a review round outside the demo committee, the targets of each role

    private static final class Fixture {
        final Map<String, HttpClient> sessions = new LinkedHashMap<>();
        final Map<String, Map<String, Long>> own = new HashMap<>();
        final Map<String, Map<String, Long>> outside = new HashMap<>();
        final Map<String, Long> any = new HashMap<>();
        Connection db;
        String fingerprintQuery;
        int year;
        String code;
        long reportWithEvidence;

        /** Rows and row versions (PostgreSQL's xmin changes with every insert or update) of the business tables. */
        String fingerprint() throws SQLException {
            StringBuilder print = new StringBuilder();
            try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(fingerprintQuery)) {
                while (rows.next()) {
                    print.append(rows.getString(1)).append(' ').append(rows.getLong(2)).append(' ').append(rows.getString(3)).append('\n');
                }
            }
            return print.toString();
        }
    }

    private Fixture fixture() throws Exception {
        if (fixture != null) {
            return fixture;
        }
        // the data check reads PostgreSQL's row versions; the embedded H2 run is a smoke test only
        assumeTrue("micro-postgresql".equals(System.getProperty("arquillian.launch")), "PostgreSQL only");
        Fixture f = new Fixture();
        f.db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("it.database", "fundperf_it"), "postgres", null);
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = f.db.createStatement().executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1")) {
            while (rows.next()) {
                if (!NOT_BUSINESS_DATA.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        }
        assertTrue(tables.containsAll(List.of("project", "target_sheet", "review_opinion", "app_user")), tables.toString());
        f.fingerprintQuery = tables.stream()
                .map(t -> "select '" + t + "', count(*), coalesce(sum(xmin::text::bigint), 0)::text from " + t)
                .collect(Collectors.joining(" union all "));

        Map<String, CompletableFuture<HttpClient>> signingIn = new LinkedHashMap<>();
        for (String role : MATRIX.roles) {
            String user = MATRIX.users.get(role);
            signingIn.put(role, role.equals(AuthorizationMatrix.ANONYMOUS) ? CompletableFuture.completedFuture(client())
                    : CompletableFuture.supplyAsync(() -> signIn(user)));
        }
        signingIn.forEach((role, session) -> f.sessions.put(role, session.join()));
        HttpClient finance = f.sessions.get(Role.FINANCE.name());
        JsonObject projects = object(get(finance, "/api/projects?max=500"));
        JsonObject first = projects.getJsonArray("items").getJsonObject(0);
        f.year = first.getInt("fiscalYear");
        f.code = first.getString("code");

        openRoundOutsideTheDemoCommittee(f);

        // everything the county's finance office sees, which is everything there is
        Map<Long, String> unitOfProject = new LinkedHashMap<>();
        object(get(finance, "/api/projects?max=500")).getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(p -> unitOfProject.put(p.getJsonNumber("id").longValue(), p.getString("usingUnit")));
        List<Long> rounds = ids(array(get(finance, "/api/review-rounds")));
        f.any.put("project", unitOfProject.keySet().iterator().next());
        f.any.put("sheet", sheetOf(finance, f.any.get("project")));
        f.any.put("unit", organization(f, unitOfProject.get(f.any.get("project"))));
        f.any.put("round", rounds.get(0));
        f.any.put("item", firstItem(finance, rounds.get(0)));
        f.any.put("task", finishedExport(f));
        List<Long> reports = openMonitoringPeriod(f);

        for (String role : MATRIX.roles) {
            HttpClient session = f.sessions.get(role);
            Map<String, Long> own = new HashMap<>();
            Map<String, Long> outside = new HashMap<>();
            HttpResponse<String> visibleProjects = send(session, "GET", "/api/projects?max=500", null);
            if (visibleProjects.statusCode() == 200) {
                List<Long> mine = ids(object(visibleProjects.body()).getJsonArray("items"));
                Long ownProject = mine.isEmpty() ? null : mine.get(0);
                Long otherProject = unitOfProject.keySet().stream()
                        .filter(id -> !mine.contains(id) && !unitOfProject.get(id).equals(unitOfProject.get(ownProject))).findFirst().orElse(null);
                put(own, "project", ownProject);
                put(outside, "project", otherProject);
            }
            HttpResponse<String> visibleRounds = send(session, "GET", "/api/review-rounds", null);
            if (visibleRounds.statusCode() == 200) {
                List<Long> mine = ids(array(visibleRounds.body()));
                put(own, "round", mine.isEmpty() ? null : mine.get(0));
                put(outside, "round", rounds.stream().filter(id -> !mine.contains(id)).findFirst().orElse(null));
            }
            for (Map<String, Long> targets : List.of(own, outside)) {
                if (targets.containsKey("project")) {
                    targets.put("sheet", sheetOf(finance, targets.get("project")));
                    targets.put("unit", organization(f, unitOfProject.get(targets.get("project"))));
                }
                if (targets.containsKey("round")) {
                    targets.put("item", firstItem(finance, targets.get("round")));
                }
            }
            (role.equals(Role.FINANCE.name()) ? own : outside).put("task", f.any.get("task"));   // a task is its requester's alone
            HttpResponse<String> visibleReports = send(session, "GET", "/api/monitoring/tasks?period=" + f.any.get("period") + "&max=200", null);
            if (visibleReports.statusCode() == 200) {
                List<Long> mine = ids(object(visibleReports.body()).getJsonArray("items"));
                put(own, "report", mine.isEmpty() ? null : mine.get(0));
                put(outside, "report", reports.stream().filter(id -> !mine.contains(id)).findFirst().orElse(null));
                (mine.contains(f.reportWithEvidence) ? own : outside).put("evidence", f.any.get("evidence"));
            }
            own.put("period", f.any.get("period"));   // a period is a calendar every reader of monitoring reaches
            f.own.put(role, own);
            f.outside.put(role, outside);
        }
        assertTrue(KINDS.stream().allMatch(f.any::containsKey), f.any.toString());
        fixture = f;
        return f;
    }

    /**
     * A monitoring period finance opens now (a report for every released target: 白云乡's, unit03's,
     * among them) and an evidence file unit03 keeps with its report. Returns every report.
     */
    private List<Long> openMonitoringPeriod(Fixture f) throws Exception {
        HttpClient finance = f.sessions.get(Role.FINANCE.name());
        LocalDate today = LocalDate.now();
        JsonObject period = object(expect(200, send(finance, "POST", "/api/monitoring/periods", "{\"fiscalYear\":" + today.getYear()
                + ",\"name\":\"权限矩阵监控期\",\"periodEnd\":\"" + today.withDayOfYear(1) + "\",\"opensOn\":\"" + today.plusDays(1)
                + "\",\"deadline\":\"" + today.plusDays(11) + "\",\"keyOnly\":false}")));
        long periodId = period.getJsonNumber("id").longValue();
        expect(200, send(finance, "POST", "/api/monitoring/periods/" + periodId + "/opening", "{\"version\":" + period.get("version") + "}"));
        f.any.put("period", periodId);
        List<Long> reports = ids(object(get(finance, "/api/monitoring/tasks?period=" + periodId + "&max=200")).getJsonArray("items"));
        f.any.put("report", reports.get(0));
        HttpClient unit = f.sessions.get(Role.UNIT.name());
        long own = ids(object(get(unit, "/api/monitoring/tasks?period=" + periodId)).getJsonArray("items")).get(0);
        HttpResponse<String> added = unit.send(HttpRequest.newBuilder(URI.create(root() + "/api/monitoring/tasks/" + own + "/evidence?name=matrix.pdf"))
                .header("Content-Type", "application/pdf").header("Accept", "application/json").header("X-Requested-With", "matrix")
                .POST(HttpRequest.BodyPublishers.ofString("%PDF-1.4\ntrailer<<>>\n%%EOF\n")).build(), HttpResponse.BodyHandlers.ofString());
        f.any.put("evidence", object(expect(200, added)).getJsonNumber("id").longValue());
        f.reportWithEvidence = own;
        return reports;
    }

    /** Finance's export of the year, finished, so that its file can be asked for. */
    private long finishedExport(Fixture f) throws Exception {
        HttpClient finance = f.sessions.get(Role.FINANCE.name());
        long task = object(expect(202, send(finance, "POST", "/api/target-sheets/declarations?year=" + f.year, null))).getJsonNumber("id").longValue();
        for (int i = 0; i < 240 && !object(get(finance, "/api/tasks/" + task)).getString("status").equals("SUCCEEDED"); i++) {
            Thread.sleep(500);
        }
        return task;
    }

    private static void put(Map<String, Long> targets, String kind, Long id) {
        if (id != null) {
            targets.put(kind, id);
        }
    }

    /**
     * The demo committee (finance, poverty office, expert, auditor) sits on every demo round: a round
     * of finance01, discipline01 and dept02 over a sheet unit03 submits gives the others one to be kept out of.
     */
    private void openRoundOutsideTheDemoCommittee(Fixture f) throws Exception {
        HttpClient finance = f.sessions.get(Role.FINANCE.name());
        HttpClient unit = f.sessions.get(Role.UNIT.name());
        HttpClient department = f.sessions.get(Role.DEPT.name());
        long model = ids(object(get(finance, "/api/projects?targetStatus=SUBMITTED&max=1")).getJsonArray("items")).get(0);
        JsonObject project = object(get(finance, "/api/projects/" + model));
        JsonObject sheet = object(get(finance, "/api/target-sheets?projectId=" + model));

        String create = "{\"fiscalYear\":" + project.getInt("fiscalYear") + ",\"name\":\"权限矩阵测试项目\",\"categoryId\":"
                + id(f, "select id from fund_category where code = ?", project.getString("category"))
                + ",\"usingUnitId\":" + id(f, "select id from organization where code = ?", "DW-BYX")
                + ",\"periodStart\":" + project.get("periodStart") + ",\"periodEnd\":" + project.get("periodEnd")
                + ",\"beneficiaryHouseholds\":" + project.get("beneficiaryHouseholds") + ",\"beneficiaryPeople\":" + project.get("beneficiaryPeople")
                + ",\"registeredPoorPeople\":" + project.get("registeredPoorPeople") + ",\"fundings\":" + project.get("fundings") + "}";
        long created = object(expect(201, send(unit, "POST", "/api/projects", create))).getJsonNumber("id").longValue();
        JsonObject started = object(expect(200, send(unit, "POST", "/api/target-sheets?projectId=" + created, null)));
        long sheetId = started.getJsonNumber("id").longValue();
        expect(200, send(unit, "PUT", "/api/target-sheets/" + sheetId, "{\"version\":" + started.get("version") + ",\"overallGoal\":"
                + sheet.get("overallGoal") + ",\"budgetExecutionWeight\":" + sheet.get("budgetExecutionWeight")
                + ",\"indicators\":" + sheet.get("indicators") + "}"));
        expect(200, send(unit, "POST", "/api/target-sheets/" + sheetId + "/submit?version=" + version(unit, sheetId), null));
        expect(200, send(department, "POST", "/api/target-sheets/" + sheetId + "/forward?version=" + version(department, sheetId), null));
        expect(200, send(finance, "POST", "/api/review-rounds", "{\"fiscalYear\":" + project.getInt("fiscalYear")
                + ",\"title\":\"权限矩阵测试轮次\",\"selection\":\"HAND_PICKED\",\"sheetIds\":[" + sheetId + "],"
                + "\"memberUsernames\":[\"finance01\",\"discipline01\",\"dept02\"],\"chairUsername\":\"finance01\"}"));
    }

    private long version(HttpClient session, long sheetId) throws Exception {
        return object(get(session, "/api/target-sheets/" + sheetId)).getJsonNumber("version").longValue();
    }

    private long sheetOf(HttpClient finance, long projectId) throws Exception {
        return object(get(finance, "/api/target-sheets?projectId=" + projectId)).getJsonNumber("id").longValue();
    }

    private long firstItem(HttpClient finance, long roundId) throws Exception {
        return ids(object(get(finance, "/api/review-rounds/" + roundId)).getJsonArray("items")).get(0);
    }

    private static long organization(Fixture f, String code) throws SQLException {
        return id(f, "select id from organization where code = ?", code);
    }

    private static long id(Fixture f, String sql, String code) throws SQLException {
        try (PreparedStatement query = f.db.prepareStatement(sql)) {
            query.setString(1, code);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), sql + " " + code);
                return rows.getLong(1);
            }
        }
    }

    private static List<Long> ids(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    private static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static JsonArray array(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }

    private String get(HttpClient session, String path) throws Exception {
        return expect(200, send(session, "GET", path, null));
    }

    private static String expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.request().method() + " " + response.uri() + ": " + response.body());
        return response.body();
    }

    private HttpResponse<String> send(HttpClient session, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root() + path)).header("Accept", "application/json")
                .header("X-Requested-With", "matrix")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return session.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in through the login form as a browser does (view state, PrimeFaces' CSP nonce); the session is kept in the client. */
    private HttpClient signIn(String username) {
        try {
            return signInThroughTheForm(username);
        } catch (Exception e) {
            throw new IllegalStateException(username + " signs in", e);
        }
    }

    private HttpClient signInThroughTheForm(String username) throws Exception {
        HttpClient session = client();
        HttpResponse<String> page = session.send(HttpRequest.newBuilder(URI.create(root() + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String form = Map.of(
                        "login", "login",
                        "login:username", username,
                        "login:password", DemoData.PASSWORD,
                        "login:submit", "",
                        "jakarta.faces.ViewState", find(page.body(), "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\""),
                        "primefaces.nonce", find(page.body(), "nonce=\"([^\"]+)\""))
                .entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = session.send(HttpRequest.newBuilder(URI.create(root() + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(302, signedIn.statusCode(), username + " signs in: " + abbreviated(signedIn.body()));
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/app/home.xhtml"),
                username + " is sent home: " + signedIn.headers().map());
        return session;
    }

    private static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertTrue(m.find(), regex + " in the login page");
        return m.group(1);
    }

    static {
        // the record kinds the table may name as a target
        MATRIX.rows.values().forEach(row -> {
            if (!row.target().equals("-") && !KINDS.contains(row.target())) {
                throw new IllegalStateException("authorization-matrix.txt line " + row.line() + ": unknown target " + row.target());
            }
        });
    }
}
