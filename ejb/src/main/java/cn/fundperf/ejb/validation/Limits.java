package cn.fundperf.ejb.validation;

import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How many lines one record may carry, and how many bytes one request (config/rules.properties,
 * MicroProfile Config). The defaults hold when no configuration is at hand (plain unit tests).
 */
public enum Limits {

    FUNDINGS("fundperf.limits.fundings-per-project", 20),
    INDICATORS("fundperf.limits.indicators-per-sheet", 200),
    MEMBERS("fundperf.limits.members-per-round", 30),
    IDS("fundperf.limits.ids-per-batch", 500),
    /** A JSON request body. */
    API_BODY_BYTES("fundperf.limits.api-body-bytes", 2 * 1024 * 1024),
    /** An uploaded workbook (API and the 导入申报表 screen): the one place that says 20 MB. */
    UPLOAD_BYTES("fundperf.limits.upload-bytes", 20 * 1024 * 1024);

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

    /** A byte limit in whole megabytes, as messages show it ("文件超过 20 MB"). */
    public long megabytes() {
        return Math.max(1, max() / 1024 / 1024);
    }

    /** The configured limit, or the default. */
    public int max() {
        try {
            Optional<Integer> configured = ConfigProvider.getConfig().getOptionalValue(setting, Integer.class);
            return configured.filter(n -> n > 0).orElse(fallback);
        } catch (RuntimeException | LinkageError noConfigurationHere) {
            // outside the server (plain tests, benchmarks) a system property still sets it, as it would inside
            return Integer.getInteger(setting, fallback);
        }
    }
}
