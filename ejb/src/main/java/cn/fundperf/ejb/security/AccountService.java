package cn.fundperf.ejb.security;

import cn.fundperf.ejb.audit.AuditTrail;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.organization.Organization;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Signing in and a user's own account: login with lockout, actor for each request, password change. */
@Stateless
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    SecuritySettings settings;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    /** One login attempt; every outcome is audited, and failures count towards the lockout. */
    public LoginOutcome authenticate(String username, String password, String clientAddress) {
        LocalDateTime now = LocalDateTime.now(clock);
        String name = username == null ? "" : username.strip().toLowerCase();
        Optional<UserAccount> found = byUsername(name);
        Actor attempt = new Actor(null, name.isEmpty() ? "-" : name, null, null, null,
                java.util.Set.of(), DataScope.nothing(), clientAddress);
        if (found.isEmpty()) {
            PasswordHasher.spendEquivalentTime(password);
            auditTrail.recordFor(attempt, "security.login.failed", "UserAccount", null, null, "unknown user");
            return LoginOutcome.badCredentials(settings.lockoutPolicy().maxFailures());
        }
        UserAccount user = found.get();
        attempt = actorOf(user, clientAddress);
        if (user.isLocked(now)) {
            auditTrail.recordFor(attempt, "security.login.refusedLocked", "UserAccount", user.getId(), null, null);
            return LoginOutcome.locked(minutesUntil(now, user.getLockedUntil()));
        }
        if (!PasswordHasher.matches(password, user.getPasswordHash())) {
            LockoutPolicy lockout = settings.lockoutPolicy();
            boolean lockedNow = user.recordFailedLogin(now, lockout);
            auditTrail.recordFor(attempt, "security.login.failed", "UserAccount", user.getId(), null, "wrong password");
            if (lockedNow) {
                auditTrail.recordFor(attempt, "security.account.locked", "UserAccount", user.getId(), null,
                        "until " + user.getLockedUntil());
                return LoginOutcome.locked(minutesUntil(now, user.getLockedUntil()));
            }
            return LoginOutcome.badCredentials(user.remainingAttempts(lockout));
        }
        if (!user.isEnabled()) {
            auditTrail.recordFor(attempt, "security.login.refusedDisabled", "UserAccount", user.getId(), null, null);
            return LoginOutcome.disabled();
        }
        user.recordSuccessfulLogin(now, clientAddress);
        auditTrail.recordFor(attempt, "security.login.succeeded", "UserAccount", user.getId(), null, null);
        return LoginOutcome.succeeded(attempt, user.passwordChangeRequired(now, settings.passwordPolicy()));
    }

    /** The actor for a request of a signed-in user, read fresh so that role changes and disabling act at once. */
    public Optional<Actor> actorFor(long userId, String clientAddress) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null || !user.isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(actorOf(user, clientAddress));
    }

    public boolean passwordChangeRequired(long userId) {
        UserAccount user = em.find(UserAccount.class, userId);
        return user != null && user.passwordChangeRequired(LocalDateTime.now(clock), settings.passwordPolicy());
    }

    /** The signed-in user changes their own password. */
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Actor actor = currentActor.get();
        UserAccount user = Optional.ofNullable(actor.userId()).map(id -> em.find(UserAccount.class, id))
                .orElseThrow(() -> new NotFoundException("UserAccount", actor.userId()));
        if (!PasswordHasher.matches(currentPassword, user.getPasswordHash())) {
            throw new InvalidInputException("password.currentWrong");
        }
        PasswordPolicy policy = settings.passwordPolicy();
        List<String> broken = policy.violations(newPassword, user.getUsername());
        if (!broken.isEmpty()) {
            throw new InvalidInputException(broken.get(0), policy.minLength(), policy.minClasses());
        }
        if (user.recentPasswordHashes(policy).stream().anyMatch(old -> PasswordHasher.matches(newPassword, old))) {
            throw new InvalidInputException("password.reused", policy.historySize());
        }
        user.replacePassword(PasswordHasher.hash(newPassword), LocalDateTime.now(clock), policy);
        auditTrail.record("security.password.changed", "UserAccount", user.getId(), null, null);
    }

    public void recordLogout() {
        if (currentActor.isPresent()) {
            Actor actor = currentActor.get();
            auditTrail.record("security.logout", "UserAccount", actor.userId(), null, null);
        }
    }

    public void recordSessionExpired(long userId, String clientAddress, String reason) {
        actorFor(userId, clientAddress).ifPresent(actor ->
                auditTrail.recordFor(actor, "security.session.expired", "UserAccount", userId, null, reason));
    }

    public SessionPolicy sessionPolicy() {
        return settings.sessionPolicy();
    }

    public LockoutPolicy lockoutPolicy() {
        return settings.lockoutPolicy();
    }

    public PasswordPolicy passwordPolicy() {
        return settings.passwordPolicy();
    }

    static Actor actorOf(UserAccount user, String clientAddress) {
        Organization org = user.getOrganization();
        return new Actor(user.getId(), user.getUsername(), user.getDisplayName(), org.getId(), org.getName(),
                user.getRoles(), DataScope.of(user.getRoles(), org.getPath(), org.getRegionPath()), clientAddress);
    }

    private Optional<UserAccount> byUsername(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username).getResultList().stream().findFirst();
    }

    private static long minutesUntil(LocalDateTime now, LocalDateTime until) {
        return Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
    }
}
