package cn.fundperf.ejb.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.fundperf.ejb.business.BusinessException;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrganizationTest {

    private final Region county = RegionTest.stored(new Region("520100", "扶贫县", RegionLevel.COUNTY, null), 1);
    private final Region township = RegionTest.stored(new Region("520101", "城关镇", RegionLevel.TOWNSHIP, county), 7);

    /** What persisting does: the database gives the id, then the service assigns the path. */
    private static Organization stored(Organization organization, long id) {
        try {
            Field field = Organization.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(organization, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        organization.assignPath();
        return organization;
    }

    private Organization aDepartment() {
        return new Organization("NY01", "县农业农村局", OrganizationType.SECTOR_DEPARTMENT, county, null);
    }

    @Test
    void a_using_unit_needs_a_parent_department() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new Organization("XX01", "县第一中学", OrganizationType.USING_UNIT, county, null));

        assertEquals("organization.parent.required", e.getKey());
    }

    @Test
    void a_unit_cannot_hang_under_a_finance_bureau() {
        Organization finance = new Organization("CZ01", "县财政局", OrganizationType.FINANCE, county, null);

        BusinessException e = assertThrows(BusinessException.class,
                () -> new Organization("XX01", "县第一中学", OrganizationType.USING_UNIT, county, finance));

        assertEquals("organization.parent.notDepartment", e.getKey());
        assertEquals(List.of("县财政局"), e.getArguments());
    }

    @Test
    void a_unit_cannot_hang_under_another_unit() {
        Organization school = new Organization("XX01", "县第一中学", OrganizationType.USING_UNIT, county, aDepartment());

        BusinessException e = assertThrows(BusinessException.class,
                () -> new Organization("XX02", "食堂", OrganizationType.USING_UNIT, county, school));

        assertEquals("organization.parent.notDepartment", e.getKey());
    }

    @ParameterizedTest
    @EnumSource(value = OrganizationType.class, names = {"SECTOR_DEPARTMENT", "DEVELOPMENT_REFORM", "POVERTY_OFFICE"})
    void a_unit_may_hang_under_a_department(OrganizationType departmentType) {
        Organization department = new Organization("BM01", "主管部门", departmentType, county, null);

        Organization unit = new Organization("XX01", "县第一中学", OrganizationType.USING_UNIT, township, department);

        assertSame(department, unit.getParent());
    }

    @ParameterizedTest
    @EnumSource(value = OrganizationType.class, names = "USING_UNIT", mode = EnumSource.Mode.EXCLUDE)
    void other_organizations_stand_on_their_own(OrganizationType type) {
        Organization organization = new Organization("JG01", "机构", type, county, null);

        assertNull(organization.getParent());
    }

    @Test
    void a_blank_name_is_refused() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new Organization("CZ01", " ", OrganizationType.FINANCE, county, null));

        assertEquals("organization.name.required", e.getKey());
    }

    @Test
    void a_blank_code_is_refused() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new Organization(null, "县财政局", OrganizationType.FINANCE, county, null));

        assertEquals("organization.code.required", e.getKey());
    }

    @Test
    void redescribing_with_a_blank_name_is_refused() {
        Organization finance = new Organization("CZ01", "县财政局", OrganizationType.FINANCE, county, null);

        BusinessException e = assertThrows(BusinessException.class, () -> finance.describe("", "李四", "123", null));

        assertEquals("organization.name.required", e.getKey());
    }

    @Test
    void blank_contact_details_are_cleared() {
        Organization finance = new Organization("CZ01", "县财政局", OrganizationType.FINANCE, county, null);
        finance.describe("县财政局", "李四", "0851-1234567", "czj@qinghe.example.gov.cn");

        finance.describe("县财政局", " ", "", " ");

        assertNull(finance.getContactPerson());
        assertNull(finance.getContactPhone());
        assertNull(finance.getContactEmail());
    }

    @Test
    void an_office_mailbox_must_look_like_one() {
        Organization finance = new Organization("CZ01", "县财政局", OrganizationType.FINANCE, county, null);

        assertEquals("organization.email.invalid",
                assertThrows(BusinessException.class, () -> finance.describe("县财政局", null, null, "czj at qinghe")).getKey());
        finance.describe("县财政局", null, null, " czj@qinghe.example.gov.cn ");
        assertEquals("czj@qinghe.example.gov.cn", finance.getContactEmail());
    }

    @Test
    void an_organization_takes_the_path_of_its_region() {
        Organization unit = new Organization("XX01", "县第一中学", OrganizationType.USING_UNIT, township, aDepartment());

        assertEquals("/1/7/", unit.regionPath());
    }

    @Test
    void a_unit_path_lies_under_its_department() {
        Organization department = stored(aDepartment(), 5);
        Organization unit = stored(
                new Organization("XX01", "县第一中学", OrganizationType.USING_UNIT, township, department), 9);

        assertEquals("/5/", department.organizationPath());
        assertEquals("/5/9/", unit.organizationPath());
    }
}
