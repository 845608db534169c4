package cn.fundperf.ejb.security;

import cn.fundperf.ejb.audit.AuditedParty;
import cn.fundperf.ejb.permission.Permission;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling a use case: a signed-in user or a named system actor (timers). Carries what
 * services need to decide and to audit: permissions, data scope, organization, client address.
 */
public record Actor(Long userId, String username, String displayName, Long organizationId,
                    String organizationName, Set<Role> roles, DataScope scope, String clientAddress)
        implements AuditedParty, Serializable {

    public Actor {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Timers and start-up jobs act under a name of their own, with the permissions they are given. */
    public static Actor system(String name) {
        return system(name, DataScope.nothing());
    }

    /** A system actor that works on a jurisdiction's data (jobs): scoped services return that region's records. */
    public static Actor system(String name, DataScope scope) {
        return new Actor(null, "system:" + name, name, null, null, Set.of(), scope, "127.0.0.1");
    }

    public boolean isSystem() {
        return userId == null;
    }

    public boolean may(Permission permission) {
        return isSystem() || roles.stream().anyMatch(role -> role.grants(permission));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Actor from(String address) {
        return new Actor(userId, username, displayName, organizationId, organizationName, roles, scope, address);
    }
}
