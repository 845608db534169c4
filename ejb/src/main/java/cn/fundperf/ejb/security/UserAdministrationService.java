package cn.fundperf.ejb.security;

import static cn.fundperf.ejb.permission.Permission.ACCOUNT_UNLOCK;
import static cn.fundperf.ejb.permission.Permission.ADMINISTRATOR_MANAGE;
import static cn.fundperf.ejb.permission.Permission.PASSWORD_RESET_DECIDE;
import static cn.fundperf.ejb.permission.Permission.ROLE_ASSIGN;
import static cn.fundperf.ejb.permission.Permission.USER_MANAGE;

import cn.fundperf.ejb.audit.AuditTrail;
import cn.fundperf.ejb.audit.UseCaseAudit;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.business.StaleVersionException;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.Unscoped;
import cn.fundperf.ejb.platform.SearchText;
import cn.fundperf.ejb.security.AccountAdministrationRule.Action;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts as the administrators see them: the system administrator creates and maintains
 * users (without roles), the security administrator assigns roles, unlocks accounts, keeps the
 * administrators' own accounts and, when two persons are required, decides the system
 * administrator's password resets. Whose account an administrator may touch is decided by
 * {@link AccountAdministrationRule}; refusals are audited like permission refusals.
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
    UseCaseAudit audit;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    @Inject
    SecuritySettings settings;

    /** A new user with a temporary password, returned once to be handed over; it must be changed at first login. */
    @Guarded(value = USER_MANAGE, audit = "user.created")
    public NewAccount createUser(String username, String displayName, String phone, @Unscoped("the administrators' directory") long organizationId) {
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
        audit.subject("UserAccount", user.getId());
        audit.change(null, name + " @" + org.getCode());
        return new NewAccount(user.getId(), name, temporary);
    }

    @Guarded(value = USER_MANAGE, audit = "user.updated")
    public void describeUser(@Unscoped("an administrator's object, under the separation of duties") long id, long version, String displayName, String phone) {
        UserAccount user = user(id, version);
        permit(user, Action.DESCRIBE);
        String before = user.getDisplayName() + " " + Objects.toString(user.getPhone(), "");
        user.describe(displayName, phone);
        audit.change(before, user.getDisplayName() + " " + Objects.toString(user.getPhone(), ""));
    }

    /** The system administrator enables or disables a business user's account. */
    @Guarded(value = USER_MANAGE, audit = "user.enabled")
    public void setUserEnabled(@Unscoped("an administrator's object, under the separation of duties") long id, long version, boolean enabled) {
        changeEnabled(id, version, enabled);
    }

    /** The security administrator enables or disables an administrator's account (三员). */
    @Guarded(value = ADMINISTRATOR_MANAGE, audit = "user.enabled")
    public void setAdministratorEnabled(@Unscoped("an administrator's object, under the separation of duties") long id, long version, boolean enabled) {
        changeEnabled(id, version, enabled);
    }

    private void changeEnabled(long id, long version, boolean enabled) {
        UserAccount user = user(id, version);
        permit(user, enabled ? Action.ENABLE : Action.DISABLE);
        if (!enabled) {
            keepEveryDutyWorking(user, version, user.getRoles(), false);
            user.disable();
        } else {
            user.enable();
        }
        if (!enabled) {
            audit.action("user.disabled");
        }
        audit.change(null, user.getUsername());
    }

    /**
     * The system administrator resets a business user's password; the temporary password is
     * returned once, to be handed over. Refused when two persons are required
     * ({@link #requestPasswordReset}).
     */
    @Guarded(value = USER_MANAGE, audit = "user.passwordReset")
    public String resetPassword(@Unscoped("an administrator's object, under the separation of duties") long id, long version) {
        if (settings.passwordResetRequiresApproval()) {
            throw new InvalidInputException("user.passwordReset.approvalRequired");
        }
        UserAccount user = user(id, version);
        permit(user, Action.RESET_PASSWORD);
        return reset(user, null);
    }

    /** The security administrator resets an administrator's password (the audit administrator sees it in the log). */
    @Guarded(value = ADMINISTRATOR_MANAGE, audit = "user.passwordReset")
    public String resetAdministratorPassword(@Unscoped("an administrator's object, under the separation of duties") long id, long version) {
        UserAccount user = user(id, version);
        permit(user, Action.RESET_PASSWORD);
        return reset(user, null);
    }

    /** Two persons: the system administrator asks for a reset, which waits for the security administrator. */
    @Guarded(value = USER_MANAGE, audit = "user.passwordReset.requested")
    public void requestPasswordReset(@Unscoped("an administrator's object, under the separation of duties") long id, long version) {
        if (!settings.passwordResetRequiresApproval()) {
            throw new InvalidInputException("user.passwordReset.approvalNotRequired");
        }
        UserAccount user = user(id, version);
        permit(user, Action.REQUEST_PASSWORD_RESET);
        user.requestPasswordReset(currentActor.get().userId(), LocalDateTime.now(clock));
        audit.change(null, user.getUsername());
    }

    /** The security administrator approves a requested reset and is shown the temporary password, to hand it over. */
    @Guarded(value = PASSWORD_RESET_DECIDE, audit = "user.passwordReset.approved")
    public String approvePasswordReset(@Unscoped("an administrator's object, under the separation of duties") long id, long version) {
        UserAccount user = user(id, version);
        permit(user, Action.DECIDE_PASSWORD_RESET);
        user.requireResetRequested();
        return reset(user, requestSummary(user));
    }

    @Guarded(value = PASSWORD_RESET_DECIDE, audit = "user.passwordReset.rejected")
    public void rejectPasswordReset(@Unscoped("an administrator's object, under the separation of duties") long id, long version) {
        UserAccount user = user(id, version);
        permit(user, Action.DECIDE_PASSWORD_RESET);
        String request = requestSummary(user);
        user.rejectPasswordResetRequest();
        audit.change(request, user.getUsername());
    }

    /** Resets waiting for the security administrator, oldest first. */
    @Guarded(PASSWORD_RESET_DECIDE)
    public List<UserAccount> pendingPasswordResets() {
        return em.createQuery("select u from UserAccount u join fetch u.organization where u.resetRequestedAt is not null "
                + "order by u.resetRequestedAt", UserAccount.class).setMaxResults(200).getResultList();
    }

    /** Whether the system administrator's resets need the security administrator's approval (for the screens). */
    public boolean passwordResetRequiresApproval() {
        return settings.passwordResetRequiresApproval();
    }

    private String reset(UserAccount user, String before) {
        String temporary = temporaryPassword();
        user.resetPassword(PasswordHasher.hash(temporary), currentActor.get().userId(), LocalDateTime.now(clock));
        audit.change(before, user.getUsername());
        return temporary;
    }

    private String requestSummary(UserAccount user) {
        String by = user.getResetRequestedBy() == null ? "-"
                : Optional.ofNullable(em.find(UserAccount.class, user.getResetRequestedBy())).map(UserAccount::getUsername).orElse("-");
        return "requested by " + by + " at " + user.getResetRequestedAt();
    }

    @Guarded(value = ROLE_ASSIGN, audit = "security.roles.assigned")
    public void assignRoles(@Unscoped("an administrator's object, under the separation of duties") long id, long version, Set<Role> roles) {
        UserAccount user = user(id, version);
        permit(user, Action.ASSIGN_ROLES);
        keepEveryDutyWorking(user, version, roles, user.isEnabled());
        String before = user.rolesSummary();
        boolean own = Objects.equals(user.getId(), currentActor.get().userId());
        user.assignRoles(roles, own, LocalDateTime.now(clock));
        audit.change(before, user.rolesSummary());
    }

    @Guarded(value = ACCOUNT_UNLOCK, audit = "security.account.unlocked")
    public void unlock(@Unscoped("an administrator's object, under the separation of duties") long id, long version) {
        UserAccount user = user(id, version);
        permit(user, Action.UNLOCK);
        user.unlock();
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

    /** Refuses (and audits the refusal) when the actor's duty does not cover this account. */
    private void permit(UserAccount user, Action action) {
        Actor actor = currentActor.get();
        boolean own = Objects.equals(user.getId(), actor.userId());
        Optional<String> refusal = AccountAdministrationRule.refusal(actor.roles(), user.getRoles(), own, action);
        if (refusal.isPresent()) {
            auditTrail.recordRefusal(actor, "security.administration.refused", "UserAccount:" + user.getId(),
                    action.name() + " " + user.getUsername() + " " + refusal.get());
            throw new SeparationOfDutiesException(refusal.get());
        }
    }

    /**
     * Refuses a change after which nobody would be enabled as audit or security administrator.
     * The accounts holding the duty are locked first (in id order, the same for every caller),
     * so that two administrators disabling the last two at once cannot both succeed.
     */
    private void keepEveryDutyWorking(UserAccount user, long version, Set<Role> rolesAfter, boolean enabledAfter) {
        Set<Role> rolesBefore = user.getRoles();
        boolean enabledBefore = user.isEnabled();
        if (AccountAdministrationRule.lastOfItsDuty(rolesBefore, enabledBefore, rolesAfter, enabledAfter, duty -> false).isEmpty()) {
            return;   // the account performs no indispensable duty that it would give up
        }
        Optional<Role> last = AccountAdministrationRule.lastOfItsDuty(rolesBefore, enabledBefore, rolesAfter, enabledAfter,
                duty -> anotherWorks(duty, user.getId()));
        StaleVersionException.requireSame("UserAccount", user.getId(), user.getVersion(), version);   // the lock re-read it
        if (last.isPresent()) {
            auditTrail.recordRefusal(currentActor.get(), "security.administration.refused", "UserAccount:" + user.getId(),
                    "last " + last.get().name() + " " + user.getUsername());
            throw new LastAdministratorException(last.get());
        }
    }

    private boolean anotherWorks(Role duty, long exceptUserId) {
        List<Long> holders = em.createQuery("select u.id from UserAccount u join u.roles r where r = :role order by u.id", Long.class)
                .setParameter("role", duty).getResultList();
        for (Long holder : holders) {
            em.find(UserAccount.class, holder, LockModeType.PESSIMISTIC_WRITE);   // locks and re-reads
        }
        // enabled compared in Java: EclipseLink's H2 platform writes boolean comparisons as "= 1"
        return em.createQuery("select u.id, u.enabled from UserAccount u join u.roles r where r = :role", Object[].class)
                .setParameter("role", duty).getResultList().stream()
                .anyMatch(row -> ((Long) row[0]) != exceptUserId && Boolean.TRUE.equals(row[1]));
    }

    private UserAccount user(long id, long version) {
        audit.subject("UserAccount", id);   // the record each administration use case audits
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
