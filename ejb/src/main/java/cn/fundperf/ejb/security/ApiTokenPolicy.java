package cn.fundperf.ejb.security;

import cn.fundperf.ejb.business.InvalidInputException;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a personal API token may be: named, with roles that the owner holds (and no administrator
 * role: 三员 duties are done on the screens, by the person), expiring on a date between tomorrow
 * and the configured maximum, and no more than a few active ones per account.
 */
public record ApiTokenPolicy(int defaultDays, int maxDays, int maxActivePerAccount) {

    public static ApiTokenPolicy defaults() {
        return new ApiTokenPolicy(90, 365, 5);
    }

    /** The expiry offered on the issue form. */
    public LocalDate defaultExpiry(LocalDate today) {
        return today.plusDays(Math.min(defaultDays, maxDays));
    }

    /** Refuses with the first rule broken; the roles' refusals name the role. */
    public void check(String name, Set<Role> tokenRoles, Set<Role> ownerRoles, LocalDate expiresOn, LocalDate today,
                      long activeTokensOfOwner) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("token.name.required");
        }
        if (tokenRoles == null || tokenRoles.isEmpty()) {
            throw new InvalidInputException("token.roles.required");
        }
        for (Role role : tokenRoles) {
            if (role.isAdministrative()) {
                throw new InvalidInputException("token.roles.administrative", role);
            }
            if (!ownerRoles.contains(role)) {
                throw new InvalidInputException("token.roles.notHeld", role);
            }
        }
        if (expiresOn == null) {
            throw new InvalidInputException("token.expiry.required");
        }
        if (!expiresOn.isAfter(today)) {
            throw new InvalidInputException("token.expiry.past");
        }
        if (expiresOn.isAfter(today.plusDays(maxDays))) {
            throw new InvalidInputException("token.expiry.tooFar", maxDays);
        }
        if (activeTokensOfOwner >= maxActivePerAccount) {
            throw new InvalidInputException("token.tooMany", maxActivePerAccount);
        }
    }
}
