package cn.fundperf.ejb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** One clock for the whole application, in the offices' time zone, replaceable in tests. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    public Clock clock() {
        return Clock.system(OFFICE_ZONE);
    }
}
