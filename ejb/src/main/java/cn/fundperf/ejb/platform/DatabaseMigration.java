package cn.fundperf.ejb.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything touches JPA. The schema comes only from the
 * migrations: the persistence unit generates nothing. Vendor-specific scripts (PostgreSQL
 * triggers, for instance) live beside the common ones under {@code db/migration/<vendor>}.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "${MPCONFIG=fundperf.db.datasource-class}",
        url = "${MPCONFIG=fundperf.db.url}",
        user = "${MPCONFIG=fundperf.db.user}",
        password = "${MPCONFIG=fundperf.db.password}",
        minPoolSize = 2,
        maxPoolSize = 64,
        transactional = true)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/fundperf";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    // read by the health check while this bean is still being made (it cannot be called then)
    private static volatile boolean finished;

    /** Whether the schema is up to date: until then nothing should query the application's tables. */
    public static boolean finished() {
        return finished;
    }

    /** The application's own connection: the vendor and the role the application uses. */
    private record Connected(String vendor, String role) {
    }

    private Connected connected() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            String vendor = product.contains("postgres") ? "postgresql" : product.contains("h2") ? "h2" : product;
            return new Connected(vendor, connection.getMetaData().getUserName());
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
    }

    @PostConstruct
    void migrate() {
        Connected app = connected();
        Config config = ConfigProvider.getConfig();
        Optional<String> owner = config.getOptionalValue("fundperf.db.migration-user", String.class).filter(s -> !s.isBlank());
        FluentConfiguration flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .locations("classpath:db/migration/common", "classpath:db/migration/" + app.vendor())
                .failOnMissingLocations(false);
        // an owner role of its own runs the migrations, so that the application's role owns no table and
        // cannot drop the insert-only triggers (V14_1 grants it data rights only; README "Audit chain")
        if (owner.isPresent()) {
            flyway.dataSource(config.getValue("fundperf.db.url", String.class), owner.get(),
                    config.getOptionalValue("fundperf.db.migration-password", String.class).orElse(""));
        } else {
            flyway.dataSource(dataSource);
        }
        if (app.vendor().equals("postgresql")) {
            flyway.initSql("SET fundperf.app_role = '" + app.role().replace("'", "''") + "'");
        }
        MigrateResult result = flyway.load().migrate();
        finished = true;
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
