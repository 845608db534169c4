package cn.fundperf.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the PostgreSQL integration tests a database of their own: created empty before the
 * first test (the application migrates it and loads the demo county), dropped after the last.
 */
public class TestDatabase implements LauncherSessionListener {

    static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if ("micro-h2".equals(System.getProperty("arquillian.launch"))) {
            deleteEmbeddedDatabase();
        }
        if (onPostgres()) {
            execute("DROP DATABASE IF EXISTS " + name() + " WITH (FORCE)", "CREATE DATABASE " + name() + " ENCODING 'UTF8'");
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (onPostgres() && !Boolean.getBoolean("it.keepDatabase")) {
            execute("DROP DATABASE IF EXISTS " + name() + " WITH (FORCE)");
        }
    }

    /** The embedded smoke database starts empty too (the same folder as in arquillian.xml). */
    private static void deleteEmbeddedDatabase() {
        Path folder = Path.of("target", "it-h2");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean onPostgres() {
        return "micro-postgresql".equals(System.getProperty("arquillian.launch"));
    }

    private static String name() {
        String name = System.getProperty("it.database", "fundperf_it");
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("bad database name " + name);
        }
        return name;
    }

    private static void execute(String... statements) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, "postgres", "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 is needed for the integration tests: " + e.getMessage(), e);
        }
    }
}
