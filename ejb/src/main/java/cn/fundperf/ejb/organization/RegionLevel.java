package cn.fundperf.ejb.organization;

/** The administrative levels a county deployment knows: 县 → 乡镇 → 村. */
public enum RegionLevel {
    PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE;

    /** A child sits exactly one level below its parent. */
    public boolean mayContain(RegionLevel child) {
        return child.ordinal() == ordinal() + 1;
    }
}
