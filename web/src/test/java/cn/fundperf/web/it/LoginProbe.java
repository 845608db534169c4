package cn.fundperf.web.it;

import cn.fundperf.ejb.security.AccountService;
import cn.fundperf.ejb.security.LoginOutcome;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/** Test-only bean for LoginIT: login attempts in threads and transactions of their own, and the account's bookkeeping. */
@Stateless
public class LoginProbe {

    @Inject
    AccountService accounts;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** One login attempt in its own thread and transaction: several at once race like parallel requests. */
    @Asynchronous
    public Future<LoginOutcome> authenticate(String username, String password) {
        return CompletableFuture.completedFuture(accounts.authenticate(username, password, "10.9.9.9"));
    }

    /** The last wrong password of a name (account or not) moved this far into the past, as if typed then. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ageLastFailure(String username, Duration age) {
        Timestamp then = Timestamp.valueOf(LocalDateTime.now(clock).minus(age));
        em.createNativeQuery("UPDATE unknown_login SET last_failed_at = ?1 WHERE username = ?2")
                .setParameter(1, then).setParameter(2, username).executeUpdate();
        em.createNativeQuery("UPDATE app_user SET last_failed_at = ?1 WHERE username = ?2")
                .setParameter(1, then).setParameter(2, username).executeUpdate();
    }

    public boolean unknownNameKept(String username) {
        return !em.createNativeQuery("SELECT username FROM unknown_login WHERE username = ?1")
                .setParameter(1, username).getResultList().isEmpty();
    }

    public int failedAttempts(String username) {
        return em.createQuery("select u.failedAttempts from UserAccount u where u.username = :name", Integer.class)
                .setParameter("name", username).getSingleResult();
    }

    public LocalDateTime lastLoginAt(String username) {
        return em.createQuery("select u.lastLoginAt from UserAccount u where u.username = :name", LocalDateTime.class)
                .setParameter("name", username).getSingleResult();
    }

    public long version(String username) {
        return em.createQuery("select u.version from UserAccount u where u.username = :name", Long.class)
                .setParameter("name", username).getSingleResult();
    }
}
