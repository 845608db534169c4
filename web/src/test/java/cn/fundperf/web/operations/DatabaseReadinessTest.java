package cn.fundperf.web.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.platform.SystemStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /health is open to anybody: it tells the status, never why (that goes to the server log). */
class DatabaseReadinessTest {

    @BeforeAll
    static void withoutAServer() {
        HealthCheckResponse.setResponseProvider(Builder::new);
    }

    private static DatabaseReadiness readiness(SystemStatus status) {
        DatabaseReadiness readiness = new DatabaseReadiness();
        readiness.status = status;
        readiness.migrated = () -> true;
        return readiness;
    }

    @Test
    void while_flyway_migrates_it_is_down_without_asking_the_database() {
        DatabaseReadiness readiness = readiness(new SystemStatus() {
            @Override
            public String schemaVersion() {
                throw new AssertionError("the history table is being created: asking it logs a stack trace");
            }
        });
        readiness.migrated = () -> false;

        assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus());
    }

    @Test
    void an_unreachable_database_is_down_without_the_exception_text() {
        HealthCheckResponse response = readiness(new SystemStatus() {
            @Override
            public String schemaVersion() {
                throw new IllegalStateException("Connection to db.internal:5432 refused, user fundperf");
            }
        }).call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertTrue(response.getData().isEmpty() || response.getData().get().isEmpty(), () -> response.getData().toString());
    }

    @Test
    void a_reachable_database_is_up_and_says_nothing_more() {
        HealthCheckResponse response = readiness(new SystemStatus() {
            @Override
            public String schemaVersion() {
                return "5";
            }
        }).call();

        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertTrue(response.getData().isEmpty() || response.getData().get().isEmpty(), () -> response.getData().toString());
    }

    /** What Payara's provider does, in a few lines. */
    private static final class Builder extends HealthCheckResponseBuilder {
        private String name;
        private boolean up;
        private final Map<String, Object> data = new LinkedHashMap<>();

        @Override public HealthCheckResponseBuilder name(String newName) { name = newName; return this; }
        @Override public HealthCheckResponseBuilder withData(String key, String value) { data.put(key, value); return this; }
        @Override public HealthCheckResponseBuilder withData(String key, long value) { data.put(key, value); return this; }
        @Override public HealthCheckResponseBuilder withData(String key, boolean value) { data.put(key, value); return this; }
        @Override public HealthCheckResponseBuilder up() { up = true; return this; }
        @Override public HealthCheckResponseBuilder down() { up = false; return this; }
        @Override public HealthCheckResponseBuilder status(boolean isUp) { up = isUp; return this; }

        @Override
        public HealthCheckResponse build() {
            return new HealthCheckResponse(name, up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                    data.isEmpty() ? Optional.empty() : Optional.of(Map.copyOf(data)));
        }
    }
}
