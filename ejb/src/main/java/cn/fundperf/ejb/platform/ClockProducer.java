package cn.fundperf.ejb.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One clock for the whole application, in the offices' time zone, replaceable in tests. The zone
 * ({@code fundperf.time-zone} in config/rules.properties) also sets the timers and every time shown:
 * the servers may run in UTC, the offices do not.
 */
@ApplicationScoped
public class ClockProducer {

    static final String DEFAULT_ZONE = "Asia/Shanghai";

    // for the few places no bean reaches (table rows, printed forms); the same zone the clock has
    private static volatile ZoneId configured = ZoneId.of(DEFAULT_ZONE);

    @Inject
    @ConfigProperty(name = "fundperf.time-zone", defaultValue = DEFAULT_ZONE)
    String zoneName;

    private ZoneId zone;

    @PostConstruct
    void readZone() {
        zone = ZoneId.of(zoneName.strip());   // a wrong zone name stops the deployment instead of shifting every time
        configured = zone;
    }

    @Produces
    public Clock clock() {
        return Clock.system(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The configured zone for code without an injected {@link Clock}; the default until the application has started. */
    public static ZoneId officeZone() {
        return configured;
    }
}
