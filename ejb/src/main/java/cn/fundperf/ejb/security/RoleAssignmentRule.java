package cn.fundperf.ejb.security;

import cn.fundperf.ejb.organization.OrganizationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Separation of duties (三员分立): at most one administrator role per user, never combined with
 * a business role; each business role fits only some organization types; nobody changes
 * their own roles.
 */
public final class RoleAssignmentRule {

    private RoleAssignmentRule() {
    }

    /** Message keys of every rule the assignment breaks. */
    public static List<String> violations(Set<Role> roles, OrganizationType organizationType, boolean ownAccount) {
        List<String> broken = new ArrayList<>();
        if (ownAccount) {
            broken.add("role.assign.own");
        }
        long administrative = roles.stream().filter(Role::isAdministrative).count();
        if (administrative > 1) {
            broken.add("role.assign.adminDutiesCombined");
        }
        if (administrative >= 1 && roles.size() > administrative) {
            broken.add("role.assign.adminWithBusiness");
        }
        roles.stream()
                .filter(role -> !role.fitsOrganization(organizationType))
                .map(role -> "role.assign.organizationType:" + role.name())
                .forEach(broken::add);
        return broken;
    }
}
