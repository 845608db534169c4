import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client half of bench/project-list.sh (issue 11): GET /api/projects and one sheet detail,
 * each beside the same work hand-written in SQL over JDBC, in the same process and minute; and a
 * load run of virtual users with think time on project lists with varied filters and pages.
 * Each user signs in once through the login form and keeps its session (HTTP Basic would be a full
 * Argon2 login on every call).
 *   java -cp PGJDBC bench/ProjectList.java compare URL JDBC_URL YEAR SAMPLES ROUNDS USER...
 *   java -cp PGJDBC bench/ProjectList.java load URL JDBC_URL YEAR VUS THINK_MS SECONDS http|sql USER...
 *   java -cp PGJDBC bench/ProjectList.java pages URL JDBC_URL YEAR USER...
 */
public class ProjectList {

    static final String PASSWORD = "Fupin@2026";
    static final String[] STATUSES = {"DRAFT", "DEPARTMENT_CHECK", "RETURNED", "SUBMITTED", "IN_REVIEW", "PASSED", "REJECTED",
            "FILED", "RELEASED", "ADJUSTING"};
    static final Map<String, String> SORT_COLUMNS = Map.of("code", "p.code", "name", "p.name", "plannedTotal", "p.planned_total",
            "createdAt", "p.created_at", "targetStatus", "p.target_status");
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    /** SQL statements of the last request on this thread (the server's X-SQL-Statements, diagnostics on). */
    static final ThreadLocal<String> STATEMENTS = ThreadLocal.withInitial(() -> "?");

    static String url;
    static String jdbcUrl;
    static int year;

    public static void main(String[] args) throws Exception {
        url = args[1];
        jdbcUrl = args[2];
        year = Integer.parseInt(args[3]);
        switch (args[0]) {
            case "compare" -> compare(Integer.parseInt(args[4]), Integer.parseInt(args[5]), Arrays.copyOfRange(args, 6, args.length));
            case "pages" -> pages(Arrays.copyOfRange(args, 4, args.length));
            case "probe" -> probe(args[4], Arrays.copyOfRange(args, 5, args.length));
            case "load" -> load(Integer.parseInt(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]), args[7].equals("sql"),
                    Arrays.copyOfRange(args, 8, args.length));
            case "monitoring-batch" -> Monitoring.batch(Integer.parseInt(args[4]));
            case "monitoring-api" -> Monitoring.api(Integer.parseInt(args[4]), Arrays.copyOfRange(args, 5, args.length));
            case "monitoring-submit" -> Monitoring.submit(Integer.parseInt(args[4]), args[5]);
            case "monitoring-load" -> Monitoring.load(Integer.parseInt(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]),
                    Arrays.copyOfRange(args, 7, args.length));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---------------------------------------------------------------------------------------------
    /** A signed-in user: the session cookie for HTTP, the data scope as SQL for the hand-written queries. */
    record User(String name, String cookie, String scopeSql, List<String> scopeParams) {
    }

