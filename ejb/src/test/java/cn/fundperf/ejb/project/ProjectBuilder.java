package cn.fundperf.ejb.project;

import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.organization.OrganizationType;
import cn.fundperf.ejb.organization.Region;
import cn.fundperf.ejb.organization.RegionLevel;
import cn.fundperf.ejb.reference.FundCategory;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Test data for projects: a using unit (/5/9/) of the 城关镇 township (/1/7/) under the county's
 * agriculture bureau (/5/), with stored ids and paths as the services would assign them.
 */
public final class ProjectBuilder {

    public static final LocalDateTime CREATED = LocalDateTime.of(2026, 3, 2, 9, 0);

    private final Region county = stored(new Region("520100", "扶贫县", RegionLevel.COUNTY, null), 1);
    private final Region township = stored(new Region("520101", "城关镇", RegionLevel.TOWNSHIP, county), 7);
    private final Organization department = stored(
            new Organization("NY01", "县农业农村局", OrganizationType.SECTOR_DEPARTMENT, county, null), 5);
    private final Organization unit = stored(
            new Organization("NY0109", "城关镇农业服务中心", OrganizationType.USING_UNIT, township, department), 9);
    private final Region village = stored(new Region("520102", "河西镇", RegionLevel.TOWNSHIP, county), 8);
    private final Organization educationBureau = stored(
            new Organization("JY01", "县教育局", OrganizationType.SECTOR_DEPARTMENT, county, null), 6);
    private final Organization school = stored(
            new Organization("JY0611", "河西镇中心小学", OrganizationType.USING_UNIT, village, educationBureau), 11);
    private final FundCategory category = new FundCategory("INDUSTRY", "产业扶贫", "Industrial development", 1);
    private Long departmentId = 5L;
    private Long regionId = 7L;

    private LocalDate periodStart = LocalDate.of(2026, 3, 1);
    private LocalDate periodEnd = LocalDate.of(2026, 11, 30);
    private int households = 120;
    private int people = 450;
    private int registeredPoor = 300;
    private List<ProjectFunding> fundings = List.of(
            new ProjectFunding(FundSource.CENTRAL, new BigDecimal("800000"), null),
            new ProjectFunding(FundSource.LOCAL, new BigDecimal("200000"), null));

    private ProjectBuilder() {
    }

    public static ProjectBuilder aProject() {
        return new ProjectBuilder();
    }

    public ProjectBuilder serving(int newHouseholds, int newPeople, int newRegisteredPoor) {
        households = newHouseholds;
        people = newPeople;
        registeredPoor = newRegisteredPoor;
        return this;
    }

    public ProjectBuilder servingNobody() {
        return serving(0, 0, 0);
    }

    public ProjectBuilder running(LocalDate start, LocalDate end) {
        periodStart = start;
        periodEnd = end;
        return this;
    }

    public ProjectBuilder fundedBy(ProjectFunding... newFundings) {
        fundings = Arrays.asList(newFundings);
        return this;
    }

    /** The department and region the input names (null: not named). */
    public ProjectBuilder naming(Long newDepartmentId, Long newRegionId) {
        departmentId = newDepartmentId;
        regionId = newRegionId;
        return this;
    }

    public ProjectDetails details() {
        return new ProjectDetails(2026, "XM2026001", "城关镇产业路建设项目", 1, 9, "王五", "0851-1234567", departmentId, regionId,
                periodStart, periodEnd, households, people, registeredPoor, fundings);
    }

    public Project build() {
        return new Project("XM2026001", details(), category, unit, CREATED);
    }

    public Region township() { return township; }
    public Organization department() { return department; }
    public Organization unit() { return unit; }
    /** A unit of another department (/6/) in another township (/1/8/). */
    public Organization school() { return school; }
    public FundCategory category() { return category; }

    /** What persisting does: the database gives the id, then the service assigns the path. */
    public static Region stored(Region region, long id) {
        setId(Region.class, region, id);
        region.assignPath();
        return region;
    }

    public static Organization stored(Organization organization, long id) {
        setId(Organization.class, organization, id);
        organization.assignPath();
        return organization;
    }

    private static void setId(Class<?> type, Object entity, long id) {
        try {
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
