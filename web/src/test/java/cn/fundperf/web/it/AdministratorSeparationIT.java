package cn.fundperf.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.business.BusinessException;
import cn.fundperf.ejb.business.NotPermittedException;
import cn.fundperf.ejb.security.AccountService;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.security.LastAdministratorException;
import cn.fundperf.ejb.security.LoginOutcome;
import cn.fundperf.ejb.security.PasswordResetNotice;
import cn.fundperf.ejb.security.Role;
import cn.fundperf.ejb.security.SeparationOfDutiesException;
import cn.fundperf.ejb.security.UserAccount;
import cn.fundperf.ejb.security.UserAdministrationService;
import cn.fundperf.ejb.security.UserAdministrationService.NewAccount;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 三员 separation that holds (issue 10 §3): the system administrator cannot take over or switch
 * off the security or audit administrator; the security administrator can, and the log shows it;
 * there is always a working audit administrator; a reset is told at the next login; two persons
 * for a reset when so configured.
 */
@ExtendWith(ArquillianExtension.class)
class AdministratorSeparationIT {

    private static final String NEW_PASSWORD = "Neu#Kennwort2026";

    @Deployment
    static WebArchive application() {
        return Deployments.applicationWithProbe().addClass(SwitchableSecuritySettings.class);
    }

    @Inject
    TestProbe probe;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccountService accounts;

    @Inject
    UserAdministrationService users;

