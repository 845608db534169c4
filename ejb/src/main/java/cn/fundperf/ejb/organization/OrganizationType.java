package cn.fundperf.ejb.organization;

/** The kinds of organization that take part in the performance management of the funds. */
public enum OrganizationType {
    /** 财政局 */
    FINANCE,
    /** 扶贫办 / 乡村振兴局 */
    POVERTY_OFFICE,
    /** 发展改革局 */
    DEVELOPMENT_REFORM,
    /** 行业主管部门 */
    SECTOR_DEPARTMENT,
    /** 审计局 */
    AUDIT,
    /** 纪检监察 */
    DISCIPLINE,
    /** 资金使用单位 */
    USING_UNIT,
    /** 第三方机构 */
    THIRD_PARTY;

    /** Using units report to a department; the other organizations stand on their own. */
    public boolean needsParentDepartment() {
        return this == USING_UNIT;
    }

    /** Types that may stand above using units. */
    public boolean mayHaveUnits() {
        return this == SECTOR_DEPARTMENT || this == DEVELOPMENT_REFORM || this == POVERTY_OFFICE;
    }
}
