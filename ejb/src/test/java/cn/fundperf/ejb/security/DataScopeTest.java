package cn.fundperf.ejb.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.organization.ScopedRecord;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DataScopeTest {

    /** Region tree: county /1/, its townships /1/2/ and /1/3/; another county /10/. */
    private static final String COUNTY = "/1/";
    private static final String TOWNSHIP = "/1/2/";
    private static final String OTHER_TOWNSHIP = "/1/3/";
    private static final String OTHER_COUNTY = "/10/";

    /** Organization tree: department /5/ with units /5/9/ and /5/11/; department /50/ with unit /50/7/. */
    private static final String DEPARTMENT = "/5/";
    private static final String UNIT = "/5/9/";
    private static final String SIBLING_UNIT = "/5/11/";
    private static final String LOOKALIKE_DEPARTMENT = "/50/";
    private static final String LOOKALIKE_UNIT = "/50/7/";

    private record Sheet(String organizationPath, String regionPath) implements ScopedRecord {
    }

    private static DataScope scopeOf(Iterable<Role> roles, String organizationPath, String regionPath) {
        return DataScope.of(roles, organizationPath, regionPath);
    }

    @Test
    void a_unit_sees_its_own_records() {
        DataScope scope = scopeOf(List.of(Role.UNIT), UNIT, TOWNSHIP);

        assertTrue(scope.permits(new Sheet(UNIT, TOWNSHIP)));
    }

    @Test
    void a_unit_does_not_see_a_sibling_unit() {
        DataScope scope = scopeOf(List.of(Role.UNIT), UNIT, TOWNSHIP);

        assertFalse(scope.permits(new Sheet(SIBLING_UNIT, TOWNSHIP)));
    }

    @Test
    void a_unit_does_not_see_an_organization_below_it() {
        DataScope scope = scopeOf(List.of(Role.UNIT), UNIT, TOWNSHIP);

        assertFalse(scope.permits(new Sheet(UNIT + "12/", TOWNSHIP)));
    }

    @Test
    void a_unit_does_not_see_its_department() {
        DataScope scope = scopeOf(List.of(Role.UNIT), UNIT, TOWNSHIP);

        assertFalse(scope.permits(new Sheet(DEPARTMENT, COUNTY)));
    }

    @Test
    void a_department_sees_itself_and_its_units() {
        DataScope scope = scopeOf(List.of(Role.DEPT), DEPARTMENT, COUNTY);

        assertTrue(scope.permits(new Sheet(DEPARTMENT, COUNTY)));
        assertTrue(scope.permits(new Sheet(UNIT, TOWNSHIP)));
        assertTrue(scope.permits(new Sheet(SIBLING_UNIT, OTHER_COUNTY)));
    }

    @Test
    void a_department_does_not_see_a_department_whose_id_starts_with_the_same_digits() {
        DataScope scope = scopeOf(List.of(Role.DEPT), DEPARTMENT, COUNTY);

        assertFalse(scope.permits(new Sheet(LOOKALIKE_DEPARTMENT, COUNTY)));
        assertFalse(scope.permits(new Sheet(LOOKALIKE_UNIT, COUNTY)));
    }

    @Test
    void a_job_of_the_whole_installation_sees_every_record() {
        Actor job = Actor.system("job:TEST", DataScope.jurisdiction("/"));

        assertTrue(job.scope().permits(new Sheet(UNIT, COUNTY)));
        assertTrue(job.scope().permits(new Sheet(LOOKALIKE_UNIT, OTHER_COUNTY + "4/")));
        assertTrue(job.isSystem());
    }

    @Test
    void a_job_of_a_jurisdiction_sees_that_region_subtree_only() {
        DataScope county = DataScope.jurisdiction(COUNTY);

        assertTrue(county.permits(new Sheet(UNIT, TOWNSHIP)));
        assertFalse(county.permits(new Sheet(UNIT, OTHER_COUNTY)));
    }

    @Test
    void other_system_actors_still_see_nothing() {
        assertTrue(Actor.system("demo").scope().isEmpty());
    }

    @Test
    void a_finance_bureau_sees_its_region_subtree() {
        DataScope scope = scopeOf(List.of(Role.FINANCE), "/3/", COUNTY);

        assertTrue(scope.permits(new Sheet(UNIT, COUNTY)));
        assertTrue(scope.permits(new Sheet(UNIT, TOWNSHIP)));
        assertTrue(scope.permits(new Sheet(LOOKALIKE_UNIT, OTHER_TOWNSHIP)));
    }

    @Test
    void a_finance_bureau_does_not_see_another_region() {
        DataScope scope = scopeOf(List.of(Role.FINANCE), "/3/", COUNTY);

        assertFalse(scope.permits(new Sheet(UNIT, OTHER_COUNTY)));
        assertFalse(scope.permits(new Sheet(UNIT, OTHER_COUNTY + "4/")));
    }

    @Test
    void a_township_finance_bureau_does_not_see_its_county_or_a_neighbouring_township() {
        DataScope scope = scopeOf(List.of(Role.FINANCE), "/3/", TOWNSHIP);

        assertFalse(scope.permits(new Sheet(UNIT, COUNTY)));
        assertFalse(scope.permits(new Sheet(UNIT, OTHER_TOWNSHIP)));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"REVIEWER", "EVALUATOR"})
    void an_assigned_role_alone_sees_nothing_by_scope(Role role) {
        DataScope scope = scopeOf(List.of(role), UNIT, TOWNSHIP);

        assertTrue(scope.isEmpty());
        assertFalse(scope.permits(new Sheet(UNIT, TOWNSHIP)));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SYSADMIN", "SECADMIN", "AUDITADMIN"})
    void an_administrator_sees_no_business_record(Role admin) {
        DataScope scope = scopeOf(List.of(admin), DEPARTMENT, COUNTY);

        assertTrue(scope.isEmpty());
        assertFalse(scope.permits(new Sheet(DEPARTMENT, COUNTY)));
        assertFalse(scope.permits(new Sheet(UNIT, TOWNSHIP)));
    }

    @Test
    void roles_add_up_to_the_union_of_their_grants() {
        DataScope both = scopeOf(List.of(Role.UNIT, Role.REVIEWER), UNIT, TOWNSHIP);
        DataScope unitOnly = scopeOf(List.of(Role.UNIT), UNIT, TOWNSHIP);

        assertEquals(unitOnly.grants(), both.grants());
        assertTrue(both.permits(new Sheet(UNIT, TOWNSHIP)));
        assertFalse(both.permits(new Sheet(SIBLING_UNIT, TOWNSHIP)));
    }

    @Test
    void a_department_that_is_also_a_poverty_office_sees_both_reaches() {
        DataScope scope = scopeOf(EnumSet.of(Role.DEPT, Role.POVERTY_OFFICE), DEPARTMENT, TOWNSHIP);

        assertTrue(scope.permits(new Sheet(UNIT, OTHER_COUNTY)));
        assertTrue(scope.permits(new Sheet(LOOKALIKE_UNIT, TOWNSHIP)));
        assertFalse(scope.permits(new Sheet(LOOKALIKE_UNIT, OTHER_TOWNSHIP)));
    }

    @Test
    void roles_with_the_same_reach_give_one_grant() {
        DataScope scope = scopeOf(List.of(Role.FINANCE, Role.AUDITOR), "/3/", COUNTY);

        assertEquals(1, scope.grants().size());
    }

    @Test
    void nothing_permits_nothing() {
        assertTrue(DataScope.nothing().isEmpty());
        assertFalse(DataScope.nothing().permits(new Sheet(UNIT, TOWNSHIP)));
        assertFalse(DataScope.nothing().permits(new Sheet("/", "/")));
    }

    @Test
    void no_roles_see_nothing() {
        DataScope scope = scopeOf(List.of(), UNIT, TOWNSHIP);

        assertFalse(scope.permits(new Sheet(UNIT, TOWNSHIP)));
    }
}
