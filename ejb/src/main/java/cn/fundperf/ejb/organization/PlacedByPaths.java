package cn.fundperf.ejb.organization;

/**
 * A record whose place is an embedded {@link ScopePaths} (projects, target sheets, monitoring
 * reports, money actions, rectification notices): its data scope is read from those paths.
 */
public interface PlacedByPaths extends ScopedRecord {

    ScopePaths scopePaths();

    @Override
    default String organizationPath() {
        return scopePaths().organizationPath();
    }

    @Override
    default String departmentPath() {
        return scopePaths().departmentPath();
    }

    @Override
    default String regionPath() {
        return scopePaths().regionPath();
    }
}
