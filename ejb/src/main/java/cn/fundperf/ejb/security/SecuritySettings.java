package cn.fundperf.ejb.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The security limits, read from MicroProfile Config: defaults in the application's
 * microprofile-config.properties, overridden by config/*.properties, system properties or
 * environment variables (FUNDPERF_SECURITY_LOCKOUT_MAX_FAILURES...).
 */
@ApplicationScoped
public class SecuritySettings {

    @Inject
    @ConfigProperty(name = "fundperf.security.password.min-length", defaultValue = "8")
    int minLength;

    @Inject
    @ConfigProperty(name = "fundperf.security.password.min-classes", defaultValue = "3")
    int minClasses;

    @Inject
    @ConfigProperty(name = "fundperf.security.password.history", defaultValue = "5")
    int history;

    @Inject
    @ConfigProperty(name = "fundperf.security.password.max-age-days", defaultValue = "90")
    int maxAgeDays;

    @Inject
    @ConfigProperty(name = "fundperf.security.lockout.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "fundperf.security.lockout.minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    @ConfigProperty(name = "fundperf.security.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    @Inject
    @ConfigProperty(name = "fundperf.security.session.absolute-hours", defaultValue = "12")
    int absoluteHours;

    @Inject
    @ConfigProperty(name = "fundperf.security.api-throttle.max-failures-per-account", defaultValue = "10")
    int throttlePerAccount;

    @Inject
    @ConfigProperty(name = "fundperf.security.api-throttle.max-failures-per-address", defaultValue = "30")
    int throttlePerAddress;

    @Inject
    @ConfigProperty(name = "fundperf.security.api-throttle.window-seconds", defaultValue = "60")
    int throttleWindowSeconds;

    @Inject
    @ConfigProperty(name = "fundperf.security.password-reset.requires-approval", defaultValue = "false")
    boolean resetRequiresApproval;

    @Inject
    @ConfigProperty(name = "fundperf.security.api-token.default-days", defaultValue = "90")
    int tokenDefaultDays;

    @Inject
    @ConfigProperty(name = "fundperf.security.api-token.max-days", defaultValue = "365")
    int tokenMaxDays;

    @Inject
    @ConfigProperty(name = "fundperf.security.api-token.max-active-per-account", defaultValue = "5")
    int tokenMaxActive;

    public ApiTokenPolicy apiTokenPolicy() {
        return new ApiTokenPolicy(tokenDefaultDays, tokenMaxDays, tokenMaxActive);
    }

    /** Two persons for a password reset: the system administrator asks, the security administrator approves. */
    public boolean passwordResetRequiresApproval() {
        return resetRequiresApproval;
    }

    public LoginThrottlePolicy loginThrottlePolicy() {
        return new LoginThrottlePolicy(throttlePerAccount, throttlePerAddress, Duration.ofSeconds(throttleWindowSeconds));
    }

    public PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(minLength, minClasses, history, maxAgeDays);
    }

    public LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(maxFailures, Duration.ofMinutes(lockMinutes));
    }

    public SessionPolicy sessionPolicy() {
        return new SessionPolicy(Duration.ofMinutes(idleMinutes), Duration.ofHours(absoluteHours));
    }
}
