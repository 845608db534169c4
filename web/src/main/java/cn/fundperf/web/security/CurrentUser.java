package cn.fundperf.web.security;

import cn.fundperf.ejb.permission.Permission;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.security.Role;
import cn.fundperf.web.faces.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;

/**
 * What the layout needs to know about the signed-in user: name, organization, and which menus
 * to show. Showing is not allowing: the services check again.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    CurrentActor currentActor;

    public boolean isSignedIn() {
        return currentActor.isPresent() && !currentActor.get().isSystem();
    }

    private boolean may(Permission permission) {
        return isSignedIn() && currentActor.get().may(permission);
    }

    public String getDisplayName() {
        return isSignedIn() ? currentActor.get().displayName() : "";
    }

    public String getUsername() {
        return isSignedIn() ? currentActor.get().username() : "";
    }

    public String getOrganizationName() {
        return isSignedIn() ? currentActor.get().organizationName() : "";
    }

    public String getRoleNames() {
        if (!isSignedIn()) {
            return "";
        }
        Actor actor = currentActor.get();
        return actor.roles().stream().map(role -> Texts.text("enum.Role." + role.name())).collect(Collectors.joining("、"));
    }

    public boolean isBusinessUser() {
        return isSignedIn() && currentActor.get().roles().stream().anyMatch(role -> !role.isAdministrative());
    }

    public boolean isCanReadProjects() {
        return may(Permission.PROJECT_READ);
    }

    public boolean isCanTakePartInReviews() {
        return may(Permission.REVIEW_TAKE_PART);
    }

    public boolean isCanManageReviews() {
        return may(Permission.REVIEW_MANAGE);
    }

    public boolean isCanReadMonitoring() {
        return may(Permission.MONITORING_READ);
    }

    public boolean isCanManageMonitoring() {
        return may(Permission.MONITORING_MANAGE);
    }

    public boolean isCanReadFilings() {
        return may(Permission.FILING_READ);
    }

    public boolean isCanFileTargets() {
        return may(Permission.TARGET_FILE);
    }

    public boolean isCanApproveTargets() {
        return may(Permission.TARGET_APPROVE);
    }

    public boolean isCanEditProjects() {
        return may(Permission.PROJECT_EDIT);
    }

    public boolean isCanReadOrganizations() {
        return may(Permission.ORGANIZATION_READ);
    }

    public boolean isCanReadReference() {
        return may(Permission.REFERENCE_READ) || may(Permission.REFERENCE_MANAGE);
    }

    public boolean isCanManageReference() {
        return may(Permission.REFERENCE_MANAGE);
    }

    public boolean isCanManageRegions() {
        return may(Permission.REGION_MANAGE);
    }

    public boolean isCanManageOrganizations() {
        return may(Permission.ORGANIZATION_MANAGE);
    }

    public boolean isCanManageUsers() {
        return may(Permission.USER_MANAGE);
    }

    public boolean isCanManageJobs() {
        return may(Permission.JOB_MANAGE);
    }

    public boolean isCanAssignRoles() {
        return may(Permission.ROLE_ASSIGN);
    }

    public boolean isCanManageApiTokens() {
        return may(Permission.API_TOKEN_MANAGE);
    }

    public boolean isCanReadAudit() {
        return may(Permission.AUDIT_READ);
    }

    public boolean isSysadmin() {
        return isSignedIn() && currentActor.get().hasRole(Role.SYSADMIN);
    }

    /** 第三方机构: no screens of its own until evaluation exists; the home page says what will come. */
    public boolean isEvaluator() {
        return isSignedIn() && currentActor.get().hasRole(Role.EVALUATOR);
    }
}
