package cn.fundperf.web.it;

import cn.fundperf.ejb.security.SecuritySettings;
import cn.fundperf.ejb.security.SessionPolicy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

/**
 * Test-only settings: the two-person password reset (AdministratorSeparationIT) and short session
 * limits (SessionLimitsIT) are switched on and off by the tests (configuration is read once at start
 * in the real application).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class SwitchableSecuritySettings extends SecuritySettings {

    static volatile boolean twoPersonReset;

    /** Session limits of seconds instead of minutes; null: the configured ones. */
    static volatile SessionPolicy sessions;

    @Override
    public SessionPolicy sessionPolicy() {
        SessionPolicy shortened = sessions;
        return shortened != null ? shortened : super.sessionPolicy();
    }

    @Override
    public boolean passwordResetRequiresApproval() {
        return twoPersonReset;
    }
}
