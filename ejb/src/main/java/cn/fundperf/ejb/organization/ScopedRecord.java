package cn.fundperf.ejb.organization;

/**
 * A record that belongs to an organization in a region. Data scope decisions are taken on
 * these two materialized paths ("/1/7/23/"), so that a subtree test is a prefix test.
 */
public interface ScopedRecord {

    String organizationPath();

    /** The supervising department's path, where it differs from the organization's own line. */
    default String departmentPath() {
        return organizationPath();
    }

    String regionPath();
}
