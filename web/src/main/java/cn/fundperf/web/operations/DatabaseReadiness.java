package cn.fundperf.web.operations;

import cn.fundperf.ejb.platform.DatabaseMigration;
import cn.fundperf.ejb.platform.SystemStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * /health/ready and /health/live: the application answers only "UP" when it can query its
 * database (Payara prints "ready" even when an application failed to deploy). Anybody may ask,
 * so the answer is the status only: why the database cannot be reached goes to the server log.
 */
@Readiness
@Liveness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    static final String NAME = "fundperf-database";

    @Inject
    SystemStatus status;

    /** Whether Flyway is done; until then nothing is asked of the database. */
    BooleanSupplier migrated = DatabaseMigration::finished;

    @Override
    public HealthCheckResponse call() {
        if (!migrated.getAsBoolean()) {
            // not asked of the EJB: its refusal would be a system exception, logged with its stack by the container
            return HealthCheckResponse.down(NAME);
        }
        try {
            status.schemaVersion();
            return HealthCheckResponse.up(NAME);
        } catch (RuntimeException e) {
            LOG.warning(() -> "health: the database cannot be queried: " + e);
            LOG.log(Level.FINE, "health: the database cannot be queried", e);
            return HealthCheckResponse.down(NAME);
        }
    }
}