    static User signIn(String username, Connection db) throws Exception {
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher state = VIEW_STATE.matcher(form.body());
        if (!state.find()) {
            throw new IllegalStateException("no login form at " + url);
        }
        String cookie = sessionOf(form, null);
        String body = "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(PASSWORD)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(state.group(1));
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        cookie = sessionOf(posted, cookie);
        if (posted.statusCode() != 302 || posted.headers().firstValue("Location").orElse("").contains("login")) {
            throw new IllegalStateException("login of " + username + " refused (" + posted.statusCode() + ")");
        }
        // the data scope as DataScope.restrict writes it, from the user's roles and organization
        List<String> any = new ArrayList<>();
        List<String> params = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT o.path, o.region_path, r.role_code FROM app_user u "
                + "JOIN organization o ON o.id = u.organization_id JOIN user_role r ON r.user_id = u.id WHERE u.username = ?")) {
            q.setString(1, username);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    switch (rs.getString(3)) {
                        case "UNIT" -> { any.add("p.scope_org_path = ?"); params.add(rs.getString(1)); }
                        case "DEPT" -> { any.add("p.scope_org_path LIKE ? OR p.scope_dept_path LIKE ?");
                            params.add(rs.getString(1) + "%"); params.add(rs.getString(1) + "%"); }
                        case "FINANCE", "POVERTY_OFFICE", "AUDITOR", "DISCIPLINE" -> { any.add("p.scope_region_path LIKE ?");
                            params.add(rs.getString(2) + "%"); }
                        default -> { }
                    }
                }
            }
        }
        return new User(username, cookie, any.isEmpty() ? "FALSE" : "(" + String.join(" OR ", any) + ")", params);
    }

    static String sessionOf(HttpResponse<?> response, String previous) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION.matcher(header);
            if (m.find()) {
                return m.group(1);
            }
        }
        return previous;
    }

    static String page(User user, String path) throws Exception {
        String html = http(user, path, "text/html");
        if (html.contains("login:password")) {
            throw new IllegalStateException(path + " for " + user.name() + ": the login form came back");
        }
        return html;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------------
    /** One list request: the API's query parameters and their meaning in SQL. */
    record ListQuery(Integer year, String status, Integer categoryId, String sort, boolean ascending, int first, int max) {

        String api() {
            StringBuilder q = new StringBuilder("/api/projects?first=" + first + "&max=" + max);
            if (year != null) q.append("&year=").append(year);
            if (status != null) q.append("&targetStatus=").append(status);
            if (categoryId != null) q.append("&categoryId=").append(categoryId);
            if (sort != null) q.append("&sort=").append(sort).append("&ascending=").append(ascending);
            return q.toString();
        }
    }

    static String http(User user, String path) throws Exception {
        return http(user, path, "application/json");
    }

    static String http(User user, String path, String accept) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Accept", accept).header("Cookie", "JSESSIONID=" + user.cookie()).header("X-SQL-Statements", "count")
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        STATEMENTS.set(response.headers().firstValue("X-SQL-Statements").orElse("?"));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " for " + user.name() + ": HTTP " + response.statusCode());
        }
        return response.body();
    }

    /** The page, its fundings and the count, as ProjectService + ProjectView would read them in three statements. */
    static long sql(Connection db, User user, ListQuery q) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE " + user.scopeSql());
        List<Object> params = new ArrayList<>(user.scopeParams());
        if (q.year() != null) { where.append(" AND p.fiscal_year = ?"); params.add(q.year()); }
        if (q.status() != null) { where.append(" AND p.target_status = ?"); params.add(q.status()); }
        if (q.categoryId() != null) { where.append(" AND p.category_id = ?"); params.add(q.categoryId()); }
        String order = SORT_COLUMNS.getOrDefault(q.sort() == null ? "code" : q.sort(), "p.code") + (q.ascending() ? " ASC" : " DESC");
        List<Long> ids = new ArrayList<>();
        long sink = 0;   // every value is read, as the API reads it
        try (PreparedStatement page = db.prepareStatement("SELECT p.id, p.version, p.fiscal_year, p.code, p.name, c.code, u.code, d.code, "
                + "r.code, p.period_start, p.period_end, p.beneficiary_households, p.beneficiary_people, p.registered_poor_people, "
                + "p.planned_total, p.library_status, p.budget_amount, p.target_status FROM project p "
                + "JOIN fund_category c ON c.id = p.category_id JOIN organization u ON u.id = p.using_unit_id "
                + "JOIN organization d ON d.id = p.department_id JOIN region r ON r.id = p.region_id" + where
                + " ORDER BY " + order + ", p.id" + (q.ascending() ? " ASC" : " DESC") + " LIMIT ? OFFSET ?")) {
            int i = bind(page, params);
            page.setInt(i++, q.max());
            page.setInt(i, q.first());
            try (ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    for (int c = 2; c <= 18; c++) {
                        Object value = rs.getObject(c);
                        sink += value == null ? 0 : value.hashCode();
                    }
                }
            }
        }
        if (!ids.isEmpty()) {
            try (PreparedStatement fundings = db.prepareStatement("SELECT project_id, source, amount, origin, fund_name, task, "
                    + "document_number FROM project_funding WHERE project_id = ANY (?)")) {
                Array array = db.createArrayOf("bigint", ids.toArray());
                fundings.setArray(1, array);
                try (ResultSet rs = fundings.executeQuery()) {
                    while (rs.next()) {
                        sink += rs.getLong(1) + rs.getString(2).hashCode() + rs.getBigDecimal(3).hashCode();
                    }
                }
            }
        }
        try (PreparedStatement count = db.prepareStatement("SELECT count(*) FROM project p" + where)) {
            bind(count, params);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static long sqlTrivial(Connection db) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT 1"); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The JSF project list: its first page of 20 and count, and the department and region filter choices in scope. */
    static long sqlListPage(Connection db, User user) throws SQLException {
        long total = sql(db, user, new ListQuery(null, null, null, null, true, 0, 20));
        for (String choices : List.of("SELECT o.id, o.code, o.name FROM organization o WHERE o.id IN (SELECT p.department_id FROM project p WHERE %s) ORDER BY o.code",
                "SELECT r.id, r.code, r.name, r.path FROM region r WHERE r.id IN (SELECT p.region_id FROM project p WHERE %s) ORDER BY r.path")) {
            try (PreparedStatement q = db.prepareStatement(String.format(choices, user.scopeSql()))) {
                bind(q, user.scopeParams());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        total += rs.getString(2).length() * 0L;
                    }
                }
            }
        }
        return total;
    }

    /** A sheet as GET /api/target-sheets/{id} shows it: the sheet in scope, its project, its indicators. */
    static long sqlSheet(Connection db, User user, long sheetId) throws SQLException {
        long sink = 0;
        List<Object> params = new ArrayList<>(user.scopeParams());
        params.add(0, sheetId);
        try (PreparedStatement sheet = db.prepareStatement("SELECT p.*, pr.category_id, pr.name FROM target_sheet p "
                + "JOIN project pr ON pr.id = p.project_id WHERE p.id = ? AND " + user.scopeSql())) {
            bind(sheet, params);
            try (ResultSet rs = sheet.executeQuery()) {
                while (rs.next()) {
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        Object v = rs.getObject(c);
                        sink += v == null ? 0 : v.hashCode();
                    }
                }
            }
        }
        try (PreparedStatement lines = db.prepareStatement("SELECT * FROM indicator WHERE sheet_id = ? ORDER BY position")) {
            lines.setLong(1, sheetId);
            try (ResultSet rs = lines.executeQuery()) {
                while (rs.next()) {
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        Object v = rs.getObject(c);
                        sink += v == null ? 0 : v.hashCode();
                    }
                }
            }
        }
        return sink;
    }

    static int bind(PreparedStatement statement, List<?> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            statement.setObject(i++, p);
        }
        return i;
    }

    // ---------------------------------------------------------------------------------------------
    interface Timed {
        Object run() throws Exception;
    }

    static double millis(Timed work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static void compare(int samples, int rounds, String[] usernames) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            List<User> users = new ArrayList<>();
            for (String name : usernames) {
                users.add(signIn(name, db));
            }
            Map<String, List<double[]>> ratios = new LinkedHashMap<>();
            System.out.printf("%-32s %-14s %9s %9s %9s %9s %7s %5s  %s%n", "request", "user", "API p50", "API p95", "SQL p50", "SQL p95",
                    "ratio", "stmts", "rows");
            for (int round = 1; round <= rounds; round++) {
                System.out.println("-- round " + round + " of " + rounds + " (" + samples + " samples each, interleaved, after 3 warm-up)");
                for (User user : users) {
                    Map<String, ListQuery> cases = new LinkedHashMap<>();
                    cases.put("list default page", new ListQuery(null, null, null, null, true, 0, 50));
                    cases.put("list filtered " + (year - 1) + " RELEASED", new ListQuery(year - 1, "RELEASED", null, null, true, 0, 50));
                    cases.put("list sorted plannedTotal desc", new ListQuery(null, null, null, "plannedTotal", false, 0, 50));
                    for (Map.Entry<String, ListQuery> c : cases.entrySet()) {
                        ListQuery q = c.getValue();
                        long expected = sql(db, user, q);
                        Matcher total = TOTAL.matcher(http(user, q.api()));
                        String apiTotal = total.find() ? total.group(1) : "?";
                        if (!apiTotal.equals(Long.toString(expected))) {
                            System.out.println("   !! total differs: API " + apiTotal + ", SQL " + expected);
                        }
                        measure(c.getKey(), user, () -> http(user, q.api()), () -> sql(db, user, q), samples, ratios, expected + " total");
                    }
                    // the floor: a signed-in request that does no list work (HTTP, session, the user's check, JSON) beside a
                    // trivial statement; a small list cannot cost less than this floor plus its SQL
                    measure("floor: GET /api/me", user, () -> http(user, "/api/me"), () -> sqlTrivial(db), samples, ratios, "no list work");
                    measure("JSF project list page", user, () -> page(user, "/app/project/list.xhtml"), () -> sqlListPage(db, user),
                            samples, ratios, "20 rows + filter choices");
                    long sheet = firstSheet(db, user);
                    if (sheet > 0) {
                        measure("sheet detail", user, () -> http(user, "/api/target-sheets/" + sheet), () -> sqlSheet(db, user, sheet),
                                samples, ratios, "sheet " + sheet);
                    }
                }
            }
            if (rounds > 1) {
                System.out.println("-- min / median / max over the rounds: API p50 ms, SQL p50 ms, ratio");
                for (Map.Entry<String, List<double[]>> e : ratios.entrySet()) {
                    System.out.printf("%-47s API %s  SQL %s  ratio %s%n", e.getKey(), spread(e.getValue(), 0), spread(e.getValue(), 1),
                            spread(e.getValue(), 2));
                }
            }
        }
    }

    static String spread(List<double[]> rows, int column) {
        List<Double> values = new ArrayList<>();
        rows.forEach(r -> values.add(r[column]));
        Collections.sort(values);
        return String.format("%6.1f /%6.1f /%6.1f", values.get(0), values.get(values.size() / 2), values.get(values.size() - 1));
    }

    static void measure(String label, User user, Timed api, Timed sql, int samples, Map<String, List<double[]>> ratios, String note)
            throws Exception {
        for (int i = 0; i < 3; i++) {
            api.run();
            sql.run();
        }
        List<Double> a = new ArrayList<>();
        List<Double> s = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            a.add(millis(api));
            s.add(millis(sql));
        }
        double a50 = percentile(a, 50), s50 = percentile(s, 50);
        System.out.printf("%-32s %-14s %8.1f %9.1f %9.2f %9.2f %7.1f %5s  %s%n", label, user.name(), a50, percentile(a, 95), s50,
                percentile(s, 95), a50 / s50, STATEMENTS.get(), note);
        ratios.computeIfAbsent(String.format("%-32s %-14s", label, user.name()), k -> new ArrayList<>()).add(new double[] {a50, s50, a50 / s50});
    }

    static long firstSheet(Connection db, User user) throws SQLException {
        List<Object> params = new ArrayList<>(user.scopeParams());
        try (PreparedStatement q = db.prepareStatement("SELECT p.id FROM target_sheet p WHERE " + user.scopeSql()
                + " AND p.status = 'RELEASED' ORDER BY p.id LIMIT 1")) {
            bind(q, params);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    /** The screens each user opens on the generated data: HTTP status, time of a second view, size. */
    static void pages(String[] usernames) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            System.out.printf("%-14s %-44s %6s %9s %9s %6s%n", "user", "page", "status", "ms", "KB", "stmts");
            for (String name : usernames) {
                User user = signIn(name, db);
                long sheet = firstSheet(db, user);
                long round = -1;
                try (PreparedStatement q = db.prepareStatement("SELECT r.id FROM review_round r WHERE r.scope_region_path LIKE "
                        + "(SELECT o.region_path || '%' FROM app_user u JOIN organization o ON o.id = u.organization_id WHERE u.username = ?) "
                        + "ORDER BY r.id DESC LIMIT 1")) {
                    q.setString(1, name);
                    try (ResultSet rs = q.executeQuery()) {
                        round = rs.next() ? rs.getLong(1) : -1;
                    }
                }
                List<String> paths = new ArrayList<>(List.of("/app/home.xhtml", "/app/project/list.xhtml",
                        "/app/target/sheet.xhtml?project=" + sheet, "/app/target/versions.xhtml?sheet=" + sheet,
                        "/app/review/rounds.xhtml", "/app/approval/filing.xhtml", "/app/approval/approve.xhtml", "/public/index.xhtml"));
                if (round > 0) {
                    paths.add("/app/review/round.xhtml?id=" + round);
                }
                for (String path : paths) {
                    int status;
                    double ms = -1;
                    int size = 0;
                    String statements = "?";
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).header("Accept", "text/html").header("X-SQL-Statements", "count")
                            .header("Cookie", "JSESSIONID=" + user.cookie()).timeout(Duration.ofSeconds(120)).build();
                    HttpResponse<String> first = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                    status = first.statusCode();
                    if (status == 200) {
                        long start = System.nanoTime();
                        HttpResponse<String> again = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        ms = (System.nanoTime() - start) / 1e6;
                        size = again.body().length();
                        statements = again.headers().firstValue("X-SQL-Statements").orElse("?");
                    }
                    System.out.printf("%-14s %-44s %6d %9.0f %9d %6s%n", name, path, status, ms, size / 1024, statements);
                }
            }
        }
    }

    /** One user opens the given paths once each: status, statements, ms, KB (to look into one request). */
    static void probe(String username, String[] paths) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            User user = signIn(username, db);
            for (String path : paths) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).header("Cookie", "JSESSIONID=" + user.cookie()).header("X-SQL-Statements", "count")
                        .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html").timeout(Duration.ofSeconds(120)).build();
                long start = System.nanoTime();
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                System.out.printf("%-14s %-50s %4d %5s stmts %7.0f ms %6d KB%n", username, path, response.statusCode(),
                        response.headers().firstValue("X-SQL-Statements").orElse("?"), (System.nanoTime() - start) / 1e6,
                        response.body().length() / 1024);
            }
        }
    }

    /** A list request as people make them: a filter or two, a sort, one of the first ten pages. */
    static ListQuery randomQuery(Random random) {
        int r = random.nextInt(10);
        Integer y = r < 5 ? Integer.valueOf(year - random.nextInt(2)) : null;
        String status = random.nextInt(3) == 0 ? STATUSES[random.nextInt(STATUSES.length)] : null;
        Integer category = random.nextInt(5) == 0 ? Integer.valueOf(1 + random.nextInt(13)) : null;
        String[] sorts = {null, null, "name", "plannedTotal", "createdAt"};
        String sort = sorts[random.nextInt(sorts.length)];
        int page = random.nextInt(4) == 0 ? random.nextInt(10) : 0;
        return new ListQuery(y, status, category, sort, random.nextBoolean(), page * 50, 50);
    }

    static void load(int vus, int thinkMs, int seconds, boolean asSql, String[] usernames) throws Exception {
        List<User> users = new ArrayList<>();
        ExecutorService signing = Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<User>> pending = new ArrayList<>();
        for (int i = 0; i < vus; i++) {
            String name = usernames[i % usernames.length];
            pending.add(signing.submit(() -> {
                try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
                    return signIn(name, db);
                }
            }));
        }
        for (var f : pending) {
            users.add(f.get());
        }
        signing.shutdown();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        long warmUpEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.min(10, seconds / 4));
        long end = warmUpEnd + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(vus);
        for (int v = 0; v < vus; v++) {
            User user = users.get(v);
            long seed = 1000 + v;
            pool.submit(() -> {
                Random random = new Random(seed);
                try (Connection db = asSql ? DriverManager.getConnection(jdbcUrl, "postgres", "") : null) {
                    Thread.sleep(random.nextInt(Math.max(1, thinkMs)));   // spread the first requests
                    while (System.nanoTime() < end) {
                        ListQuery q = randomQuery(random);
                        long start = System.nanoTime();
                        try {
                            if (asSql) {
                                sql(db, user, q);
                            } else {
                                http(user, q.api());
                            }
                            if (start > warmUpEnd) {
                                latencies.add((System.nanoTime() - start) / 1e6);
                            }
                        } catch (Exception e) {
                            if (start > warmUpEnd) {
                                errors.incrementAndGet();
                                if (errorSamples.size() < 5) {
                                    errorSamples.add(e.toString());
                                }
                            }
                        }
                        if (thinkMs > 0) {
                            Thread.sleep(thinkMs);
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    errorSamples.add(e.toString());
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        List<Double> all = new ArrayList<>(latencies);
        if (all.isEmpty()) {
            System.out.println("LOAD no request completed; errors " + errors.get() + " " + errorSamples);
            return;
        }
        System.out.printf("LOAD %s %d users, think %d ms, %d s measured: %d requests, %.1f requests/s, p50 %.0f ms, p95 %.0f ms, "
                        + "p99 %.0f ms, max %.0f ms, errors %d%n", asSql ? "SQL " : "API ", vus, thinkMs, seconds, all.size(),
                all.size() / (double) seconds, percentile(all, 50), percentile(all, 95), percentile(all, 99), percentile(all, 100),
                errors.get());
        errorSamples.forEach(e -> System.out.println("   error: " + e));
    }

    // ---------------------------------------------------------------------------------------------
    /**
     * Issue 13 at province scale: the warning batch (the application's own statement, WarningBatch.MERGE,
     * per period) beside a hand-written set-based query computing the same levels; the dashboard and a
     * report beside their SQL; one unit submitting a report of about 15 indicators; a load of report
     * entry and dashboard requests.
     */
    static final class Monitoring {

        /**
         * The hand-written judgement of every report of every period as on its deadline (a report not submitted is
         * not late yet that day): a join and GROUP BY instead of the batch's correlated lines.
         */
        static final String LEVELS_BY_HAND = """
                SELECT judged, count(*) FROM (
                  SELECT CASE WHEN t.status = 'SUBMITTED' THEN
                           CASE GREATEST(
                             CASE WHEN t.released_budget IS NULL OR t.released_budget <= 0 OR t.executed_total IS NULL THEN 1
                                  WHEN p.time_progress - round(t.executed_total * 100 / t.released_budget, 1) > 20 THEN 2
                                  WHEN p.time_progress - round(t.executed_total * 100 / t.released_budget, 1) > 10 THEN 1 ELSE 0 END,
                             coalesce(max(GREATEST(
                               CASE WHEN l.value_kind IN ('QUANTITY', 'RANGE') THEN CASE WHEN l.forecast IS NULL THEN 1
                                    WHEN l.forecast < 80 THEN 2 WHEN l.forecast < 100 THEN 1 ELSE 0 END ELSE 0 END,
                               CASE WHEN l.value_kind = 'TIME_LIMIT' AND l.deadline IS NOT NULL THEN CASE
                                    WHEN l.done_on IS NOT NULL THEN CASE WHEN l.done_on > l.deadline THEN 2 ELSE 0 END
                                    WHEN l.deadline < p.deadline THEN 2 WHEN l.deadline <= p.deadline + 30 THEN 1 ELSE 0 END ELSE 0 END,
                               CASE l.likelihood WHEN 'IMPOSSIBLE' THEN 2 WHEN 'POSSIBLE' THEN 1 ELSE 0 END)), 0))
                           WHEN 2 THEN 'RED' WHEN 1 THEN 'YELLOW' ELSE 'GREEN' END
                         END AS judged
                  FROM monitoring_task t
                  JOIN (SELECT id, deadline, round((period_end - make_date(fiscal_year, 1, 1) + 1) * 100.0
                               / (make_date(fiscal_year + 1, 1, 1) - make_date(fiscal_year, 1, 1)), 1) AS time_progress
                        FROM monitoring_period WHERE opened_at IS NOT NULL) p ON p.id = t.period_id
                  LEFT JOIN monitoring_line l ON l.task_id = t.id
                  GROUP BY t.id, t.status, t.released_budget, t.executed_total, p.time_progress, p.deadline) j
                GROUP BY judged ORDER BY judged""";

        record Period(long id, int year, LocalDate end, LocalDate deadline) {
        }

        static void batch(int rounds) throws Exception {
            try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
                List<Period> periods = new ArrayList<>();
                try (ResultSet rs = db.createStatement().executeQuery(
                        "SELECT id, fiscal_year, period_end, deadline FROM monitoring_period WHERE opened_at IS NOT NULL ORDER BY id")) {
                    while (rs.next()) {
                        periods.add(new Period(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)));
                    }
                }
                System.out.printf("%d open periods, %s reports (%s submitted), %s report lines%n", periods.size(),
                        scalar(db, "SELECT count(*) FROM monitoring_task"), scalar(db, "SELECT count(*) FROM monitoring_task WHERE status = 'SUBMITTED'"),
                        scalar(db, "SELECT count(*) FROM monitoring_line"));
                List<double[]> runs = new ArrayList<>();
                for (int round = 1; round <= rounds; round++) {
                    db.createStatement().executeUpdate("UPDATE monitoring_task SET warning_level = NULL WHERE warning_level IS NOT NULL");
                    db.createStatement().execute("VACUUM ANALYZE monitoring_task");
                    long[] changed = {0};
                    double first = millis(() -> {
                        for (Period p : periods) {
                            changed[0] += merge(db, p);
                        }
                        return null;
                    });
                    long[] again = {0};
                    double second = millis(() -> {
                        for (Period p : periods) {
                            again[0] += merge(db, p);
                        }
                        return null;
                    });
                    Map<String, Long> byHand = new LinkedHashMap<>();
                    double hand = millis(() -> {
                        byHand.clear();
                        try (ResultSet rs = db.createStatement().executeQuery(LEVELS_BY_HAND)) {
                            while (rs.next()) {
                                byHand.put(String.valueOf(rs.getString(1)), rs.getLong(2));
                            }
                        }
                        return null;
                    });
                    Map<String, Long> stored = new LinkedHashMap<>();
                    try (ResultSet rs = db.createStatement().executeQuery(
                            "SELECT warning_level, count(*) FROM monitoring_task GROUP BY warning_level ORDER BY warning_level")) {
                        while (rs.next()) {
                            stored.put(String.valueOf(rs.getString(1)), rs.getLong(2));
                        }
                    }
                    System.out.printf("round %d: batch %.0f ms (%d levels written), again %.0f ms (%d changed); hand-written SQL %.0f ms;"
                                    + " ratio %.2f; levels %s%s%n", round, first, changed[0], second, again[0], hand, first / hand, stored,
                            stored.equals(byHand) ? " = by hand" : " DIFFER from by hand " + byHand);
                    runs.add(new double[] {first, hand, first / hand});
                }
                System.out.printf("WARNING-BATCH whole province: batch %s ms, hand-written SQL %s ms, ratio %s (min / median / max)%n",
                        spread(runs, 0), spread(runs, 1), spread(runs, 2));
            }
        }

        /**
         * WarningBatch.MERGE for one period with the default thresholds, its ?n parameters bound as the EntityManager binds
         * them, judged as on the period's deadline (the generated years are past: judged today, every report would be late).
         */
        static int merge(Connection db, Period p) throws SQLException {
            LocalDate today = p.deadline();
            Map<Integer, Object> values = new HashMap<>();
            values.put(1, p.id());
            values.put(2, Timestamp.valueOf(LocalDateTime.now()));
            values.put(3, new BigDecimal("80"));
            values.put(4, new BigDecimal("100"));
            values.put(5, today);
            values.put(6, today.plusDays(30));
            values.put(7, cn.fundperf.ejb.monitoring.TimeProgress.at(p.end(), p.year()));
            values.put(8, new BigDecimal("20"));
            values.put(9, new BigDecimal("10"));
            values.put(10, today.isAfter(p.deadline().plusDays(10)));
            Matcher marks = Pattern.compile("\\?(\\d+)").matcher(cn.fundperf.ejb.monitoring.WarningBatch.MERGE);
            List<Object> order = new ArrayList<>();
            StringBuilder jdbc = new StringBuilder();
            while (marks.find()) {
                order.add(values.get(Integer.parseInt(marks.group(1))));
                marks.appendReplacement(jdbc, "?");
            }
            marks.appendTail(jdbc);
            try (PreparedStatement merge = db.prepareStatement(jdbc.toString())) {
                bind(merge, order);
                return merge.executeUpdate();
            }
        }

        static String scalar(Connection db, String sql) throws SQLException {
            try (ResultSet rs = db.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        }

        /** The province's (or a county's) largest period: where the dashboard has most to count. */
        static long busiestPeriod(Connection db) throws SQLException {
            return Long.parseLong(scalar(db, "SELECT period_id FROM monitoring_task GROUP BY period_id ORDER BY count(*) DESC LIMIT 1"));
        }

        /** A report of the user's scope with about 15 lines: the first of a given status. */
        static long reportOf(Connection db, User user, String status) throws SQLException {
            try (PreparedStatement q = db.prepareStatement("SELECT p.id FROM monitoring_task p WHERE " + user.scopeSql()
                    + " AND p.status = ? AND (SELECT count(*) FROM target_version_line l JOIN target_version v ON v.id = l.version_id"
                    + " WHERE v.sheet_id = p.sheet_id AND v.version_number = p.target_version) BETWEEN 14 AND 16 ORDER BY p.id LIMIT 1")) {
                int next = bind(q, user.scopeParams());
                q.setString(next, status);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1;
                }
            }
        }

        /** The dashboard's counts as SQL: totals and three breakdowns of one period within the user's scope. */
        static long dashboardSql(Connection db, User user, long period) throws SQLException {
            long rows = 0;
            for (String group : List.of("", "pr.category_id", "pr.department_id", "pr.region_id")) {
                String select = group.isEmpty() ? "" : group + ", ";
                try (PreparedStatement q = db.prepareStatement("SELECT " + select + "sum(CASE WHEN p.warning_level = 'RED' THEN 1 ELSE 0 END),"
                        + " sum(CASE WHEN p.warning_level = 'YELLOW' THEN 1 ELSE 0 END), sum(CASE WHEN p.warning_level = 'GREEN' THEN 1 ELSE 0 END),"
                        + " sum(CASE WHEN p.warning_level IS NULL THEN 1 ELSE 0 END), sum(CASE WHEN p.status = 'SUBMITTED' THEN 1 ELSE 0 END),"
                        + " sum(CASE WHEN p.overdue_since IS NOT NULL THEN 1 ELSE 0 END), count(*), sum(p.released_budget),"
                        + " sum(CASE WHEN p.status = 'SUBMITTED' THEN p.executed_total ELSE 0 END)"
                        + " FROM monitoring_task p JOIN project pr ON pr.id = p.project_id WHERE p.period_id = ? AND " + user.scopeSql()
                        + (group.isEmpty() ? "" : " GROUP BY " + group))) {
                    List<Object> params = new ArrayList<>(List.of(period));
                    params.addAll(user.scopeParams());
                    bind(q, params);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                        }
                    }
                }
            }
            return rows;
        }

        /** A page of the RED reports of a period in the user's scope, with their projects and periods, and the count. */
        static long redListSql(Connection db, User user, long period) throws SQLException {
            long rows = 0;
            for (String sql : List.of("SELECT p.*, pr.code, pr.name, m.name FROM monitoring_task p JOIN project pr ON pr.id = p.project_id"
                    + " JOIN monitoring_period m ON m.id = p.period_id WHERE p.period_id = ? AND p.warning_level = 'RED' AND " + user.scopeSql()
                    + " ORDER BY m.period_end DESC, pr.code, p.id LIMIT 50",
                    "SELECT count(*) FROM monitoring_task p WHERE p.period_id = ? AND p.warning_level = 'RED' AND " + user.scopeSql())) {
                try (PreparedStatement q = db.prepareStatement(sql)) {
                    List<Object> params = new ArrayList<>(List.of(period));
                    params.addAll(user.scopeParams());
                    bind(q, params);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                        }
                    }
                }
            }
            return rows;
        }

        /** A report as the screen reads it: the task, its lines, its fundings, the version's lines and its evidence. */
        static long reportSql(Connection db, long task) throws SQLException {
            long rows = 0;
            for (String sql : List.of("SELECT * FROM monitoring_task t JOIN project p ON p.id = t.project_id JOIN monitoring_period m ON m.id = t.period_id WHERE t.id = ?",
                    "SELECT * FROM monitoring_line WHERE task_id = ? ORDER BY position", "SELECT * FROM monitoring_funding WHERE task_id = ?",
                    "SELECT l.* FROM monitoring_task t JOIN target_version v ON v.sheet_id = t.sheet_id AND v.version_number = t.target_version"
                            + " JOIN target_version_line l ON l.version_id = v.id WHERE t.id = ? ORDER BY l.position",
                    "SELECT * FROM monitoring_evidence WHERE task_id = ?")) {
                try (PreparedStatement q = db.prepareStatement(sql)) {
                    q.setLong(1, task);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                        }
                    }
                }
            }
            return rows;
        }

        static void api(int samples, String[] usernames) throws Exception {
            try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
                long period = busiestPeriod(db);
                Map<String, List<double[]>> ratios = new LinkedHashMap<>();
                System.out.printf("%-32s %-14s %9s %9s %9s %9s %7s %5s  %s%n", "request", "user", "API p50", "API p95", "SQL p50", "SQL p95",
                        "ratio", "stmts", "rows");
                for (String name : usernames) {
                    User scoped = signIn(name, db);
                    measure("dashboard (period " + period + ")", scoped, () -> http(scoped, "/api/monitoring/periods/" + period + "/overview"),
                            () -> dashboardSql(db, scoped, period), samples, ratios, "4 groupings");
                    measure("report list (RED, page 1)", scoped, () -> http(scoped, "/api/monitoring/tasks?period=" + period + "&level=RED&max=50"),
                            () -> redListSql(db, scoped, period), samples, ratios, "50 rows + count");
                    long task = reportOf(db, scoped, "SUBMITTED");
                    if (task > 0) {
                        measure("report (~15 lines)", scoped, () -> http(scoped, "/api/monitoring/tasks/" + task), () -> reportSql(db, task),
                                samples, ratios, "task " + task);
                    }
                }
            }
        }

        /** One unit submits reports of about 15 indicators (final: each report is submitted once). */
        static void submit(int reports, String username) throws Exception {
            try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
                User user = signIn(username, db);
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < reports; i++) {
                    long task = reportOf(db, user, "OPEN");
                    if (task < 0) {
                        System.out.println("no open report of about 15 indicators left for " + username);
                        break;
                    }
                    String report = http(user, "/api/monitoring/tasks/" + task);
                    String body = fullReport(report);
                    double ms = millis(() -> send(user, "POST", "/api/monitoring/tasks/" + task + "/submission", body));
                    times.add(ms);
                    System.out.printf("   task %d: %d lines, submitted in %.0f ms%n", task, countOf(body, "\"key\":"), ms);
                }
                if (!times.isEmpty()) {
                    System.out.printf("SUBMIT one unit (%s), a report of ~15 indicators: median %.0f ms, max %.0f ms over %d reports%n", username,
                            percentile(times, 50), percentile(times, 100), times.size());
                }
            }
        }

        /** Every line on track with its target as forecast, the budget a third spent: a complete report. */
        static String fullReport(String report) throws Exception {
            ObjectMapper json = new ObjectMapper();
            JsonNode view = json.readTree(report);
            BigDecimal released = view.path("task").path("releasedBudget").decimalValue();
            StringBuilder lines = new StringBuilder();
            for (JsonNode line : view.path("lines")) {
                String target = line.path("target").asText("");
                Matcher number = Pattern.compile("(\\d+(?:\\.\\d+)?)").matcher(target);
                boolean timeLimit = target.contains("月") || target.contains("年");
                boolean quantity = number.find();
                // what a clerk writes whatever the kind: a statement always, the numbers and the day where the target has them
                lines.append(lines.length() == 0 ? "" : ",").append("{\"key\":\"").append(line.path("key").asText()).append("\"");
                lines.append(",\"statement\":\"按计划推进\"");
                if (timeLimit) {
                    lines.append(",\"doneOn\":\"").append(LocalDate.now().minusDays(1)).append("\"");
                }
                if (quantity) {
                    lines.append(",\"achieved\":").append(number.group(1)).append(",\"expected\":").append(number.group(1));
                }
                lines.append(",\"likelihood\":\"CERTAIN\"}");
            }
            BigDecimal spent = released.divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN);
            return "{\"version\":" + view.path("task").path("version").asLong() + ",\"lines\":[" + lines
                    + "],\"executed\":[{\"source\":\"CENTRAL\",\"amount\":" + spent + "}]}";
        }

        static int countOf(String text, String part) {
            int n = 0;
            for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
                n++;
            }
            return n;
        }

        static String send(User user, String method, String path, String json) throws Exception {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url + path)).header("Accept", "application/json")
                    .header("Content-Type", "application/json").header("X-Requested-With", "bench").header("Cookie", "JSESSIONID=" + user.cookie())
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(method + " " + path + " for " + user.name() + ": HTTP " + response.statusCode() + " " + response.body());
            }
            return response.body();
        }

        /**
         * Report entry and dashboard under load: units read their list and a report and save the draft back
         * unchanged; offices read the dashboard and the red list. p50 / p95 / p99 after a warm-up.
         */
        static void load(int vus, int thinkMs, int seconds, String[] usernames) throws Exception {
            long period;
            Map<String, List<Long>> reports = new HashMap<>();
            List<User> users = new ArrayList<>();
            try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
                period = busiestPeriod(db);
                for (int i = 0; i < vus; i++) {
                    User user = signIn(usernames[i % usernames.length], db);
                    users.add(user);
                    if (!reports.containsKey(user.name())) {
                        List<Long> ids = new ArrayList<>();
                        try (PreparedStatement q = db.prepareStatement("SELECT p.id FROM monitoring_task p WHERE " + user.scopeSql()
                                + " AND p.period_id = ? AND p.status <> 'SUBMITTED' ORDER BY p.id LIMIT 20")) {
                            int next = bind(q, user.scopeParams());
                            q.setLong(next, period);
                            try (ResultSet rs = q.executeQuery()) {
                                while (rs.next()) {
                                    ids.add(rs.getLong(1));
                                }
                            }
                        }
                        reports.put(user.name(), ids);
                    }
                }
            }
            ConcurrentLinkedQueue<Double> entry = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Double> dashboard = new ConcurrentLinkedQueue<>();
            AtomicInteger errors = new AtomicInteger();
            ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
            long warmUpEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.min(10, seconds / 4));
            long end = warmUpEnd + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(vus);
            for (int v = 0; v < vus; v++) {
                User user = users.get(v);
                List<Long> own = reports.get(user.name());
                long seed = 2000 + v;
                pool.submit(() -> {
                    Random random = new Random(seed);
                    Thread.sleep(random.nextInt(Math.max(1, thinkMs)));
                    while (System.nanoTime() < end) {
                        boolean unit = user.name().contains(".unit");
                        long start = System.nanoTime();
                        try {
                            if (unit && !own.isEmpty()) {
                                long task = own.get(random.nextInt(own.size()));
                                int step = random.nextInt(3);
                                if (step == 0) {
                                    http(user, "/api/monitoring/tasks?period=" + period + "&max=50");
                                } else if (step == 1) {
                                    http(user, "/api/monitoring/tasks/" + task);
                                } else {
                                    String report = http(user, "/api/monitoring/tasks/" + task);
                                    long version = new ObjectMapper().readTree(report).path("task").path("version").asLong();
                                    start = System.nanoTime();   // the save alone
                                    send(user, "PUT", "/api/monitoring/tasks/" + task, "{\"version\":" + version + ",\"lines\":[],\"executed\":[]}");
                                }
                                if (start > warmUpEnd) {
                                    entry.add((System.nanoTime() - start) / 1e6);
                                }
                            } else {
                                if (random.nextBoolean()) {
                                    http(user, "/api/monitoring/periods/" + period + "/overview");
                                } else {
                                    http(user, "/api/monitoring/tasks?period=" + period + "&level=RED&max=50");
                                }
                                if (start > warmUpEnd) {
                                    dashboard.add((System.nanoTime() - start) / 1e6);
                                }
                            }
                        } catch (Exception e) {
                            if (start > warmUpEnd) {
                                errors.incrementAndGet();
                                if (errorSamples.size() < 5) {
                                    errorSamples.add(e.toString());
                                }
                            }
                        }
                        if (thinkMs > 0) {
                            Thread.sleep(thinkMs);
                        }
                    }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
            for (Map.Entry<String, ConcurrentLinkedQueue<Double>> kind : Map.of("report entry", entry, "dashboard", dashboard).entrySet()) {
                List<Double> all = new ArrayList<>(kind.getValue());
                if (all.isEmpty()) {
                    System.out.println("MONITORING-LOAD " + kind.getKey() + ": no request completed");
                    continue;
                }
                System.out.printf("MONITORING-LOAD %s: %d users in all, think %d ms, %d s: %d requests, %.1f/s, p50 %.0f ms, p95 %.0f ms,"
                                + " p99 %.0f ms, max %.0f ms%n", kind.getKey(), vus, thinkMs, seconds, all.size(), all.size() / (double) seconds,
                        percentile(all, 50), percentile(all, 95), percentile(all, 99), percentile(all, 100));
            }
            System.out.println("MONITORING-LOAD errors " + errors.get());
            errorSamples.forEach(e -> System.out.println("   error: " + e));
        }
    }
}
