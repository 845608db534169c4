package cn.fundperf.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deploys target/fundperf.ear on a fresh full Payara Server 6 domain and calls the login page.
 *
 * <p>Steps: create the PostgreSQL database, {@code create-domain --portbase}, {@code start-domain},
 * JVM options (the {@code fundperf.db.*} MicroProfile Config values read by the
 * {@code @DataSourceDefinition}, loopback-only listeners and Hazelcast), {@code restart-domain},
 * {@code deploy}, HTTP GET, {@code undeploy}; {@code stop-domain} and DROP DATABASE always run in
 * {@link #tearDown()}. Every asadmin call and its output goes to target/it-logs/asadmin.log; on a
 * failure that log and the tail of the domain's server.log are printed.
 *
 * <p>Run by maven-failsafe-plugin in {@code mvn verify}; {@code -DskipITs} skips it. The Payara
 * distribution is unpacked to target/payara6 by maven-dependency-plugin (pre-integration-test).
 */
class EarDeploymentIT {

    // ---- what the test checks: change here ----
    /** Path (with context root) of the page that must answer 200. */
    static final String PAGE_PATH = "/fundperf/login.xhtml";
    /** Text the page body must contain. */
    static final String EXPECTED_TEXT = "扶贫资金绩效管理";
    /** Name given to the application by {@code asadmin deploy --name}. */
    static final String APP_NAME = "fundperf";

    // ---- settings passed by failsafe (see ear/pom.xml), with defaults for an IDE run ----
    static final Path TARGET = Path.of(System.getProperty("basedir", "."), "target");
    static final Path EAR = Path.of(prop("it.ear.file", TARGET.resolve("fundperf.ear").toString()));
    static final Path PAYARA_HOME = Path.of(prop("it.payara.home", TARGET.resolve("payara6").toString()));
    static final Path DOMAIN_DIR = Path.of(prop("it.payara.domaindir", TARGET.resolve("it-domains").toString()));
    static final String DOMAIN = prop("it.payara.domain", "fundperf-it");
    static final int PORTBASE = Integer.parseInt(prop("it.payara.portbase", "28000"));
    static final int ADMIN_PORT = PORTBASE + 48;
    static final int HTTP_PORT = PORTBASE + 80;
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(Long.parseLong(prop("it.asadmin.timeout.seconds", "600")));
    static final String DB_ADMIN_URL = prop("it.db.admin-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String DB_HOST_PORT = prop("it.db.host-port", "127.0.0.1:5432");
    static final String DB_NAME = prop("it.db.name", "fundperf_ear_it");
    static final String DB_USER = prop("it.db.user", "postgres");
    static final String DB_PASSWORD = prop("it.db.password", "");
    static final Path LOG_DIR = Path.of(prop("it.log.dir", TARGET.resolve("it-logs").toString()));
    static final Path ASADMIN_LOG = LOG_DIR.resolve("asadmin.log");

    private static boolean databaseCreated;
    private static boolean domainStarted;
    private static boolean deployed;
    private static boolean failed;

    @BeforeAll
    static void setUp() throws Exception {
        try {
            Files.createDirectories(LOG_DIR);
            Files.writeString(ASADMIN_LOG, "");
            assertTrue(Files.isRegularFile(EAR), "EAR not built: " + EAR);
            assertTrue(Files.isRegularFile(cliJar()), "Payara Server not unpacked: " + cliJar());

            removeOldDomain();
            assertPortFree(ADMIN_PORT);
            assertPortFree(HTTP_PORT);
            recreateDatabase();

            asadmin("create-domain", "--nopassword=true", "--portbase", String.valueOf(PORTBASE),
                    "--domaindir", DOMAIN_DIR.toString(), DOMAIN);
            asadmin("start-domain", "--domaindir", DOMAIN_DIR.toString(), DOMAIN);
            domainStarted = true;

            String db = "jdbc:postgresql://" + DB_HOST_PORT + "/" + DB_NAME;
            // create-jvm-options takes a ':'-separated list: colons inside values are escaped
            asadmin(remote("create-jvm-options", String.join(":",
                    jvmOption("fundperf.db.datasource-class", "org.postgresql.ds.PGSimpleDataSource"),
                    jvmOption("fundperf.db.url", db),
                    jvmOption("fundperf.db.user", DB_USER),
                    jvmOption("fundperf.db.password", DB_PASSWORD),
                    jvmOption("hazelcast.socket.bind.any", "false"))));
            // listen on loopback only (default is 0.0.0.0); no embedded JMS broker
            String c = "configs.config.server-config.";
            String nl = c + "network-config.network-listeners.network-listener.";
            String iiop = c + "iiop-service.iiop-listener.";
            asadmin(remote("set",
                    nl + "http-listener-1.address=127.0.0.1",
                    nl + "http-listener-2.address=127.0.0.1",
                    nl + "admin-listener.address=127.0.0.1",
                    iiop + "orb-listener-1.address=127.0.0.1",
                    iiop + "SSL.address=127.0.0.1",
                    iiop + "SSL_MUTUALAUTH.address=127.0.0.1",
                    c + "admin-service.jmx-connector.system.address=127.0.0.1",
                    c + "jms-service.type=DISABLED"));
            asadmin(remote("set-hazelcast-configuration", "--dasbindaddress", "127.0.0.1", "--interfaces", "127.0.0.1"));
            asadmin(remote("restart-domain", "--domaindir", DOMAIN_DIR.toString(), DOMAIN));
        } catch (Throwable t) {
            failed = true;
            throw t;
        }
    }

    @Test
    void earDeploysAndServesLoginPage() throws Exception {
        try {
            Instant start = Instant.now();
            asadmin(remote("deploy", "--name", APP_NAME, "--force=true", EAR.toString()));
            deployed = true;
            log("deploy took " + Duration.between(start, Instant.now()).toMillis() + " ms");

            String listed = asadmin(remote("list-applications", "--long=true"));
            assertTrue(listed.contains(APP_NAME), "application not listed:\n" + listed);

            HttpResponse<String> page = get("http://127.0.0.1:" + HTTP_PORT + PAGE_PATH);
            String body = page.body();
            log("GET " + PAGE_PATH + " -> " + page.statusCode() + "\n" + body);
            assertEquals(200, page.statusCode(), () -> "GET " + PAGE_PATH + " answered " + page.statusCode()
                    + ":\n" + abbreviate(body));
            assertTrue(body.contains(EXPECTED_TEXT),
                    () -> "page lacks '" + EXPECTED_TEXT + "':\n" + abbreviate(body));

            asadmin(remote("undeploy", APP_NAME));
            deployed = false;
        } catch (Throwable t) {
            failed = true;
            throw t;
        }
    }

    @AfterAll
    static void tearDown() throws Exception {
        try {
            if (deployed) {
                runQuietly(remote("undeploy", APP_NAME));
            }
            if (domainStarted || Files.exists(DOMAIN_DIR.resolve(DOMAIN))) {
                stopDomain();
            }
        } finally {
            if (failed) {
                printDiagnostics();
            }
            if (databaseCreated) {
                dropDatabase();
            }
        }
    }

    // ---------------------------------------------------------------- asadmin

    private static Path cliJar() {
        return PAYARA_HOME.resolve("glassfish/lib/client/appserver-cli.jar");
    }

    /** Global options for a command that talks to the running DAS. */
    private static String[] remote(String command, String... args) {
        List<String> all = new ArrayList<>(List.of("--host", "127.0.0.1", "--port", String.valueOf(ADMIN_PORT), command));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    private static String jvmOption(String name, String value) {
        return ("-D" + name + "=" + value).replace(":", "\\:");
    }

    /** Runs asadmin; fails (with its output) on a non-zero exit or a timeout. */
    private static String asadmin(String... args) throws IOException, InterruptedException {
        Result r = run(args);
        if (r.exitCode != 0) {
            fail("asadmin " + String.join(" ", args) + " -> " + (r.exitCode == -1 ? "timed out" : "exit " + r.exitCode)
                    + "\n" + r.output);
        }
        return r.output;
    }

    private static Result runQuietly(String... args) {
        try {
            return run(args);
        } catch (Exception e) {
            log("asadmin " + String.join(" ", args) + " threw " + e);
            return new Result(-2, e.toString());
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        // The java launcher directly (like bin/asadmin does): no reliance on the script's exec bit.
        String javaHome = System.getProperty("java.home");
        List<String> cmd = new ArrayList<>(List.of(Path.of(javaHome, "bin", "java").toString(),
                "-XX:+IgnoreUnrecognizedVMOptions", "-jar", cliJar().toString(), "--interactive=false"));
        cmd.addAll(List.of(args));
        // Output to a file, not a pipe: start-domain leaves a server JVM behind that could hold a pipe open.
        Path out = Files.createTempFile(LOG_DIR, "asadmin-", ".out");
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(PAYARA_HOME.toFile())
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        pb.environment().put("AS_JAVA", javaHome);
        pb.environment().put("JAVA_HOME", javaHome);
        Instant start = Instant.now();
        Process p = pb.start();
        int exit;
        if (p.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            exit = p.exitValue();
        } else {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            exit = -1;
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        log("$ asadmin " + String.join(" ", args) + "\n" + output.strip() + "\n=> exit " + exit + " in "
                + Duration.between(start, Instant.now()).toMillis() + " ms\n");
        return new Result(exit, output);
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void removeOldDomain() throws IOException {
        if (Files.exists(DOMAIN_DIR.resolve(DOMAIN))) {
            if (Files.exists(DOMAIN_DIR.resolve(DOMAIN).resolve("config/pid"))) {
                stopDomain(); // a previous run that was killed may have left it running
            }
            deleteTree(DOMAIN_DIR.resolve(DOMAIN));
        }
    }

    private static void stopDomain() {
        Result r = runQuietly("stop-domain", "--domaindir", DOMAIN_DIR.toString(), DOMAIN);
        // still running (stop-domain failed or timed out)? kill the server JVM whose pid the domain wrote
        Path pidFile = DOMAIN_DIR.resolve(DOMAIN).resolve("config/pid");
        try {
            if (Files.exists(pidFile)) {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                ProcessHandle.of(pid).ifPresent(h -> {
                    log("stop-domain exit " + r.exitCode + "; killing server pid " + pid);
                    h.destroyForcibly();
                    h.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null).join();
                });
            }
        } catch (IOException | NumberFormatException e) {
            log("could not read " + pidFile + ": " + e);
        }
        domainStarted = false;
    }

    private static void assertPortFree(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            fail("port " + port + " is already in use: another server on portbase " + PORTBASE
                    + "? (set -Dit.payara.portbase=...)");
        } catch (IOException expected) {
            // nothing listens: good
        }
    }

    // ---------------------------------------------------------------- HTTP

    private static HttpResponse<String> get(String url) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).GET().build();
        // deploy has returned, so the application is up; retry briefly on 404/503/refused anyway
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            try {
                HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if ((r.statusCode() != 404 && r.statusCode() != 503) || Instant.now().isAfter(deadline)) {
                    return r;
                }
            } catch (ConnectException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
            }
            Thread.sleep(1000);
        }
    }

    // ---------------------------------------------------------------- database

    private static void recreateDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(DB_ADMIN_URL, DB_USER, DB_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB_NAME + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DB_NAME + " ENCODING 'UTF8'");
        }
        databaseCreated = true;
    }

    private static void dropDatabase() {
        try (Connection c = DriverManager.getConnection(DB_ADMIN_URL, DB_USER, DB_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB_NAME + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("[EarDeploymentIT] could not drop database " + DB_NAME + ": " + e);
        }
    }

    // ---------------------------------------------------------------- logs

    private static synchronized void log(String text) {
        try {
            Files.writeString(ASADMIN_LOG, text + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println(text);
        }
    }

    private static void printDiagnostics() {
        StringBuilder sb = new StringBuilder("\n===== EarDeploymentIT failed: asadmin log (" + ASADMIN_LOG + ") =====\n");
        try {
            sb.append(Files.readString(ASADMIN_LOG, StandardCharsets.UTF_8));
        } catch (IOException e) {
            sb.append(e).append('\n');
        }
        Path serverLog = DOMAIN_DIR.resolve(DOMAIN).resolve("logs/server.log");
        sb.append("===== last 300 lines of ").append(serverLog).append(" =====\n");
        try {
            List<String> lines = Files.readAllLines(serverLog, StandardCharsets.UTF_8);
            lines.subList(Math.max(0, lines.size() - 300), lines.size()).forEach(l -> sb.append(l).append('\n'));
        } catch (IOException e) {
            sb.append(e).append('\n');
        }
        System.err.println(sb);
    }

    private static String abbreviate(String s) {
        return s.length() <= 4000 ? s : s.substring(0, 4000) + "\n... (" + s.length() + " chars)";
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String prop(String name, String fallback) {
        String v = System.getProperty(name);
        return v == null || (v.isBlank() && !name.equals("it.db.password")) ? fallback : v;
    }
}
