package cn.fundperf.ejb.security;

import static cn.fundperf.ejb.security.AccountAdministrationRule.Action.ASSIGN_ROLES;
import static cn.fundperf.ejb.security.AccountAdministrationRule.Action.DECIDE_PASSWORD_RESET;
import static cn.fundperf.ejb.security.AccountAdministrationRule.Action.DESCRIBE;
import static cn.fundperf.ejb.security.AccountAdministrationRule.Action.DISABLE;
import static cn.fundperf.ejb.security.AccountAdministrationRule.Action.ENABLE;
import static cn.fundperf.ejb.security.AccountAdministrationRule.Action.REQUEST_PASSWORD_RESET;
import static cn.fundperf.ejb.security.AccountAdministrationRule.Action.RESET_PASSWORD;
import static cn.fundperf.ejb.security.AccountAdministrationRule.Action.UNLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.fundperf.ejb.security.AccountAdministrationRule.Action;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountAdministrationRuleTest {

    private static final Set<Role> SYSADMIN = EnumSet.of(Role.SYSADMIN);
    private static final Set<Role> SECADMIN = EnumSet.of(Role.SECADMIN);
    private static final Set<Role> AUDITADMIN = EnumSet.of(Role.AUDITADMIN);
    private static final Set<Role> FINANCE = EnumSet.of(Role.FINANCE);
    private static final Set<Role> NO_ROLE = EnumSet.noneOf(Role.class);

    private static Optional<String> refusal(Set<Role> actor, Set<Role> account, Action action) {
        return AccountAdministrationRule.refusal(actor, account, false, action);
    }

    // ---- who keeps whom ------------------------------------------------------------------------

    @Test
    void the_security_administrator_keeps_every_administrators_account_and_the_system_administrator_the_others() {
        assertEquals(Role.SECADMIN, AccountAdministrationRule.keeperOf(SYSADMIN));
        assertEquals(Role.SECADMIN, AccountAdministrationRule.keeperOf(SECADMIN));
        assertEquals(Role.SECADMIN, AccountAdministrationRule.keeperOf(AUDITADMIN));
        assertEquals(Role.SYSADMIN, AccountAdministrationRule.keeperOf(FINANCE));
        assertEquals(Role.SYSADMIN, AccountAdministrationRule.keeperOf(NO_ROLE));
    }

    @ParameterizedTest
    @EnumSource(value = Action.class, names = {"DESCRIBE", "ENABLE", "DISABLE", "RESET_PASSWORD", "REQUEST_PASSWORD_RESET"})
    void the_system_administrator_cannot_touch_the_security_or_audit_administrators_account(Action action) {
        assertEquals(Optional.of("account.keptBySecurityAdministrator"), refusal(SYSADMIN, SECADMIN, action));
        assertEquals(Optional.of("account.keptBySecurityAdministrator"), refusal(SYSADMIN, AUDITADMIN, action));
        assertEquals(Optional.of("account.keptBySecurityAdministrator"), refusal(SYSADMIN, SYSADMIN, action), "nor another system administrator's");
    }

    @ParameterizedTest
    @EnumSource(value = Action.class, names = {"ASSIGN_ROLES", "UNLOCK", "DECIDE_PASSWORD_RESET"})
    void the_system_administrator_neither_assigns_roles_nor_unlocks_nor_approves(Action action) {
        assertEquals(Optional.of("account.keptBySecurityAdministrator"), refusal(SYSADMIN, FINANCE, action));
        assertEquals(Optional.of("account.keptBySecurityAdministrator"), refusal(SYSADMIN, AUDITADMIN, action));
    }

    @ParameterizedTest
    @EnumSource(value = Action.class, names = {"DESCRIBE", "ENABLE", "DISABLE", "RESET_PASSWORD", "REQUEST_PASSWORD_RESET"})
    void the_system_administrator_keeps_business_users(Action action) {
        assertEquals(Optional.empty(), refusal(SYSADMIN, FINANCE, action));
        assertEquals(Optional.empty(), refusal(SYSADMIN, NO_ROLE, action));
    }

    @ParameterizedTest
    @EnumSource(value = Action.class, names = {"ENABLE", "DISABLE", "RESET_PASSWORD", "ASSIGN_ROLES", "UNLOCK"})
    void the_security_administrator_keeps_the_administrators_accounts(Action action) {
        assertEquals(Optional.empty(), refusal(SECADMIN, AUDITADMIN, action));
        assertEquals(Optional.empty(), refusal(SECADMIN, SYSADMIN, action));
        assertEquals(Optional.empty(), refusal(SECADMIN, SECADMIN, action), "another security administrator's");
    }

    @Test
    void the_security_administrator_assigns_roles_unlocks_and_decides_resets_of_business_users_but_does_not_reset_or_disable_them() {
        assertEquals(Optional.empty(), refusal(SECADMIN, FINANCE, ASSIGN_ROLES));
        assertEquals(Optional.empty(), refusal(SECADMIN, FINANCE, UNLOCK));
        assertEquals(Optional.empty(), refusal(SECADMIN, FINANCE, DECIDE_PASSWORD_RESET));
        assertEquals(Optional.of("account.keptBySystemAdministrator"), refusal(SECADMIN, FINANCE, RESET_PASSWORD));
        assertEquals(Optional.of("account.keptBySystemAdministrator"), refusal(SECADMIN, FINANCE, DISABLE));
        assertEquals(Optional.of("account.keptBySystemAdministrator"), refusal(SECADMIN, FINANCE, DESCRIBE));
        assertEquals(Optional.of("account.keptBySystemAdministrator"), refusal(SECADMIN, FINANCE, REQUEST_PASSWORD_RESET));
    }

    @Test
    void personal_api_tokens_are_the_security_administrators_never_the_system_administrators_nor_for_ones_own_account() {
        assertEquals(Optional.empty(), refusal(SECADMIN, FINANCE, Action.MANAGE_TOKENS));
        assertEquals(Optional.of("account.keptBySecurityAdministrator"), refusal(SYSADMIN, FINANCE, Action.MANAGE_TOKENS));
        assertEquals(Optional.of("account.administer.own"),
                AccountAdministrationRule.refusal(SECADMIN, SECADMIN, true, Action.MANAGE_TOKENS));
    }

    @Test
    void an_administrators_password_is_never_a_matter_of_request_and_approval() {
        assertEquals(Optional.of("account.keptBySecurityAdministrator"), refusal(SECADMIN, AUDITADMIN, DECIDE_PASSWORD_RESET));
    }

    @Test
    void the_audit_administrator_and_business_users_administer_nobody() {
        for (Action action : Action.values()) {
            assertEquals(true, refusal(AUDITADMIN, FINANCE, action).isPresent(), action::name);
            assertEquals(true, refusal(FINANCE, NO_ROLE, action).isPresent(), action::name);
        }
    }

    @Test
    void nobody_administers_their_own_account_except_their_name_and_phone() {
        assertEquals(Optional.of("user.disable.own"), AccountAdministrationRule.refusal(SECADMIN, SECADMIN, true, DISABLE));
        assertEquals(Optional.of("user.disable.own"), AccountAdministrationRule.refusal(SYSADMIN, SYSADMIN, true, ENABLE));
        assertEquals(Optional.of("role.assign.own"), AccountAdministrationRule.refusal(SECADMIN, SECADMIN, true, ASSIGN_ROLES));
        assertEquals(Optional.of("account.administer.own"), AccountAdministrationRule.refusal(SECADMIN, SECADMIN, true, RESET_PASSWORD));
        assertEquals(Optional.of("account.administer.own"), AccountAdministrationRule.refusal(SYSADMIN, SYSADMIN, true, RESET_PASSWORD));
        assertEquals(Optional.empty(), AccountAdministrationRule.refusal(SYSADMIN, SYSADMIN, true, DESCRIBE));
    }

    // ---- a working audit and security administrator --------------------------------------------

    @Test
    void disabling_the_last_audit_administrator_is_refused() {
        assertEquals(Optional.of(Role.AUDITADMIN),
                AccountAdministrationRule.lastOfItsDuty(AUDITADMIN, true, AUDITADMIN, false, duty -> false));
    }

    @Test
    void taking_the_role_from_the_last_audit_or_security_administrator_is_refused() {
        assertEquals(Optional.of(Role.AUDITADMIN),
                AccountAdministrationRule.lastOfItsDuty(AUDITADMIN, true, SYSADMIN, true, duty -> false));
        assertEquals(Optional.of(Role.SECADMIN),
                AccountAdministrationRule.lastOfItsDuty(SECADMIN, true, NO_ROLE, true, duty -> false));
    }

    @Test
    void another_working_holder_of_the_duty_allows_the_change() {
        assertEquals(Optional.empty(), AccountAdministrationRule.lastOfItsDuty(AUDITADMIN, true, AUDITADMIN, false, duty -> true));
        assertEquals(Optional.empty(), AccountAdministrationRule.lastOfItsDuty(SECADMIN, true, FINANCE, true, duty -> duty == Role.SECADMIN));
    }

    @Test
    void an_account_that_does_not_work_in_the_duty_may_change_freely() {
        assertEquals(Optional.empty(), AccountAdministrationRule.lastOfItsDuty(AUDITADMIN, false, NO_ROLE, false, duty -> false),
                "already disabled");
        assertEquals(Optional.empty(), AccountAdministrationRule.lastOfItsDuty(SYSADMIN, true, SYSADMIN, false, duty -> false),
                "the system administrator's duty is not indispensable here");
        assertEquals(Optional.empty(), AccountAdministrationRule.lastOfItsDuty(AUDITADMIN, true, AUDITADMIN, true, duty -> false),
                "keeps working");
    }
}
