package cn.fundperf.ejb.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * Where a record sits for data scope: its organization, the department that supervises it, and
 * its region, as materialized paths ("/1/5/9/"), so that a scope is a prefix match in a query.
 */
@Embeddable
public class ScopePaths implements ScopedRecord, Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "scope_org_path", nullable = false, length = 400)
    private String organizationPath;

    @Column(name = "scope_dept_path", nullable = false, length = 400)
    private String departmentPath;

    @Column(name = "scope_region_path", nullable = false, length = 400)
    private String regionPath;

    protected ScopePaths() {
    }

    public ScopePaths(String organizationPath, String departmentPath, String regionPath) {
        this.organizationPath = organizationPath;
        this.departmentPath = departmentPath;
        this.regionPath = regionPath;
    }

    /** The paths of a unit, the department above it, and its region. */
    public static ScopePaths of(Organization unit, Organization department, Region region) {
        return new ScopePaths(unit.getPath(), department.getPath(), region.getPath());
    }

    /** A copy of another record's paths (a sheet takes its project's). */
    public static ScopePaths of(ScopedRecord record) {
        return new ScopePaths(record.organizationPath(), record.departmentPath(), record.regionPath());
    }

    @Override
    public String organizationPath() {
        return organizationPath;
    }

    @Override
    public String departmentPath() {
        return departmentPath;
    }

    @Override
    public String regionPath() {
        return regionPath;
    }
}
