package cn.fundperf.ejb.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.permission.Permission;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoleTest {

    private static final Set<Permission> BUSINESS = EnumSet.of(Permission.ORGANIZATION_READ, Permission.REFERENCE_READ,
            Permission.PROJECT_READ, Permission.PROJECT_EDIT, Permission.TARGET_EDIT, Permission.TARGET_DEPARTMENT_CHECK,
            Permission.BUDGET_ARRANGE, Permission.LIBRARY_PROPOSE, Permission.LIBRARY_APPROVE, Permission.REVIEW_MANAGE,
            Permission.REVIEW_TAKE_PART, Permission.TARGET_FILE, Permission.TARGET_APPROVE, Permission.FILING_READ, Permission.TARGET_ADJUST,
            Permission.MONITORING_READ, Permission.MONITORING_REPORT, Permission.MONITORING_RETURN, Permission.MONITORING_MANAGE,
            Permission.FUND_ACTION_DECIDE, Permission.RECTIFICATION_ISSUE);
    private static final Set<Permission> ADMINISTRATIVE = EnumSet.complementOf(EnumSet.copyOf(BUSINESS));

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SYSADMIN", "SECADMIN", "AUDITADMIN"})
    void an_administrator_has_no_business_permission(Role admin) {
        assertTrue(admin.isAdministrative());
        for (Permission permission : BUSINESS) {
            assertFalse(admin.grants(permission), admin + " grants " + permission);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SYSADMIN", "SECADMIN", "AUDITADMIN"}, mode = EnumSource.Mode.EXCLUDE)
    void a_business_role_has_no_administrator_permission(Role role) {
        assertFalse(role.isAdministrative());
        for (Permission permission : ADMINISTRATIVE) {
            assertFalse(role.grants(permission), role + " grants " + permission);
        }
        assertTrue(role.grants(Permission.REFERENCE_READ));
    }

    @Test
    void the_system_administrator_can_neither_assign_roles_nor_read_the_audit_log() {
        assertTrue(Role.SYSADMIN.grants(Permission.USER_MANAGE));
        assertFalse(Role.SYSADMIN.grants(Permission.ROLE_ASSIGN));
        assertFalse(Role.SYSADMIN.grants(Permission.AUDIT_READ));
        assertFalse(Role.SYSADMIN.grants(Permission.AUDIT_VERIFY));
    }

    @Test
    void the_security_administrator_can_neither_manage_users_nor_read_the_audit_log() {
        assertTrue(Role.SECADMIN.grants(Permission.ROLE_ASSIGN));
        assertFalse(Role.SECADMIN.grants(Permission.USER_MANAGE));
        assertFalse(Role.SECADMIN.grants(Permission.AUDIT_READ));
        assertFalse(Role.SECADMIN.grants(Permission.AUDIT_VERIFY));
    }

    @Test
    void the_audit_administrator_only_reads_and_verifies_the_audit_log() {
        assertEquals(EnumSet.of(Permission.AUDIT_READ, Permission.AUDIT_VERIFY), Role.AUDITADMIN.permissions());
    }

    @Test
    void no_permission_is_shared_between_two_administrator_roles() {
        Set<Permission> sys = Role.SYSADMIN.permissions();
        Set<Permission> sec = Role.SECADMIN.permissions();
        Set<Permission> audit = Role.AUDITADMIN.permissions();

        assertTrue(sys.stream().noneMatch(sec::contains));
        assertTrue(sys.stream().noneMatch(audit::contains));
        assertTrue(sec.stream().noneMatch(audit::contains));
    }

    @Test
    void changing_the_returned_permissions_does_not_change_the_role() {
        Role.UNIT.permissions().add(Permission.AUDIT_READ);

        assertFalse(Role.UNIT.grants(Permission.AUDIT_READ));
    }
}
