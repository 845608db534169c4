package cn.fundperf.ejb.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.organization.ScopedRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Projects and target sheets carry a supervising department besides their organization: a
 * department sees what it supervises even when the unit hangs elsewhere in the organization tree.
 */
class DataScopeDepartmentTest {

    /** Region tree: county /1/ with township /1/7/. */
    private static final String TOWNSHIP = "/1/7/";

    /** The township's poverty office /6/ with its units /6/31/ and /6/32/. */
    private static final String TOWNSHIP_OFFICE = "/6/";
    private static final String TOWNSHIP_UNIT = "/6/31/";
    private static final String SIBLING_UNIT = "/6/32/";

    /** The county education bureau /20/, and the agriculture bureau /2/ whose id is a prefix of 20. */
    private static final String EDUCATION_BUREAU = "/20/";
    private static final String AGRICULTURE_BUREAU = "/2/";

    private record Project(String organizationPath, String departmentPath, String regionPath) implements ScopedRecord {
    }

    /** The township unit's school-meal project, supervised by the education bureau. */
    private static final Project SCHOOL_MEALS = new Project(TOWNSHIP_UNIT, EDUCATION_BUREAU, TOWNSHIP);

    private static DataScope scopeOf(Role role, String organizationPath) {
        return DataScope.of(List.of(role), organizationPath, TOWNSHIP);
    }

    @Test
    void a_department_sees_a_project_it_supervises_of_a_unit_outside_its_tree() {
        assertTrue(scopeOf(Role.DEPT, EDUCATION_BUREAU).permits(SCHOOL_MEALS));
    }

    @Test
    void a_department_sees_a_supervised_project_of_a_unit_below_it_too() {
        Project project = new Project(EDUCATION_BUREAU + "40/", EDUCATION_BUREAU, TOWNSHIP);

        assertTrue(scopeOf(Role.DEPT, EDUCATION_BUREAU).permits(project));
    }

    @Test
    void a_department_does_not_see_a_project_another_department_supervises() {
        Project roads = new Project(SIBLING_UNIT, "/30/", TOWNSHIP);

        assertFalse(scopeOf(Role.DEPT, EDUCATION_BUREAU).permits(roads));
    }

    @Test
    void a_department_does_not_see_what_a_department_with_a_longer_id_supervises() {
        assertFalse(scopeOf(Role.DEPT, AGRICULTURE_BUREAU).permits(SCHOOL_MEALS));
    }

    @Test
    void the_units_own_parent_still_sees_a_project_supervised_elsewhere() {
        DataScope scope = DataScope.of(List.of(Role.DEPT), TOWNSHIP_OFFICE, TOWNSHIP);

        assertTrue(scope.permits(SCHOOL_MEALS));
    }

    @Test
    void a_unit_sees_its_own_project_supervised_by_another_department() {
        assertTrue(scopeOf(Role.UNIT, TOWNSHIP_UNIT).permits(SCHOOL_MEALS));
    }

    @Test
    void a_unit_does_not_see_a_sibling_units_project_under_the_same_supervisor() {
        assertFalse(scopeOf(Role.UNIT, SIBLING_UNIT).permits(SCHOOL_MEALS));
    }
}