    private void actAs(String username) {
        currentActor.set(probe.actor(username));
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** The account as the security administrator's screen reads it (fresh version); whoever acted acts on. */
    private UserAccount account(String username) {
        Actor acting = currentActor.isPresent() ? currentActor.get() : null;
        actAs("secadmin");
        try {
            return users.usersForRoleAssignment(username, 0, 100).stream()
                    .filter(user -> user.getUsername().equals(username)).findFirst().orElseThrow();
        } finally {
            if (acting != null) {
                currentActor.set(acting);
            }
        }
    }

    private NewAccount aBusinessUser() {
        actAs("sysadmin");
        return users.createUser(unique("sep"), "分立测试", null, probe.organizationId("DW-CGZ"));
    }

    /** A further administrator, made as in real life: the system administrator creates, the security administrator assigns. */
    private NewAccount anAdministrator(Role role) {
        actAs("sysadmin");
        NewAccount account = users.createUser(unique("adm"), "管理员测试", null, probe.organizationId("CZJ"));
        actAs("secadmin");
        users.assignRoles(account.id(), account(account.username()).getVersion(), EnumSet.of(role));
        return account;
    }

    /** Leaves the demo auditadmin the only working audit administrator. */
    private void disableEveryOtherAuditAdministrator() {
        actAs("secadmin");
        for (UserAccount user : users.usersForRoleAssignment(null, 0, 1000)) {
            if (user.getRoles().contains(Role.AUDITADMIN) && user.isEnabled() && !user.getUsername().equals("auditadmin")) {
                users.setAdministratorEnabled(user.getId(), user.getVersion(), false);
            }
        }
    }

    @Test
    void the_system_administrator_can_neither_reset_nor_disable_nor_change_nor_re_role_the_security_or_audit_administrator() {
        for (String admin : List.of("secadmin", "auditadmin")) {
            UserAccount before = account(admin);
            actAs("sysadmin");
            SeparationOfDutiesException reset = assertThrows(SeparationOfDutiesException.class,
                    () -> users.resetPassword(before.getId(), before.getVersion()));
            assertEquals("account.keptBySecurityAdministrator", reset.getKey());
            assertEquals("account.keptBySecurityAdministrator", assertThrows(SeparationOfDutiesException.class,
                    () -> users.setUserEnabled(before.getId(), before.getVersion(), false)).getKey());
            assertEquals("account.keptBySecurityAdministrator", assertThrows(SeparationOfDutiesException.class,
                    () -> users.describeUser(before.getId(), before.getVersion(), "冒名", null)).getKey());
            assertThrows(NotPermittedException.class, () -> users.assignRoles(before.getId(), before.getVersion(), EnumSet.noneOf(Role.class)));
            assertThrows(NotPermittedException.class, () -> users.setAdministratorEnabled(before.getId(), before.getVersion(), false));
            assertThrows(NotPermittedException.class, () -> users.resetAdministratorPassword(before.getId(), before.getVersion()));

            UserAccount after = account(admin);
            assertEquals(before.getVersion(), after.getVersion(), admin + " unchanged");
            assertTrue(after.isEnabled());
            assertEquals(before.getPasswordHash(), after.getPasswordHash());
        }
        assertTrue(probe.countAuditOf("security.administration.refused", "sysadmin") >= 6, "the refusals are in the audit log");
    }

    @Test
    void the_security_administrator_resets_disables_and_re_roles_an_administrator_and_the_log_shows_it() {
        NewAccount admin = anAdministrator(Role.AUDITADMIN);
        actAs("secadmin");
        String temporary = users.resetAdministratorPassword(admin.id(), account(admin.username()).getVersion());
        LoginOutcome login = accounts.authenticate(admin.username(), temporary, "10.2.2.2");
        assertTrue(login.succeeded());
        assertTrue(login.passwordChangeRequired());

        users.setAdministratorEnabled(admin.id(), account(admin.username()).getVersion(), false);
        assertFalse(account(admin.username()).isEnabled());
        users.setAdministratorEnabled(admin.id(), account(admin.username()).getVersion(), true);
        users.assignRoles(admin.id(), account(admin.username()).getVersion(), EnumSet.noneOf(Role.class));
        assertEquals(EnumSet.noneOf(Role.class), account(admin.username()).getRoles());

        String id = String.valueOf(admin.id());
        assertEquals(1, probe.countAuditOfEntity("user.passwordReset", id));
        assertEquals(1, probe.countAuditOfEntity("user.disabled", id));
        assertEquals(1, probe.countAuditOfEntity("user.enabled", id));
        assertEquals(2, probe.countAuditOfEntity("security.roles.assigned", id), "assigned, then taken away");

        NewAccount business = aBusinessUser();
        actAs("secadmin");
        assertEquals("account.keptBySystemAdministrator", assertThrows(SeparationOfDutiesException.class,
                () -> users.resetAdministratorPassword(business.id(), account(business.username()).getVersion())).getKey(),
                "a business user's password is not the security administrator's to reset");
    }

    @Test
    void the_last_working_audit_administrator_can_be_neither_disabled_nor_re_roled() {
        NewAccount second = anAdministrator(Role.AUDITADMIN);
        actAs("secadmin");
        users.setAdministratorEnabled(second.id(), account(second.username()).getVersion(), false);   // allowed: auditadmin remains
        disableEveryOtherAuditAdministrator();

        UserAccount last = account("auditadmin");
        LastAdministratorException disabled = assertThrows(LastAdministratorException.class,
                () -> users.setAdministratorEnabled(last.getId(), last.getVersion(), false));
        assertEquals("user.lastAdministrator", disabled.getKey());
        assertEquals(List.of(Role.AUDITADMIN), disabled.getArguments());
        assertEquals("user.lastAdministrator", assertThrows(LastAdministratorException.class,
                () -> users.assignRoles(last.getId(), last.getVersion(), EnumSet.noneOf(Role.class))).getKey());
        assertTrue(account("auditadmin").isEnabled());
        assertEquals(EnumSet.of(Role.AUDITADMIN), account("auditadmin").getRoles());
    }

    @Test
    void two_security_administrators_disabling_the_last_two_audit_administrators_at_once_leave_one() throws Exception {
        disableEveryOtherAuditAdministrator();
        NewAccount other = anAdministrator(Role.AUDITADMIN);
        NewAccount secondSecurity = anAdministrator(Role.SECADMIN);
        UserAccount demo = account("auditadmin");
        long otherVersion = account(other.username()).getVersion();

        List<Future<Object>> both = List.of(
                probe.asUser("secadmin", () -> {
                    users.setAdministratorEnabled(other.id(), otherVersion, false);
                    return "disabled";
                }),
                probe.asUser(secondSecurity.username(), () -> {
                    users.setAdministratorEnabled(demo.getId(), demo.getVersion(), false);
                    return "disabled";
                }));
        List<String> outcomes = new ArrayList<>();
        for (Future<Object> one : both) {
            try {
                outcomes.add((String) one.get());
            } catch (ExecutionException e) {
                Throwable cause = e;
                while (cause != null && !(cause instanceof BusinessException)) {
                    cause = cause.getCause();
                }
                outcomes.add(cause == null ? e.toString() : ((BusinessException) cause).getKey());
            }
        }
        try {
            assertEquals(List.of("disabled", "user.lastAdministrator"), outcomes.stream().sorted().toList());
        } finally {
            UserAccount demoAfter = account("auditadmin");
            if (!demoAfter.isEnabled()) {
                users.setAdministratorEnabled(demoAfter.getId(), demoAfter.getVersion(), true);
            }
        }
    }

    @Test
    void a_user_is_told_at_the_next_login_who_reset_the_password_and_when() {
        NewAccount user = aBusinessUser();
        actAs(user.username());
        accounts.changeOwnPassword(user.temporaryPassword(), NEW_PASSWORD);
        assertEquals(Optional.empty(), accounts.passwordResetNotice(user.id()), "a first password is no reset");

        actAs("sysadmin");
        String temporary = users.resetPassword(user.id(), account(user.username()).getVersion());
        LoginOutcome login = accounts.authenticate(user.username(), temporary, "10.3.3.3");
        assertTrue(login.succeeded());
        assertTrue(login.passwordChangeRequired(), "a reset password must be changed first");
        PasswordResetNotice notice = accounts.passwordResetNotice(user.id()).orElseThrow();
        assertEquals("系统管理员", notice.resetByName());
        assertEquals(probe.actor("sysadmin").organizationName(), notice.resetByOrganization());
        assertEquals(account(user.username()).getPasswordResetAt().withNano(0), notice.resetAt().withNano(0));

        actAs(user.username());
        accounts.changeOwnPassword(temporary, "Zweites#Kennwort7");
        assertEquals(Optional.empty(), accounts.passwordResetNotice(user.id()), "told until the password is the user's own again");
    }

    @Test
    void with_two_persons_the_system_administrator_requests_and_the_security_administrator_approves_or_rejects() {
        SwitchableSecuritySettings.twoPersonReset = true;
        try {
            NewAccount user = aBusinessUser();
            actAs("sysadmin");
            assertEquals("user.passwordReset.approvalRequired", assertThrows(BusinessException.class,
                    () -> users.resetPassword(user.id(), account(user.username()).getVersion())).getKey());
            actAs("sysadmin");
            users.requestPasswordReset(user.id(), account(user.username()).getVersion());
            actAs("sysadmin");
            assertEquals("user.passwordReset.alreadyRequested", assertThrows(BusinessException.class,
                    () -> users.requestPasswordReset(user.id(), account(user.username()).getVersion())).getKey());
            assertThrows(NotPermittedException.class, () -> users.approvePasswordReset(user.id(), account(user.username()).getVersion()));

            actAs("secadmin");
            assertTrue(users.pendingPasswordResets().stream().anyMatch(u -> u.getUsername().equals(user.username())));
            String temporary = users.approvePasswordReset(user.id(), account(user.username()).getVersion());
            assertNotEquals(user.temporaryPassword(), temporary);
            assertTrue(users.pendingPasswordResets().stream().noneMatch(u -> u.getUsername().equals(user.username())));
            assertTrue(accounts.authenticate(user.username(), temporary, "10.4.4.4").succeeded());
            assertEquals("安全管理员", accounts.passwordResetNotice(user.id()).orElseThrow().resetByName(),
                    "the approver reset it and handed it over");

            actAs("sysadmin");
            users.requestPasswordReset(user.id(), account(user.username()).getVersion());
            actAs("secadmin");
            users.rejectPasswordReset(user.id(), account(user.username()).getVersion());
            assertTrue(accounts.authenticate(user.username(), temporary, "10.4.4.4").succeeded(), "a rejection changes no password");
            assertEquals("user.passwordReset.notRequested", assertThrows(BusinessException.class,
                    () -> users.approvePasswordReset(user.id(), account(user.username()).getVersion())).getKey());

            String id = String.valueOf(user.id());
            assertEquals(2, probe.countAuditOfEntity("user.passwordReset.requested", id));
            assertEquals(1, probe.countAuditOfEntity("user.passwordReset.approved", id));
            assertEquals(1, probe.countAuditOfEntity("user.passwordReset.rejected", id));
            assertEquals(0, probe.countAuditOfEntity("user.passwordReset", id));
        } finally {
            SwitchableSecuritySettings.twoPersonReset = false;
        }
    }
}
