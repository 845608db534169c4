package cn.fundperf.ejb.security;

import cn.fundperf.ejb.audit.AuditTrail;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.organization.Organization;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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

    @Inject
    LoginCounters counters;

    /**
     * One login attempt; every outcome is audited, and failures count towards the lockout. A name
     * without an account gets the same answers, the same lockout and the same hashing time as an
     * account with a wrong password, so that the answers do not reveal which names exist. The
     * bookkeeping is done by atomic statements ({@link LoginCounters}), never through the account's
     * version, so that parallel logins of one account do not collide.
     */
    public LoginOutcome authenticate(String username, String password, String clientAddress) {
        LocalDateTime now = LocalDateTime.now(clock);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Optional<UserAccount> found = byUsername(name);
        boolean passwordMatches;
        if (found.isPresent()) {
            passwordMatches = PasswordHasher.matches(password, found.get().getPasswordHash());
        } else {
            PasswordHasher.spendEquivalentTime(password);
            passwordMatches = false;
        }
        LoginCounters.Place place = found.isPresent() ? LoginCounters.Place.ACCOUNT : LoginCounters.Place.UNKNOWN_NAME;
        Object key = found.isPresent() ? found.get().getId() : name.substring(0, Math.min(name.length(), 100));
        Long entityId = found.map(UserAccount::getId).orElse(null);
        String unknown = found.isPresent() ? null : "unknown user";
        Actor attempt = found.map(user -> actorOf(user, clientAddress)).orElseGet(() -> new Actor(null,
                name.isEmpty() ? "-" : name, null, null, null, Set.of(), DataScope.nothing(), clientAddress));

        Optional<LocalDateTime> lockedUntil = counters.lockedUntil(place, key, now);
        if (lockedUntil.isPresent()) {
            auditTrail.recordFor(attempt, "security.login.refusedLocked", "UserAccount", entityId, null, unknown);
            return LoginOutcome.locked(minutesUntil(now, lockedUntil.get()));
        }
        LockoutPolicy lockout = settings.lockoutPolicy();
        if (!passwordMatches) {
            if (found.isEmpty()) {
                registerUnknownName(name, now);
            }
            LoginCounters.Counted counted = counters.countFailure(place, key, now, lockout);
            switch (counted.result()) {
                case ALREADY_LOCKED -> {
                    auditTrail.recordFor(attempt, "security.login.refusedLocked", "UserAccount", entityId, null, unknown);
                    return LoginOutcome.locked(minutesUntil(now, counted.lockedUntil()));
                }
                case LOCKED_NOW -> {
                    auditTrail.recordFor(attempt, "security.login.failed", "UserAccount", entityId, null,
                            found.isPresent() ? "wrong password" : unknown);
                    auditTrail.recordFor(attempt, "security.account.locked", "UserAccount", entityId, null,
                            "until " + counted.lockedUntil() + (found.isPresent() ? "" : " (" + unknown + ")"));
                    return LoginOutcome.locked(minutesUntil(now, counted.lockedUntil()));
                }
                default -> {
                    auditTrail.recordFor(attempt, "security.login.failed", "UserAccount", entityId, null,
                            found.isPresent() ? "wrong password" : unknown);
                    return LoginOutcome.badCredentials(Math.max(0, lockout.maxFailures() - counted.failures()));
                }
            }
        }
        UserAccount user = found.get();
        if (!user.isEnabled()) {
            auditTrail.recordFor(attempt, "security.login.refusedDisabled", "UserAccount", user.getId(), null, null);
            return LoginOutcome.disabled();
        }
        if (!counters.recordLogin(user.getId(), now, clientAddress)) {
            auditTrail.recordFor(attempt, "security.login.refusedLocked", "UserAccount", user.getId(), null, null);
            return LoginOutcome.locked(minutesUntil(now, counters.lockedUntil(place, key, now).orElse(now.plus(lockout.lockDuration()))));
        }
        auditTrail.recordFor(attempt, "security.login.succeeded", "UserAccount", user.getId(), null, null);
        return LoginOutcome.succeeded(attempt, user.passwordChangeRequired(now, settings.passwordPolicy()));
    }

    /** Two first attempts of one unknown name at once: one creates the row, the other's insert fails, and both count on it. */
    private void registerUnknownName(String name, LocalDateTime now) {
        try {
            counters.registerUnknownName(name, now);
        } catch (EJBException concurrentlyCreated) {
            // the row exists now (made by the parallel attempt): counting below finds it
        }
    }

    /** The actor for a request of a signed-in user, read fresh so that role changes and disabling act at once. */
    public Optional<Actor> actorFor(long userId, String clientAddress) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null || !user.isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(actorOf(user, clientAddress));
    }

    /**
     * The signed-in user of a request, read fresh: the actor, and whether the password must be
     * changed before anything else (first login, reset, too old), whichever way the session began.
     */
    public Optional<SignedInAccount> signedIn(long userId, String clientAddress) {
        UserAccount user = em.createNamedQuery("UserAccount.signedIn", UserAccount.class).setParameter("id", userId)
                .getResultList().stream().findFirst().orElse(null);
        if (user == null || !user.isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(new SignedInAccount(actorOf(user, clientAddress),
                user.passwordChangeRequired(LocalDateTime.now(clock), settings.passwordPolicy())));
    }

    public boolean passwordChangeRequired(long userId) {
        UserAccount user = em.find(UserAccount.class, userId);
        return user != null && user.passwordChangeRequired(LocalDateTime.now(clock), settings.passwordPolicy());
    }

    /**
     * Who reset the user's password and when, to be told after each login until the temporary
     * password has been replaced: whoever signs in with it learns that the account was reset.
     */
    public Optional<PasswordResetNotice> passwordResetNotice(long userId) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null || !user.isResetNoticeDue()) {
            return Optional.empty();
        }
        UserAccount by = user.getPasswordResetBy() == null ? null : em.find(UserAccount.class, user.getPasswordResetBy());
        return Optional.of(new PasswordResetNotice(user.getPasswordResetAt(), by == null ? "-" : by.getDisplayName(),
                by == null ? "-" : by.getOrganization().getName()));
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

    /** The daily purge of login bookkeeping (job {@code LOGIN_FAILURES_PURGE}); audited when it forgot anything. */
    public String forgetOldLoginFailures() {
        LoginCounters.Forgotten forgotten = counters.forgetOldFailures(LocalDateTime.now(clock), settings.lockoutPolicy());
        if (forgotten.unknownNames() + forgotten.accounts() > 0) {
            auditTrail.record("security.loginFailures.forgotten", "UnknownLogin", null, null,
                    forgotten.unknownNames() + " unknown names, " + forgotten.accounts() + " accounts");
        }
        return forgotten.unknownNames() + " unknown names removed, " + forgotten.accounts() + " account counts reset";
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

    /** A signed-in user whose roles do not open a page (URL rules): audited like a refused use case. */
    public void recordPageRefused(long userId, String clientAddress, String path) {
        String page = path.length() > 80 ? path.substring(0, 80) : path;
        actorFor(userId, clientAddress).ifPresent(actor ->
                auditTrail.recordFor(actor, "security.url.denied", "Page", page, null, null));
    }

    public SessionPolicy sessionPolicy() {
        return settings.sessionPolicy();
    }

    public LockoutPolicy lockoutPolicy() {
        return settings.lockoutPolicy();
    }

    public LoginThrottlePolicy loginThrottlePolicy() {
        return settings.loginThrottlePolicy();
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
