package cn.fundperf.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.fundperf.ejb.demo.DemoData;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10 §1/§5 from outside, as an attacker would: every POST/PUT of the JSON API gets bodies
 * generated from a table of its fields. Each field's kind (text of a length, money, score, year,
 * count, id, choice, list of a size...) brings its bad values: wrong JSON types, nulls where a value
 * is required, huge and tiny numbers, long and odd strings (NUL, bidi overrides, half surrogate
 * pairs), oversized lists; and every call gets broken bodies (JSON {@code null}, deep nesting,
 * repeated keys, bad bytes). Each must be refused with a 4xx and a message key, never a 500; a bound
 * must be refused as such (422 {@code validation.*}) before any record is looked up; nothing may be
 * saved (every business table is the same, row for row, before and after); health is UP after.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();
    private final int year = LocalDate.now().getYear();

    // ------------------------------------------------------------------ what a bad value must get

    /** How a bad value must be refused. */
    enum Expect {
        /** A bound (length, digits, range, control character, list size): 422 with a {@code validation.*} key. */
        BOUND,
        /** Not the shape the call takes (JSON type, broken JSON, repeated key, media type): 400, 415 or 422 with a key. */
        SHAPE,
        /** Refused with a key, by whichever layer (a required value missing, an unknown choice). */
        REFUSED
    }

    record Bad(String what, String raw, Expect expect) {
    }

    // ------------------------------------------------------------------ the fields of the bodies and their bad values

    /** One field of a body: its name, a good value (raw JSON) and the bad values its kind brings. */
    record Field(String name, String good, List<Bad> bad) {
    }

    /** A JSON object made of fields; its bad variants change one field at a time. */
    record Shape(List<Field> fields) {

        String json() {
            return with(null, null);
        }

        String with(String field, String raw) {
            return fields.stream().map(f -> q(f.name()) + ":" + (f.name().equals(field) ? raw : f.good()))
                    .collect(Collectors.joining(",", "{", "}"));
        }

        /** Every body with one bad value, labelled with the field path. */
        List<Bad> variants(String path) {
            List<Bad> all = new ArrayList<>();
            for (Field f : fields) {
                for (Bad b : f.bad()) {
                    all.add(new Bad(path + f.name() + " " + b.what(), with(f.name(), b.raw()), b.expect()));
                }
            }
            return all;
        }
    }

    static Shape shape(Field... fields) {
        return new Shape(List.of(fields));
    }

    static final String[] WRONG_FOR_TEXT = {"42", "{}", "[\"a\"]"};
    static final String[] WRONG_FOR_NUMBER = {"\"12\"", "true", "{}"};

    static Field text(String name, String good, int max, boolean required) {
        List<Bad> bad = new ArrayList<>(List.of(
                new Bad("one past " + max, q("名".repeat(max + 1)), Expect.BOUND),
                new Bad("100 000 characters", q("x".repeat(100_000)), Expect.BOUND),
                new Bad("NUL", q("空\u0000字符"), Expect.BOUND),
                new Bad("right-to-left override", q("方向\u202E反转"), Expect.BOUND),
                new Bad("isolate", q("隔离\u2066文字"), Expect.BOUND),
                new Bad("escape sequence", q("X\u001b[31m红"), Expect.BOUND),
                new Bad("half a surrogate pair", q("半\ud800个"), Expect.BOUND)));
        for (String wrong : WRONG_FOR_TEXT) {
            bad.add(new Bad("as " + wrong, wrong, Expect.SHAPE));
        }
        if (required) {
            bad.add(new Bad("null", "null", Expect.REFUSED));
        }
        return new Field(name, good, bad);
    }

    private static List<Bad> numbers(Expect expect, String... values) {
        List<Bad> bad = new ArrayList<>();
        for (String v : values) {
            bad.add(new Bad(v, v, expect));
        }
        for (String wrong : WRONG_FOR_NUMBER) {
            bad.add(new Bad("as " + wrong, wrong, Expect.SHAPE));
        }
        bad.add(new Bad("1e100000", "1e100000", Expect.REFUSED));   // beyond what the parser holds, or beyond the digits
        return bad;
    }

    /** Money in 元: 16 whole digits, whole 分, never negative. */
    static Field money(String name, String good) {
        return new Field(name, good, numbers(Expect.BOUND, "-0.01", "0.001", "1e17", "12345678901234567.5", "1E-400"));
    }

    /** A weight: five whole digits, two decimals, never negative. */
    static Field score(String name, String good) {
        return new Field(name, good, numbers(Expect.BOUND, "-1", "0.001", "1e6", "1e-7"));
    }

    /** A target value: 14 whole digits, four decimals. */
    static Field measure(String name, String good) {
        return new Field(name, good, numbers(Expect.BOUND, "1e15", "0.00001", "-1e15"));
    }

    /** Bad values for a whole number: {@code outOfRange} break its bound, the rest are no int (or no long) at all. */
    private static List<Bad> wholeNumbers(boolean isLong, String... outOfRange) {
        List<Bad> bad = new ArrayList<>();
        for (String v : outOfRange) {
            bad.add(new Bad(v, v, Expect.BOUND));
        }
        List<String> notWhole = isLong ? List.of("2026.7", "9223372036854775808", "-9223372036854775809", "1e-3")
                : List.of("2026.7", "2147483648", "-2147483649", "1e10");
        for (String v : notWhole) {
            bad.add(new Bad(v, v, Expect.SHAPE));   // validation.wholeNumber: never truncated or wrapped around
        }
        for (String wrong : WRONG_FOR_NUMBER) {
            bad.add(new Bad("as " + wrong, wrong, Expect.SHAPE));
        }
        return bad;
    }

    static Field year(String name, int good) {
        return new Field(name, String.valueOf(good), wholeNumbers(false, "1999", "2101", "0", "-1"));
    }

    static Field count(String name, String good) {
        return new Field(name, good, wholeNumbers(false, "-1", "-2147483648"));
    }

    /** An id or a version: a whole number; a negative one finds nothing (or a stale version). */
    static Field id(String name, String good) {
        List<Bad> bad = wholeNumbers(true);
        for (String nobody : List.of("-1", "0", "2147483648")) {
            bad.add(new Bad(nobody, nobody, Expect.REFUSED));   // a whole number that names nothing (or a stale version)
        }
        return new Field(name, good, bad);
    }

    static Field choice(String name, String good, boolean required) {
        List<Bad> bad = new ArrayList<>(List.of(
                new Bad("unknown", q("GOLD"), Expect.SHAPE), new Bad("lower case", q(good.replace("\"", "").toLowerCase()), Expect.SHAPE),
                new Bad("empty", q(""), Expect.SHAPE), new Bad("as 1", "1", Expect.SHAPE), new Bad("as {}", "{}", Expect.SHAPE),
                new Bad("class name", q("java.lang.Runtime"), Expect.SHAPE)));
        if (required) {
            bad.add(new Bad("null", "null", Expect.REFUSED));
        }
        return new Field(name, good, bad);
    }

    static Field flag(String name, String good) {
        return new Field(name, good, List.of(new Bad("\"yes\"", q("yes"), Expect.SHAPE), new Bad("1", "1", Expect.SHAPE),
                new Bad("[]", "[]", Expect.SHAPE)));
    }

    static Field day(String name, String good) {
        return new Field(name, good, List.of(new Bad("2026-13-45", q("2026-13-45"), Expect.SHAPE), new Bad("number", "20260101", Expect.SHAPE),
                new Bad("empty", q(""), Expect.SHAPE), new Bad("words", q("yesterday"), Expect.SHAPE)));
    }

    /** A list of at most {@code max} elements like {@code element}; an object element's fields go bad one by one inside it. */
    static Field list(String name, int max, String element, Shape elementShape, List<Bad> elementBad) {
        String one = "[" + element + "]";
        List<Bad> bad = new ArrayList<>(List.of(
                new Bad("one past " + max, repeat(element, max + 1), Expect.BOUND),
                new Bad("10 000 elements", repeat(element, 10_000), Expect.BOUND),
                new Bad("[null]", "[null]", Expect.SHAPE),
                new Bad("as text", q("x"), Expect.SHAPE), new Bad("as object", "{}", Expect.SHAPE), new Bad("as 1", "1", Expect.SHAPE),
                new Bad("nested list", "[" + one + "]", Expect.SHAPE)));
        if (elementShape != null) {
            for (Bad b : elementShape.variants("[0].")) {
                bad.add(new Bad(b.what(), "[" + b.raw() + "]", b.expect()));
            }
        }
        for (Bad b : elementBad) {
            bad.add(new Bad("[0] " + b.what(), "[" + b.raw() + "]", b.expect()));
        }
        return new Field(name, one, bad);
    }

    private static String repeat(String element, int n) {
        return IntStream.range(0, n).mapToObj(i -> element).collect(Collectors.joining(",", "[", "]"));
    }

    /** JSON text for a Java string; control, direction and surrogate characters as \\u escapes, so that they arrive as sent. */
    static String q(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x2028 && c <= 0x206F) || Character.isSurrogate(c)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    // ------------------------------------------------------------------ the calls

    /** One POST/PUT of the API with the user who may make it and the shape of its body. */
    record Call(String user, String method, String path, Shape body) {
    }

    /** Ids nobody has: a body that passed every bound would still change nothing (404 / 422 from the domain). */
    static final String NOBODY = "999999999";

    private static Shape project(int year, boolean update) {
        Shape funding = shape(choice("source", q("CENTRAL"), true), money("amount", "1000"), text("origin", q("中央衔接资金"), 300, false));
        List<Field> fields = new ArrayList<>(List.of(
                year("fiscalYear", year), text("code", q("FUZZ-001"), 40, false), text("name", q("校验项目"), 200, true),
                id("categoryId", NOBODY), id("usingUnitId", NOBODY), id("departmentId", NOBODY), id("regionId", NOBODY),
                text("responsiblePerson", q("张三"), 60, false), text("responsiblePhone", q("0591-1234567"), 40, false),
                day("periodStart", q(year + "-03-01")), day("periodEnd", q(year + "-12-31")),
                count("beneficiaryHouseholds", "1"), count("beneficiaryPeople", "2"), count("registeredPoorPeople", "0"),
                list("fundings", 20, funding.json(), funding, List.of())));
        if (update) {
            fields.add(0, id("version", "0"));
        }
        return new Shape(fields);
    }

    private static Shape line() {
        return shape(choice("level2", q("QUANTITY"), true), text("name", q("新建产业路"), 200, false), 
                text("target", q("≥12公里"), 200, false),
                score("weight", "20"), choice("basisType", q("PLAN"), false), text("basisText", q("县级规划"), 500, false),
                text("reason", q("按规划设定"), 1000, false), text("evidence", q("验收报告"), 500, false), id("templateId", "null"));
    }

    private static Shape opinion(long version) {
        Shape criterion = shape(choice("criterion", q("RELEVANCE"), false), choice("rating", q("CONFORMS"), false),
                text("comment", q("相符"), 1000, false));
        Shape remark = shape(count("position", "0"), text("indicatorName", q("新建产业路"), 200, false), text("comment", q("偏低"), 1000, false));
        return shape(id("version", String.valueOf(version)), list("criteria", 200, criterion.json(), criterion, List.of()),
                text("overallComment", q("同意"), 2000, false), list("lineComments", 200, remark.json(), remark, List.of()),
                flag("sign", "false"));
    }

    private List<Call> calls(Targets t) {
        Field usernames = list("memberUsernames", 30, q("reviewer01"), null, text("", q("reviewer01"), 80, false).bad());
        return List.of(
                new Call("unit01", "POST", "/api/projects", project(year, false)),
                new Call("unit01", "PUT", "/api/projects/" + t.projectId, project(year, true)),
                new Call("unit01", "PUT", "/api/target-sheets/" + t.sheetId, shape(id("version", String.valueOf(t.sheetVersion)),
                        text("overallGoal", q("带动脱贫户增收"), 2000, false), score("budgetExecutionWeight", "10"),
                        list("indicators", 200, line().json(), line(), List.of()))),
                new Call("dept01", "POST", "/api/target-sheets/" + t.sheetId + "/return",
                        shape(id("version", String.valueOf(t.sheetVersion)), text("reason", q("请补充"), 2000, false))),
                new Call("unit01", "POST", "/api/target-sheets/" + t.sheetId + "/adjustment",
                        shape(id("version", String.valueOf(t.sheetVersion)), choice("type", q("HIGHER_SUBSIDY"), true),
                                text("reason", q("追加资金"), 2000, true), money("proposedBudget", "150000"))),
                new Call("finance01", "POST", "/api/review-rounds", shape(year("fiscalYear", year), text("title", q("模糊测试轮次"), 200, true),
                        choice("selection", q("HAND_PICKED"), true), id("departmentId", "null"), id("categoryId", "null"),
                        list("sheetIds", 500, NOBODY, null, id("", NOBODY).bad()), usernames,
                        text("chairUsername", q("finance01"), 80, false))),
                new Call("reviewer01", "PUT", "/api/review-items/" + t.itemId + "/opinion", opinion(t.opinionVersion)),
                new Call("finance01", "POST", "/api/review-items/" + t.itemId + "/conclusion", shape(id("version", String.valueOf(t.itemVersion)),
                        choice("conclusion", q("PASS"), true), text("reason", q("通过"), 2000, false))),
                new Call("finance01", "POST", "/api/approval/filings", shape(list("sheetIds", 500, NOBODY, null, id("", NOBODY).bad()))),
                new Call("finance01", "POST", "/api/approval/approvals", shape(year("fiscalYear", year), id("departmentId", NOBODY),
                        text("document", q("清财预〔2026〕99号"), 120, true), day("approvedOn", q(year + "-06-01")))),
                new Call("discipline01", "PUT", "/api/me/password",
                        shape(passwordText("currentPassword", DemoData.PASSWORD), passwordText("newPassword", "Fuzz#2026-Strong"))));
    }

    /** A password field: only values refused before the service (a wrong current password would count towards a lockout). */
    private static Field passwordText(String name, String good) {
        List<Bad> bad = text(name, q(good), 128, false).bad();
        return new Field(name, q(good), bad);
    }

    /** Broken bodies, the same for every call: not JSON, not an object, too deep, repeated keys, bad bytes. */
    private static List<Bad> brokenBodies(Shape body, Random random) {
        String good = body.json();
        String firstKey = body.fields().get(0).name();
        String firstGood = body.fields().get(0).good();
        List<Bad> bad = new ArrayList<>(List.of(
                new Bad("JSON null", "null", Expect.SHAPE), new Bad("empty", "", Expect.SHAPE), new Bad("blank", " \n ", Expect.SHAPE),
                new Bad("array", "[]", Expect.SHAPE), new Bad("text", q("text"), Expect.SHAPE), new Bad("number", "42", Expect.SHAPE),
                new Bad("true", "true", Expect.SHAPE), new Bad("cut short", good.substring(0, good.length() / 2), Expect.SHAPE),
                new Bad("trailing garbage", good + "}", Expect.SHAPE), new Bad("two documents", good + good, Expect.SHAPE),
                new Bad("empty object", "{}", Expect.REFUSED),
                new Bad("100 000 brackets", "[".repeat(100_000), Expect.SHAPE),
                new Bad("nested 5 000 deep", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000), Expect.SHAPE),
                new Bad("repeated key", "{" + q(firstKey) + ":" + firstGood + "," + good.substring(1), Expect.SHAPE),
                new Bad("single quotes", good.replace('"', '\''), Expect.SHAPE),
                new Bad("NaN", "{" + q(firstKey) + ":NaN}", Expect.SHAPE),
                new Bad("comment", "/* x */" + good, Expect.SHAPE)));
        // a few random byte soups, seeded: the same every run
        for (int i = 0; i < 3; i++) {
            byte[] soup = new byte[64 + random.nextInt(512)];
            random.nextBytes(soup);
            bad.add(new Bad("random bytes #" + i, new String(soup, StandardCharsets.ISO_8859_1), Expect.SHAPE));
        }
        return bad;
    }

    // ------------------------------------------------------------------ sending and judging

    private HttpResponse<String> send(String user, String method, String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Accept", "application/json").header("Accept-Language", "zh-CN").header("X-Requested-With", "test")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> call(String user, String method, String path, String json) throws Exception {
        return send(user, method, path, json == null ? null : "application/json",
                json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return call(user, "GET", path, null);
    }

    private static final Pattern KEY = Pattern.compile("\"key\":\"([a-zA-Z.]+)\"");

    /** Why the answer is wrong for that bad value, or null when it is right. */
    static String judge(HttpResponse<String> response, Expect expect) {
        int status = response.statusCode();
        String body = response.body();
        Matcher key = KEY.matcher(body);
        if (status < 400 || status >= 500) {
            return "status " + status;
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/json") || !key.find()) {
            return status + " without a JSON key";
        }
        if (status == 413 && key.group(1).equals("api.bodyTooLarge")) {
            return null;   // a list so long that the body passed its size limit: refused before it was read
        }
        return switch (expect) {
            case BOUND -> status == 422 && key.group(1).startsWith("validation.") ? null : "not refused as a bound: " + status + " " + key.group(1);
            case SHAPE -> List.of(400, 415, 422).contains(status) && key.group(1).matches("(api|validation)\\..+") ? null
                    : "not refused as a malformed value: " + status + " " + key.group(1);
            case REFUSED -> null;
        };
    }

    private static String shown(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }

    // ------------------------------------------------------------------ nothing saved

    private static boolean onPostgres() {
        return "micro-postgresql".equals(System.getProperty("arquillian.launch"));
    }

    /**
     * Every business table as one digest per table: a single changed cell shows. The audit log grows
     * with refusals (as it should), logins move the account's bookkeeping, and jobs run on their own:
     * of the accounts only the password columns count.
     */
    private static Map<String, String> tables() throws Exception {
        List<String> names = List.of("project", "project_funding", "target_sheet", "target_sheet_event", "indicator", "target_adjustment",
                "target_version", "target_version_line", "review_round", "review_member", "review_item", "review_opinion",
                "review_opinion_criterion", "review_opinion_line", "filing_counter", "organization", "region", "password_history",
                "indicator_template", "indicator_template_change");
        Map<String, String> digests = new LinkedHashMap<>();
        String url = "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("it.database", "fundperf_it");
        try (Connection db = DriverManager.getConnection(url, "postgres", ""); Statement sql = db.createStatement()) {
            for (String table : names) {
                try (ResultSet rs = sql.executeQuery("select count(*) || ' rows ' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '-') from "
                        + table + " t")) {
                    rs.next();
                    digests.put(table, rs.getString(1));
                }
            }
            try (ResultSet rs = sql.executeQuery("select md5(string_agg(id || ':' || password_hash || ':' || must_change_password, ',' order by id)) from app_user")) {
                rs.next();
                digests.put("app_user passwords", rs.getString(1));
            }
        }
        return digests;
    }

    // ------------------------------------------------------------------ the records the calls aim at

    /** A draft sheet of unit01, an open review item whose member reviewer01 has not signed yet. */
    record Targets(long projectId, long sheetId, long sheetVersion, long itemId, long itemVersion, long opinionVersion) {
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), field + " in " + json);
        return Long.parseLong(m.group(1));
    }

    private static List<Long> numbers(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        List<Long> all = new ArrayList<>();
        while (m.find()) {
            all.add(Long.parseLong(m.group(1)));
        }
        return all;
    }

    private Targets targets() throws Exception {
        long projectId = number(get("unit01", "/api/projects?targetStatus=DRAFT&max=1").body(), "id");
        String sheet = get("unit01", "/api/target-sheets?projectId=" + projectId).body();
        for (long roundId : numbers(get("reviewer01", "/api/review-rounds").body(), "id")) {
            String round = get("reviewer01", "/api/review-rounds/" + roundId).body();
            if (!round.contains("\"status\":\"OPEN\"")) {
                continue;
            }
            for (long itemId : numbers(round.substring(round.indexOf("\"items\"")), "id")) {
                String item = get("reviewer01", "/api/review-items/" + itemId).body();
                String own = item.substring(item.indexOf("\"own\""));   // the last property (JSON-B sorts them)
                if (!own.contains("signedAt")) {
                    return new Targets(projectId, number(sheet, "id"), number(sheet, "version"), itemId, number(item, "version"),
                            number(own, "version"));
                }
            }
        }
        throw new AssertionError("no open review item left for reviewer01 to sign");
    }

    // ------------------------------------------------------------------ the tests

    @Test
    void hundreds_of_generated_bad_bodies_are_refused_with_a_key_and_nothing_is_saved() throws Exception {
        assumeTrue(onPostgres(), "the tables are compared over JDBC on PostgreSQL");
        Targets targets = targets();
        Map<String, String> before = tables();
        Random random = new Random(20261129L);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        long started = System.nanoTime();

        for (Call c : calls(targets)) {
            List<Bad> bodies = new ArrayList<>(c.body().variants(""));
            bodies.addAll(brokenBodies(c.body(), random));
            for (Bad bad : bodies) {
                byte[] bytes = bad.what().startsWith("random bytes") ? bad.raw().getBytes(StandardCharsets.ISO_8859_1)
                        : bad.raw().getBytes(StandardCharsets.UTF_8);
                HttpResponse<String> answer = send(c.user(), c.method(), c.path(), "application/json", bytes);
                sent++;
                String wrong = judge(answer, bad.expect());
                if (wrong != null) {
                    failures.add(c.method() + " " + c.path() + " [" + bad.what() + "]: " + wrong + " — " + shown(answer.body()));
                }
            }
            // bytes that are not UTF-8 inside a string, and the right JSON under the wrong media types
            byte[] good = c.body().json().getBytes(StandardCharsets.UTF_8);
            byte[] broken = new String(good, StandardCharsets.ISO_8859_1).replaceFirst("\\{\"", "{\"\u00c3\u0028").getBytes(StandardCharsets.ISO_8859_1);
            for (Object[] odd : new Object[][] {{"application/json", broken}, {"text/plain", good}, {"application/xml", good},
                    {"application/x-www-form-urlencoded", good}}) {
                HttpResponse<String> answer = send(c.user(), c.method(), c.path(), (String) odd[0], (byte[]) odd[1]);
                sent++;
                String wrong = judge(answer, Expect.SHAPE);
                if (wrong != null) {
                    failures.add(c.method() + " " + c.path() + " [" + odd[0] + "]: " + wrong + " — " + shown(answer.body()));
                }
            }
        }

        // the import takes a workbook: empty, not a zip, a broken zip, JSON under its media type
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        byte[] soup = new byte[4096];
        random.nextBytes(soup);
        byte[] brokenZip = new byte[2048];
        random.nextBytes(brokenZip);
        brokenZip[0] = 'P';
        brokenZip[1] = 'K';
        brokenZip[2] = 3;
        brokenZip[3] = 4;
        for (byte[] workbook : List.of(new byte[0], soup, brokenZip, "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8))) {
            HttpResponse<String> answer = send("unit01", "POST", "/api/target-sheets/import", xlsx, workbook);
            sent++;
            String wrong = judge(answer, Expect.REFUSED);
            if (wrong != null) {
                failures.add("POST import [" + workbook.length + " bytes]: " + wrong + " — " + shown(answer.body()));
            }
        }

        // bad path and query parameters
        for (String[] odd : new String[][] {{"GET", "/api/projects?year=soon"}, {"GET", "/api/projects?max=1e9"},
                {"GET", "/api/projects?targetStatus=GOLD"}, {"GET", "/api/projects/abc"}, {"GET", "/api/projects/99999999999999999999"},
                {"POST", "/api/target-sheets/" + targets.sheetId() + "/submit?version=abc"},
                {"POST", "/api/target-sheets/" + targets.sheetId() + "/submit?version=1.5"},
                {"POST", "/api/target-sheets/" + targets.sheetId() + "/forward?version=9223372036854775808"},
                {"POST", "/api/target-sheets?projectId=x"}, {"GET", "/api/approval/filings?year=%00"}}) {
            HttpResponse<String> answer = send(odd[1].contains("filings") ? "finance01" : "unit01", odd[0], odd[1], null, null);
            sent++;
            String wrong = judge(answer, Expect.REFUSED);
            if (wrong != null) {
                failures.add(odd[0] + " " + odd[1] + ": " + wrong + " — " + shown(answer.body()));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("BadInputIT: %d bad requests in %.1f s, %d wrong answers%n", sent, seconds, failures.size());

        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " bad requests were answered wrongly:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        assertTrue(sent >= 500, sent + " bad requests");
        assertEquals(before, tables(), "nothing was saved");
        HttpResponse<String> health = get("finance01", "/health/ready");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("UP"), health.body());
    }

    /** A project body with one field replaced by raw JSON. */
    private String project(String field, String rawValue) {
        return project(year, false).with(field, rawValue);
    }

    @Test
    void the_answer_names_the_field_and_the_bound_in_the_callers_language() throws Exception {
        HttpResponse<String> fraction = call("unit01", "POST", "/api/projects", project("fiscalYear", "2026.7"));
        assertEquals(422, fraction.statusCode(), fraction.body());
        assertTrue(fraction.body().contains("\"key\":\"validation.wholeNumber\"") && fraction.body().contains("\"field\":\"fiscalYear\""), fraction.body());

        HttpResponse<String> cents = call("unit01", "POST", "/api/projects", project("fundings", "[{\"source\":\"CENTRAL\",\"amount\":0.001}]"));
        assertEquals(422, cents.statusCode(), cents.body());
        assertTrue(cents.body().contains("\"field\":\"fundings[0].amount\"") && cents.body().contains("validation.digits"), cents.body());

        HttpResponse<String> overflow = call("unit01", "POST", "/api/projects", project("beneficiaryPeople", "2147483648"));
        assertEquals(422, overflow.statusCode(), overflow.body());
        assertTrue(overflow.body().contains("\"field\":\"beneficiaryPeople\"") && !overflow.body().contains("负数"), overflow.body());

        HttpResponse<String> many = call("unit01", "POST", "/api/projects", project("fundings", repeat("{\"source\":\"CENTRAL\",\"amount\":1}", 21)));
        assertEquals(422, many.statusCode(), many.body());
        assertTrue(many.body().contains("\"key\":\"validation.tooMany\"") && many.body().contains("20"), many.body());

        HttpResponse<String> tooLong = call("unit01", "POST", "/api/projects", project("name", q("名".repeat(201))));
        assertEquals(422, tooLong.statusCode(), tooLong.body());
        assertTrue(tooLong.body().contains("\"field\":\"name\"") && tooLong.body().contains("不能超过 200 个字符"), tooLong.body());

        Targets targets = targets();
        String qualitative = "{\"version\":" + targets.sheetVersion() + ",\"indicators\":[" + line().with("target", q("定".repeat(201))) + "]}";
        HttpResponse<String> line = call("unit01", "PUT", "/api/target-sheets/" + targets.sheetId(), qualitative);
        assertEquals(422, line.statusCode(), line.body());
        assertTrue(line.body().contains("\"field\":\"indicators[0].target\""), line.body());

        HttpResponse<String> typed = call("unit01", "POST", "/api/projects", project("name", "42"));
        assertEquals(422, typed.statusCode(), typed.body());
        assertTrue(typed.body().contains("\"key\":\"validation.wrongType\"") && typed.body().contains("\"field\":\"name\""), typed.body());

        HttpResponse<String> twice = call("unit01", "POST", "/api/projects", "{\"name\":" + q("名".repeat(201)) + "," + project("name", q("好")).substring(1));
        assertEquals(400, twice.statusCode(), twice.body());
        assertTrue(twice.body().contains("\"key\":\"api.duplicateKey\"") && twice.body().contains("name"), twice.body());

        HttpResponse<String> english = http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/projects"))
                .header("Accept-Language", "en").header("X-Requested-With", "t").header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("unit01:" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(project("name", q("n\u0000"))))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(422, english.statusCode(), english.body());
        assertTrue(english.body().contains("\"field\":\"name\"") && english.body().contains("not allowed"), english.body());

        HttpResponse<String> nothing = call("unit01", "POST", "/api/projects", "null");
        assertEquals(400, nothing.statusCode(), nothing.body());
        assertTrue(nothing.body().contains("api.bodyRequired"), nothing.body());
    }

    @Test
    void the_bounds_on_the_input_records_leave_the_openapi_document_whole() throws Exception {
        HttpResponse<String> openapi = get("unit01", "/openapi");
        assertEquals(200, openapi.statusCode(), shown(openapi.body()));
        assertTrue(openapi.body().contains("/api/projects") && openapi.body().contains("/api/me/password"), shown(openapi.body()));
    }

    /**
     * A body sent with a declared length or chunked, with or without {@code Expect: 100-continue},
     * over HTTP/1.1 or as java.net.http prefers (h2c after an upgrade). Expect over h2c is left out:
     * Payara's Grizzly resets such a stream (RST_STREAM PROTOCOL_ERROR) before any filter runs.
     */
    private HttpResponse<String> upload(String path, String contentType, byte[] bytes, boolean chunked, boolean expectContinue,
                                        HttpClient.Version version) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(version).build();
        client.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding());   // as a client that already talks to the server (h2c upgrade)
        HttpRequest.BodyPublisher body = chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                : HttpRequest.BodyPublishers.ofByteArray(bytes);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Accept-Language", "zh-CN").header("X-Requested-With", "test").header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("unit01:" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .expectContinue(expectContinue).POST(body).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void oversized_bodies_get_a_413_the_client_can_read() throws Exception {
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        byte[] fiftyMegabytes = new byte[50 * 1024 * 1024];
        HttpClient.Version h1 = HttpClient.Version.HTTP_1_1;
        HttpClient.Version h2 = HttpClient.Version.HTTP_2;
        Object[][] ways = {{false, false, h1}, {false, true, h1}, {true, false, h1}, {false, false, h2}, {true, false, h2}};
        for (Object[] way : ways) {
            String how = (Boolean) way[0] ? "chunked" : "declared length";
            how += ((Boolean) way[1] ? ", Expect: 100-continue, " : ", ") + way[2];
            HttpResponse<String> workbook = upload("/api/target-sheets/import", xlsx, fiftyMegabytes, (Boolean) way[0], (Boolean) way[1],
                    (HttpClient.Version) way[2]);
            assertEquals(413, workbook.statusCode(), how + ": " + workbook.body());
            assertTrue(workbook.body().contains("\"key\":\"import.tooLarge\"") && workbook.body().contains("文件超过 20 MB"), how + ": " + workbook.body());
        }

        byte[] json = project("name", q("x".repeat(20 * 1024 * 1024))).getBytes(StandardCharsets.UTF_8);
        for (boolean chunked : new boolean[] {false, true}) {
            HttpResponse<String> declared = upload("/api/projects", "application/json", json, chunked, !chunked, h1);
            assertEquals(413, declared.statusCode(), declared.body());
            assertTrue(declared.body().contains("\"key\":\"api.bodyTooLarge\""), declared.body());
        }

        HttpResponse<String> health = get("finance01", "/health/ready");
        assertEquals(200, health.statusCode(), health.body());
    }
}
