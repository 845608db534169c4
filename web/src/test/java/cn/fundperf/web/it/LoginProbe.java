package cn.fundperf.web.it;

import cn.fundperf.ejb.security.AccountService;
import cn.fundperf.ejb.security.LoginOutcome;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/** Test-only bean for LoginIT: login attempts in threads and transactions of their own, and the account's bookkeeping. */
@Stateless
public class LoginProbe {

    @Inject
    AccountService accounts;

    @PersistenceContext
    EntityManager em;

    /** One login attempt in its own thread and transaction: several at once race like parallel requests. */
    @Asynchronous
    public Future<LoginOutcome> authenticate(String username, String password) {
        return CompletableFuture.completedFuture(accounts.authenticate(username, password, "10.9.9.9"));
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
