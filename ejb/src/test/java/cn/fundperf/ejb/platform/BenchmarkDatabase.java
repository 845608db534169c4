package cn.fundperf.ejb.platform;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * A fresh PostgreSQL database with the application's migrations, and the application's persistence
 * unit on it outside the server (EclipseLink as Payara ships it, resource-local), for benchmarks
 * that print figures beside hand-written SQL. Settings: -Dbenchmark.db.host/port/user/name.
 */
public final class BenchmarkDatabase implements AutoCloseable {

    private final String url;
    private final String user;
    private final EntityManagerFactory factory;

    private BenchmarkDatabase(String url, String user, EntityManagerFactory factory) {
        this.url = url;
        this.user = user;
        this.factory = factory;
    }

    public static BenchmarkDatabase create() {
        String host = System.getProperty("benchmark.db.host", "127.0.0.1:5432");
        String user = System.getProperty("benchmark.db.user", "postgres");
        String name = System.getProperty("benchmark.db.name", "fundperf_bench");
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + "/postgres", user, "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + host + " is needed for the benchmark", e);
        }
        String url = "jdbc:postgresql://" + host + "/" + name + "?reWriteBatchedInserts=true";
        Flyway.configure(BenchmarkDatabase.class.getClassLoader()).dataSource(url, user, "")
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().migrate();
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        settings.put("jakarta.persistence.jtaDataSource", "");
        settings.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
        settings.put("jakarta.persistence.jdbc.url", url);
        settings.put("jakarta.persistence.jdbc.user", user);
        settings.put("jakarta.persistence.jdbc.password", "");
        settings.put("eclipselink.target-database", "org.eclipse.persistence.platform.database.PostgreSQLPlatform");
        settings.put("eclipselink.logging.logger", StatementCount.class.getName());
        settings.put("eclipselink.logging.level.sql", "FINE");
        settings.put("eclipselink.logging.level", "WARNING");
        return new BenchmarkDatabase(url, user, Persistence.createEntityManagerFactory("fundperf", settings));
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    public Connection connection() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, "");
        connection.setAutoCommit(false);
        return connection;
    }

    @Override
    public void close() {
        factory.close();
    }
}
