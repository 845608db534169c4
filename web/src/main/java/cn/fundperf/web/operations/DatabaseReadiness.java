package cn.fundperf.web.operations;

import cn.fundperf.ejb.platform.SystemStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * /health/ready and /health/live: the application answers only "UP" when it can query its
 * database (Payara prints "ready" even when an application failed to deploy).
 */
@Readiness
@Liveness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    SystemStatus status;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("fundperf-database").up().withData("schema", status.schemaVersion()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("fundperf-database").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
