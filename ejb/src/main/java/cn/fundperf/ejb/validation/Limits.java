package cn.fundperf.ejb.validation;

import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How many lines one record may carry (config/rules.properties, MicroProfile Config). The defaults
 * hold when no configuration is at hand (plain unit tests).
 */
public enum Limits {

    FUNDINGS("fundperf.limits.fundings-per-project", 20),
    INDICATORS("fundperf.limits.indicators-per-sheet", 200),
    MEMBERS("fundperf.limits.members-per-round", 30),
    IDS("fundperf.limits.ids-per-batch", 500);

    private final String setting;
    private final int fallback;

    Limits(String setting, int fallback) {
        this.setting = setting;
        this.fallback = fallback;
    }

    public String setting() {
        return setting;
    }

    public int fallback() {
        return fallback;
    }

    /** The configured limit, or the default. */
    public int max() {
        try {
            Optional<Integer> configured = ConfigProvider.getConfig().getOptionalValue(setting, Integer.class);
            return configured.filter(n -> n > 0).orElse(fallback);
        } catch (RuntimeException | LinkageError noConfigurationHere) {
            return fallback;
        }
    }
}
