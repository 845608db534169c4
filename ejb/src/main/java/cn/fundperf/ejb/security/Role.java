package cn.fundperf.ejb.security;

import static cn.fundperf.ejb.permission.Permission.*;

import cn.fundperf.ejb.organization.OrganizationType;
import cn.fundperf.ejb.permission.Permission;
import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of domain.md §1. Each grants a fixed set of permissions and a data-scope rule.
 * The three administrator roles (三员) grant no business permission at all.
 */
public enum Role {
    UNIT(ScopeRule.OWN_ORGANIZATION, EnumSet.of(OrganizationType.USING_UNIT),
            ORGANIZATION_READ, REFERENCE_READ, PROJECT_READ, PROJECT_EDIT, TARGET_EDIT, TARGET_ADJUST,
            MONITORING_READ, MONITORING_REPORT),
    DEPT(ScopeRule.ORGANIZATION_TREE,
            EnumSet.of(OrganizationType.SECTOR_DEPARTMENT, OrganizationType.DEVELOPMENT_REFORM),
            ORGANIZATION_READ, REFERENCE_READ, PROJECT_READ, PROJECT_EDIT, TARGET_DEPARTMENT_CHECK, LIBRARY_PROPOSE, REVIEW_TAKE_PART,
            MONITORING_READ, MONITORING_RETURN, RECTIFICATION_ISSUE),
    FINANCE(ScopeRule.REGION_TREE, EnumSet.of(OrganizationType.FINANCE),
            ORGANIZATION_READ, REFERENCE_READ, PROJECT_READ, BUDGET_ARRANGE, LIBRARY_APPROVE,
            REVIEW_MANAGE, REVIEW_TAKE_PART, TARGET_FILE, TARGET_APPROVE, FILING_READ, TARGET_ADJUST,
            MONITORING_READ, MONITORING_MANAGE, FUND_ACTION_DECIDE, RECTIFICATION_ISSUE),
    POVERTY_OFFICE(ScopeRule.REGION_TREE, EnumSet.of(OrganizationType.POVERTY_OFFICE),
            ORGANIZATION_READ, REFERENCE_READ, PROJECT_READ, REVIEW_TAKE_PART, FILING_READ, MONITORING_READ),
    REVIEWER(ScopeRule.ASSIGNED, EnumSet.allOf(OrganizationType.class),
            REFERENCE_READ, REVIEW_TAKE_PART),
    AUDITOR(ScopeRule.REGION_TREE, EnumSet.of(OrganizationType.AUDIT),
            ORGANIZATION_READ, REFERENCE_READ, PROJECT_READ, REVIEW_TAKE_PART, MONITORING_READ),
    DISCIPLINE(ScopeRule.REGION_TREE, EnumSet.of(OrganizationType.DISCIPLINE),
            ORGANIZATION_READ, REFERENCE_READ, PROJECT_READ, REVIEW_TAKE_PART, MONITORING_READ),
    EVALUATOR(ScopeRule.ASSIGNED, EnumSet.of(OrganizationType.THIRD_PARTY),
            REFERENCE_READ),
    SYSADMIN(ScopeRule.REGION_TREE, EnumSet.allOf(OrganizationType.class),
            REGION_MANAGE, ORGANIZATION_MANAGE, USER_MANAGE, JOB_MANAGE, REFERENCE_MANAGE),
    SECADMIN(ScopeRule.REGION_TREE, EnumSet.allOf(OrganizationType.class),
            ROLE_ASSIGN, SECURITY_POLICY_READ, ACCOUNT_UNLOCK, ADMINISTRATOR_MANAGE, PASSWORD_RESET_DECIDE,
            API_TOKEN_MANAGE),
    AUDITADMIN(ScopeRule.REGION_TREE, EnumSet.allOf(OrganizationType.class),
            AUDIT_READ, AUDIT_VERIFY);

    /** How far the role's view of records reaches. */
    public enum ScopeRule {
        /** records of the user's own organization */
        OWN_ORGANIZATION,
        /** records of the user's organization and the units under it */
        ORGANIZATION_TREE,
        /** records of every organization in the region subtree of the user's organization */
        REGION_TREE,
        /** only records the user is explicitly assigned to (review rounds, evaluations) */
        ASSIGNED
    }

    private final ScopeRule scopeRule;
    private final Set<OrganizationType> allowedOrganizationTypes;
    private final Set<Permission> permissions;

    Role(ScopeRule scopeRule, Set<OrganizationType> allowedOrganizationTypes, Permission... permissions) {
        this.scopeRule = scopeRule;
        this.allowedOrganizationTypes = allowedOrganizationTypes;
        this.permissions = permissions.length == 0 ? EnumSet.noneOf(Permission.class) : EnumSet.of(permissions[0], permissions);
    }

    public ScopeRule scopeRule() {
        return scopeRule;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }

    /** 三员: system, security and audit administrators. */
    public boolean isAdministrative() {
        return this == SYSADMIN || this == SECADMIN || this == AUDITADMIN;
    }

    /** Whether a member of an organization of this type may hold the role. */
    public boolean fitsOrganization(OrganizationType type) {
        return allowedOrganizationTypes.contains(type);
    }
}
