package cn.fundperf.ejb.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The working calendar the application counts deadlines with: config/working-calendar.properties as
 * built into the jar, each year's lines replaced by the same keys from MicroProfile Config (the file as
 * passed by ./run, -D options, environment). A wrong date stops the deployment instead of moving deadlines.
 */
@ApplicationScoped
public class WorkingCalendarProducer {

    private static final Logger LOG = Logger.getLogger(WorkingCalendarProducer.class.getName());
    static final String BUILT_IN = "working-calendar.properties";

    private WorkingCalendar calendar;

    @PostConstruct
    void read() {
        Map<String, String> settings = new HashMap<>(builtIn());
        Config config = ConfigProvider.getConfig();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(WorkingCalendar.PREFIX)) {
                settings.put(name, config.getOptionalValue(name, String.class).orElse(""));
            }
        }
        calendar = WorkingCalendar.of(settings);
        LOG.info(() -> "working calendar: holiday arrangements listed for " + calendar.years());
    }

    @Produces
    public WorkingCalendar calendar() {
        return calendar;
    }

    static Map<String, String> builtIn() {
        Map<String, String> settings = new HashMap<>();
        try (InputStream in = WorkingCalendarProducer.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                return settings;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name)));
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
