package cn.fundperf.web.it;

import cn.fundperf.ejb.security.SecuritySettings;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

/**
 * Test-only settings for AdministratorSeparationIT: the two-person password reset is switched on
 * and off by the test (configuration is read once at start in the real application).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class SwitchableSecuritySettings extends SecuritySettings {

    static volatile boolean twoPersonReset;

    @Override
    public boolean passwordResetRequiresApproval() {
        return twoPersonReset;
    }
}
