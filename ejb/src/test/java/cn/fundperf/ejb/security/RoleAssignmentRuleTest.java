package cn.fundperf.ejb.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.business.BusinessException;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.organization.OrganizationType;
import cn.fundperf.ejb.organization.Region;
import cn.fundperf.ejb.organization.RegionLevel;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoleAssignmentRuleTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 9, 0);

    private final Region county = new Region("520100", "扶贫县", RegionLevel.COUNTY, null);
    private final Organization finance = new Organization("CZ01", "县财政局", OrganizationType.FINANCE, county, null);
    private final Organization agriculture =
            new Organization("NY01", "县农业农村局", OrganizationType.SECTOR_DEPARTMENT, county, null);
    private final Organization school = new Organization("XX01", "县第一中学", OrganizationType.USING_UNIT, county, agriculture);

    private static UserAccount memberOf(Organization organization) {
        return new UserAccount("zhangsan", "张三", organization, "hash", NOW.minusDays(1));
    }

    // ---- the rule ------------------------------------------------------------------------------

    @Test
    void one_administrator_role_alone_is_allowed() {
        for (Role admin : List.of(Role.SYSADMIN, Role.SECADMIN, Role.AUDITADMIN)) {
            assertEquals(List.of(), RoleAssignmentRule.violations(EnumSet.of(admin), OrganizationType.FINANCE, false));
        }
    }

    @Test
    void two_administrator_roles_are_refused() {
        assertEquals(List.of("role.assign.adminDutiesCombined"),
                RoleAssignmentRule.violations(EnumSet.of(Role.SYSADMIN, Role.AUDITADMIN), OrganizationType.FINANCE, false));
        assertEquals(List.of("role.assign.adminDutiesCombined"),
                RoleAssignmentRule.violations(EnumSet.of(Role.SECADMIN, Role.AUDITADMIN), OrganizationType.FINANCE, false));
    }

    @Test
    void an_administrator_role_with_a_business_role_is_refused() {
        assertEquals(List.of("role.assign.adminWithBusiness"),
                RoleAssignmentRule.violations(EnumSet.of(Role.SECADMIN, Role.FINANCE), OrganizationType.FINANCE, false));
        assertEquals(List.of("role.assign.adminWithBusiness"),
                RoleAssignmentRule.violations(EnumSet.of(Role.AUDITADMIN, Role.REVIEWER), OrganizationType.FINANCE, false));
    }

    @Test
    void changing_ones_own_roles_is_refused() {
        assertEquals(List.of("role.assign.own"),
                RoleAssignmentRule.violations(EnumSet.of(Role.FINANCE), OrganizationType.FINANCE, true));
    }

    @Test
    void a_business_role_must_fit_the_organization_type() {
        assertEquals(List.of("role.assign.organizationType:UNIT"),
                RoleAssignmentRule.violations(EnumSet.of(Role.UNIT), OrganizationType.FINANCE, false));
        assertEquals(List.of("role.assign.organizationType:FINANCE"),
                RoleAssignmentRule.violations(EnumSet.of(Role.FINANCE), OrganizationType.USING_UNIT, false));
    }

    @ParameterizedTest
    @EnumSource(OrganizationType.class)
    void a_reviewer_fits_any_organization_type(OrganizationType type) {
        assertEquals(List.of(), RoleAssignmentRule.violations(EnumSet.of(Role.REVIEWER), type, false));
    }

    @Test
    void fitting_business_roles_may_be_combined() {
        assertEquals(List.of(),
                RoleAssignmentRule.violations(EnumSet.of(Role.DEPT, Role.REVIEWER), OrganizationType.SECTOR_DEPARTMENT, false));
    }

    @Test
    void every_broken_rule_is_reported() {
        List<String> broken = RoleAssignmentRule.violations(
                EnumSet.of(Role.SYSADMIN, Role.SECADMIN, Role.UNIT), OrganizationType.FINANCE, true);

        assertTrue(broken.containsAll(List.of("role.assign.own", "role.assign.adminDutiesCombined",
                "role.assign.adminWithBusiness", "role.assign.organizationType:UNIT")), broken.toString());
    }

    // ---- through the account ---------------------------------------------------------------

    @Test
    void assigning_two_administrator_roles_is_refused() {
        UserAccount user = memberOf(finance);

        BusinessException e = assertThrows(BusinessException.class,
                () -> user.assignRoles(EnumSet.of(Role.SYSADMIN, Role.SECADMIN), false, NOW));

        assertEquals("role.assign.adminDutiesCombined", e.getKey());
        assertEquals(Set.of(), user.getRoles());
    }

    @Test
    void assigning_an_administrator_role_with_a_business_role_is_refused() {
        UserAccount user = memberOf(finance);

        BusinessException e = assertThrows(BusinessException.class,
                () -> user.assignRoles(EnumSet.of(Role.SYSADMIN, Role.FINANCE), false, NOW));

        assertEquals("role.assign.adminWithBusiness", e.getKey());
    }

    @Test
    void assigning_roles_to_ones_own_account_is_refused() {
        UserAccount user = memberOf(finance);

        BusinessException e = assertThrows(BusinessException.class,
                () -> user.assignRoles(EnumSet.of(Role.FINANCE), true, NOW));

        assertEquals("role.assign.own", e.getKey());
    }

    @Test
    void assigning_the_unit_role_in_a_finance_bureau_is_refused_naming_the_role() {
        UserAccount user = memberOf(finance);

        BusinessException e = assertThrows(BusinessException.class,
                () -> user.assignRoles(EnumSet.of(Role.UNIT), false, NOW));

        assertEquals("role.assign.organizationType", e.getKey());
        assertEquals(List.of(Role.UNIT), e.getArguments(), "the role itself, shown by its label");
    }

    @Test
    void a_reviewer_can_be_assigned_in_a_using_unit() {
        UserAccount user = memberOf(school);

        user.assignRoles(EnumSet.of(Role.UNIT, Role.REVIEWER), false, NOW);

        assertEquals(EnumSet.of(Role.UNIT, Role.REVIEWER), user.getRoles());
    }

    @Test
    void a_valid_assignment_replaces_the_roles() {
        UserAccount user = memberOf(agriculture);
        user.assignRoles(EnumSet.of(Role.DEPT, Role.REVIEWER), false, NOW);

        user.assignRoles(EnumSet.of(Role.SYSADMIN), false, NOW.plusHours(1));

        assertEquals(EnumSet.of(Role.SYSADMIN), user.getRoles());
        assertEquals("[SYSADMIN]", user.rolesSummary());
    }

    @Test
    void a_refused_assignment_keeps_the_previous_roles() {
        UserAccount user = memberOf(finance);
        user.assignRoles(EnumSet.of(Role.FINANCE), false, NOW);

        assertThrows(BusinessException.class, () -> user.assignRoles(EnumSet.of(Role.FINANCE, Role.AUDITADMIN), false, NOW));

        assertEquals(EnumSet.of(Role.FINANCE), user.getRoles());
    }
}
