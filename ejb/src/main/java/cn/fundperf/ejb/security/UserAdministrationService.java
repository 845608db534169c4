package cn.fundperf.ejb.security;

import static cn.fundperf.ejb.security.Permission.ACCOUNT_UNLOCK;
import static cn.fundperf.ejb.security.Permission.ROLE_ASSIGN;
import static cn.fundperf.ejb.security.Permission.USER_MANAGE;

import cn.fundperf.ejb.audit.AuditTrail;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.business.StaleVersionException;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.platform.SearchText;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Accounts as the administrators see them: the system administrator creates and maintains
 * users (without roles), the security administrator assigns roles and unlocks accounts.
 */
@Stateless
public class UserAdministrationService {

    private static final String TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    /** A new user with a temporary password, returned once to be handed over; it must be changed at first login. */
    @Guarded(USER_MANAGE)
    public NewAccount createUser(String username, String displayName, String phone, long organizationId) {
        String name = username == null ? null : username.strip().toLowerCase();
        if (!em.createNamedQuery("UserAccount.byUsername").setParameter("username", name).getResultList().isEmpty()) {
            throw new InvalidInputException("user.username.duplicate", name);
        }
        Organization org = em.find(Organization.class, organizationId);
        if (org == null) {
            throw new NotFoundException("Organization", organizationId);
        }
        String temporary = temporaryPassword();
        UserAccount user = new UserAccount(name, displayName, org, PasswordHasher.hash(temporary), LocalDateTime.now(clock));
        user.describe(displayName, phone);
        em.persist(user);
        auditTrail.record("user.created", "UserAccount", user.getId(), null, name + " @" + org.getCode());
        return new NewAccount(user.getId(), name, temporary);
    }

    @Guarded(USER_MANAGE)
    public void describeUser(long id, long version, String displayName, String phone) {
        UserAccount user = user(id, version);
        String before = user.getDisplayName() + " " + Objects.toString(user.getPhone(), "");
        user.describe(displayName, phone);
        auditTrail.record("user.updated", "UserAccount", id, before, user.getDisplayName() + " " + Objects.toString(user.getPhone(), ""));
    }

    @Guarded(USER_MANAGE)
    public void setUserEnabled(long id, long version, boolean enabled) {
        UserAccount user = user(id, version);
        if (Objects.equals(user.getId(), currentActor.get().userId())) {
            throw new InvalidInputException("user.disable.own");
        }
        if (enabled) {
            user.enable();
        } else {
            user.disable();
        }
        auditTrail.record(enabled ? "user.enabled" : "user.disabled", "UserAccount", id, null, null);
    }

    @Guarded(USER_MANAGE)
    public String resetPassword(long id, long version) {
        UserAccount user = user(id, version);
        if (user.getRoles().stream().anyMatch(Role::isAdministrative)) {
            // a system administrator must not be able to take over the security or audit administrator's account
            throw new InvalidInputException("user.passwordReset.administrator");
        }
        String temporary = temporaryPassword();
        user.resetPassword(PasswordHasher.hash(temporary), LocalDateTime.now(clock));
        auditTrail.record("user.passwordReset", "UserAccount", id, null, null);
        return temporary;
    }

    @Guarded(ROLE_ASSIGN)
    public void assignRoles(long id, long version, Set<Role> roles) {
        UserAccount user = user(id, version);
        String before = user.rolesSummary();
        boolean own = Objects.equals(user.getId(), currentActor.get().userId());
        user.assignRoles(roles, own, LocalDateTime.now(clock));
        auditTrail.record("security.roles.assigned", "UserAccount", id, before, user.rolesSummary());
    }

    @Guarded(ACCOUNT_UNLOCK)
    public void unlock(long id, long version) {
        UserAccount user = user(id, version);
        user.unlock();
        auditTrail.record("security.account.unlocked", "UserAccount", id, null, null);
    }

    /** Accounts for the user and role screens (both administrators), paged, optionally filtered. */
    @Guarded(USER_MANAGE)
    public List<UserAccount> users(String text, int first, int max) {
        return usersQuery(text, first, max);
    }

    @Guarded(ROLE_ASSIGN)
    public List<UserAccount> usersForRoleAssignment(String text, int first, int max) {
        return usersQuery(text, first, max);
    }

    @Guarded(USER_MANAGE)
    public long userCount(String text) {
        return countQuery(text);
    }

    @Guarded(ROLE_ASSIGN)
    public long userCountForRoleAssignment(String text) {
        return countQuery(text);
    }

    private List<UserAccount> usersQuery(String text, int first, int max) {
        return em.createQuery("select u from UserAccount u join fetch u.organization where "
                        + "(lower(u.username) like :text or u.displayName like :text) order by u.username", UserAccount.class)
                .setParameter("text", pattern(text)).setFirstResult(first).setMaxResults(max).getResultList();
    }

    private long countQuery(String text) {
        return em.createQuery("select count(u) from UserAccount u where (lower(u.username) like :text or u.displayName like :text)", Long.class)
                .setParameter("text", pattern(text)).getSingleResult();
    }

    private static String pattern(String text) {
        String pattern = SearchText.containing(text);
        return pattern == null ? "%" : pattern.toLowerCase();
    }

    private UserAccount user(long id, long version) {
        UserAccount user = em.find(UserAccount.class, id);
        if (user == null) {
            throw new NotFoundException("UserAccount", id);
        }
        StaleVersionException.requireSame("UserAccount", id, user.getVersion(), version);
        return user;
    }

    /** 12 characters from letters and digits, with at least one of each kind the policy counts. */
    static String temporaryPassword() {
        StringBuilder text = new StringBuilder();
        while (PasswordPolicy.classes(text.toString()) < 3 || text.length() < 12) {
            text.setLength(0);
            for (int i = 0; i < 11; i++) {
                text.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
            }
            text.append('#');
        }
        return text.toString();
    }

    public record NewAccount(long id, String username, String temporaryPassword) implements java.io.Serializable {
    }
}
