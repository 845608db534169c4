package cn.fundperf.ejb.permission;

/** What a use case requires. Roles grant permissions; services check them (see {@link Guarded}). */
public enum Permission {
    // system administrator (系统管理员)
    REGION_MANAGE,
    ORGANIZATION_MANAGE,
    USER_MANAGE,
    JOB_MANAGE,
    REFERENCE_MANAGE,
    // security administrator (安全管理员)
    ROLE_ASSIGN,
    SECURITY_POLICY_READ,
    ACCOUNT_UNLOCK,
    /** the administrators' own accounts: enable/disable, reset the password (三员分立) */
    ADMINISTRATOR_MANAGE,
    /** approve or reject a password reset the system administrator asked for (two persons) */
    PASSWORD_RESET_DECIDE,
    /** issue and revoke personal API tokens for an account */
    API_TOKEN_MANAGE,
    // audit administrator (审计管理员)
    AUDIT_READ,
    AUDIT_VERIFY,
    // business users
    ORGANIZATION_READ,
    REFERENCE_READ,
    PROJECT_READ,
    PROJECT_EDIT,
    TARGET_EDIT,
    TARGET_DEPARTMENT_CHECK,
    BUDGET_ARRANGE,
    LIBRARY_PROPOSE,
    LIBRARY_APPROVE,
    REVIEW_MANAGE,
    REVIEW_TAKE_PART,
    TARGET_FILE,
    TARGET_APPROVE,
    FILING_READ,
    TARGET_ADJUST,
    /** see monitoring reports, their levels and findings (in data scope) */
    MONITORING_READ,
    /** fill and submit the unit's monitoring reports, upload evidence */
    MONITORING_REPORT,
    /** send a submitted report back to the unit (its department) */
    MONITORING_RETURN,
    /** set monitoring periods, choose key projects, run the warning batch */
    MONITORING_MANAGE,
    /** decide 暂缓拨付, 收回资金 and 恢复 */
    FUND_ACTION_DECIDE,
    /** complete and issue rectification notices to units */
    RECTIFICATION_ISSUE
}
