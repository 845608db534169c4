package cn.fundperf.ejb.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Separation of duties (三员分立) over accounts: who may administer whom. The security
 * administrator keeps the administrators' accounts (system, security and audit administrator);
 * the system administrator keeps everybody else's and can never take over an administrator's
 * account. Roles and unlocking are the security administrator's, and so is deciding a password
 * reset the system administrator asked for. Nobody administers their own account here (their own
 * name and phone excepted). And no change may leave the deployment without a working audit or
 * security administrator. Personal API tokens are the security administrator's, like roles.
 */
public final class AccountAdministrationRule {

    /** The duties that must always be held by somebody who can sign in. */
    public static final List<Role> INDISPENSABLE = List.of(Role.AUDITADMIN, Role.SECADMIN);

    public enum Action {
        DESCRIBE, ENABLE, DISABLE, RESET_PASSWORD, REQUEST_PASSWORD_RESET, DECIDE_PASSWORD_RESET, ASSIGN_ROLES, UNLOCK,
        /** issue or revoke a personal API token for the account */
        MANAGE_TOKENS
    }

    private AccountAdministrationRule() {
    }

    /** The administrator role that keeps an account with these roles. */
    public static Role keeperOf(Set<Role> accountRoles) {
        return accountRoles.stream().anyMatch(Role::isAdministrative) ? Role.SECADMIN : Role.SYSADMIN;
    }

    /** The message key of the refusal, or empty when an actor with these roles may do this to the account. */
    public static Optional<String> refusal(Set<Role> actorRoles, Set<Role> accountRoles, boolean ownAccount, Action action) {
        if (ownAccount && action != Action.DESCRIBE) {
            return Optional.of(switch (action) {
                case ENABLE, DISABLE -> "user.disable.own";
                case ASSIGN_ROLES -> "role.assign.own";
                default -> "account.administer.own";
            });
        }
        Role keeper = keeperOf(accountRoles);
        Role needed = switch (action) {
            case DESCRIBE -> ownAccount ? null : keeper;
            case ENABLE, DISABLE, RESET_PASSWORD -> keeper;
            case REQUEST_PASSWORD_RESET -> keeper == Role.SYSADMIN ? Role.SYSADMIN : null;
            case DECIDE_PASSWORD_RESET -> keeper == Role.SYSADMIN ? Role.SECADMIN : null;
            case ASSIGN_ROLES, UNLOCK, MANAGE_TOKENS -> Role.SECADMIN;
        };
        if (needed == null && action != Action.DESCRIBE) {
            // a request for an administrator's password: the security administrator resets it directly
            return Optional.of("account.keptBySecurityAdministrator");
        }
        if (needed == null || actorRoles.contains(needed)) {
            return Optional.empty();
        }
        return Optional.of(needed == Role.SECADMIN ? "account.keptBySecurityAdministrator" : "account.keptBySystemAdministrator");
    }

    /**
     * The indispensable duty the account would stop performing while nobody else performs it, if
     * any: the account works in a duty when it is enabled and holds the role.
     *
     * @param anotherWorks whether some other account is enabled and holds the role
     */
    public static Optional<Role> lastOfItsDuty(Set<Role> rolesBefore, boolean enabledBefore, Set<Role> rolesAfter,
                                              boolean enabledAfter, Predicate<Role> anotherWorks) {
        return INDISPENSABLE.stream()
                .filter(duty -> enabledBefore && rolesBefore.contains(duty))
                .filter(duty -> !(enabledAfter && rolesAfter.contains(duty)))
                .filter(duty -> !anotherWorks.test(duty))
                .findFirst();
    }
}
