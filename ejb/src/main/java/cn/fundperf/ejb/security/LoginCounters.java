package cn.fundperf.ejb.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The bookkeeping of login attempts: wrong-password counts, locks and the last login, kept by one
 * atomic UPDATE per event instead of through the account entity. Parallel logins of one account
 * therefore never collide on its optimistic version, and parallel wrong passwords are counted
 * exactly (the database increments; the row stays locked until the transaction ends).
 * <p>
 * The same rule is kept for an account ({@code app_user}) and for a name without an account
 * ({@code unknown_login}), so that both behave alike for the caller. A lock sets the count back to
 * zero, so that after an expired lock counting starts afresh.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LoginCounters {

    /** Where a name's count is kept. Table and key column are constants, never input. */
    public enum Place {
        ACCOUNT("app_user", "id"),
        UNKNOWN_NAME("unknown_login", "username");

        private final String table;
        private final String key;

        Place(String table, String key) {
            this.table = table;
            this.key = key;
        }
    }

    /** The outcome of counting one wrong password. */
    public record Counted(Result result, int failures, LocalDateTime lockedUntil) {

        public enum Result { COUNTED, LOCKED_NOW, ALREADY_LOCKED }
    }

    @PersistenceContext
    EntityManager em;

    /** The end of the lock in force, if any. */
    public Optional<LocalDateTime> lockedUntil(Place place, Object key, LocalDateTime now) {
        return state(place, key).map(State::lockedUntil).filter(now::isBefore);
    }

    /** Counts a wrong password; the one that reaches the policy's count locks, later ones find it locked. */
    public Counted countFailure(Place place, Object key, LocalDateTime now, LockoutPolicy policy) {
        int counted = em.createNativeQuery("UPDATE " + place.table + " SET failed_attempts = failed_attempts + 1,"
                        + " last_failed_at = ?1 WHERE " + place.key + " = ?2 AND (locked_until IS NULL OR locked_until <= ?1)")
                .setParameter(1, Timestamp.valueOf(now)).setParameter(2, key).executeUpdate();
        if (counted == 0) {
            return lockedUntil(place, key, now).map(until -> new Counted(Counted.Result.ALREADY_LOCKED, 0, until))
                    .orElseGet(() -> new Counted(Counted.Result.COUNTED, 0, null));   // no row: nothing to count on
        }
        LocalDateTime until = now.plus(policy.lockDuration());
        int locked = em.createNativeQuery("UPDATE " + place.table + " SET locked_until = ?1, failed_attempts = 0"
                        + " WHERE " + place.key + " = ?2 AND failed_attempts >= ?3")
                .setParameter(1, Timestamp.valueOf(until)).setParameter(2, key).setParameter(3, policy.maxFailures())
                .executeUpdate();
        if (locked == 1) {
            return new Counted(Counted.Result.LOCKED_NOW, 0, until);
        }
        return new Counted(Counted.Result.COUNTED, state(place, key).map(State::failures).orElse(0), null);
    }

    /** A successful login clears the count; false when a lock landed meanwhile (the login is then refused). */
    public boolean recordLogin(long accountId, LocalDateTime now, String clientAddress) {
        return em.createNativeQuery("UPDATE app_user SET failed_attempts = 0, locked_until = NULL,"
                        + " last_login_at = ?1, last_login_address = ?2"
                        + " WHERE id = ?3 AND (locked_until IS NULL OR locked_until <= ?1)")
                .setParameter(1, Timestamp.valueOf(now)).setParameter(2, clientAddress).setParameter(3, accountId)
                .executeUpdate() == 1;
    }

    /**
     * Makes sure a name without an account has its row, in a transaction of its own: two first
     * attempts at once both try, one of them fails on the primary key, and both then count on the row.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void registerUnknownName(String name, LocalDateTime now) {
        em.createNativeQuery("INSERT INTO unknown_login (username, failed_attempts, last_failed_at)"
                        + " SELECT ?1, 0, ?2 WHERE NOT EXISTS (SELECT 1 FROM unknown_login WHERE username = ?1)")
                .setParameter(1, name).setParameter(2, Timestamp.valueOf(now)).executeUpdate();
    }

    /** What the daily purge forgot. */
    public record Forgotten(int unknownNames, int accounts) {
    }

    /**
     * Forgets wrong passwords older than the lockout window, for names without an account (their
     * rows go) and for accounts (their count goes back to zero) alike, so that neither grows for
     * ever and both still answer the same. Rows under a lock in force are kept.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Forgotten forgetOldFailures(LocalDateTime now, LockoutPolicy policy) {
        Timestamp before = Timestamp.valueOf(now.minus(policy.lockDuration()));
        Timestamp at = Timestamp.valueOf(now);
        int names = em.createNativeQuery("DELETE FROM unknown_login WHERE last_failed_at < ?1"
                        + " AND (locked_until IS NULL OR locked_until <= ?2)")
                .setParameter(1, before).setParameter(2, at).executeUpdate();
        int accounts = em.createNativeQuery("UPDATE app_user SET failed_attempts = 0 WHERE failed_attempts > 0"
                        + " AND last_failed_at < ?1 AND (locked_until IS NULL OR locked_until <= ?2)")
                .setParameter(1, before).setParameter(2, at).executeUpdate();
        return new Forgotten(names, accounts);
    }

    private record State(int failures, LocalDateTime lockedUntil) {
    }

    private Optional<State> state(Place place, Object key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT failed_attempts, locked_until FROM " + place.table
                + " WHERE " + place.key + " = ?1").setParameter(1, key).getResultList();
        return rows.stream().findFirst().map(row -> new State(((Number) row[0]).intValue(), dateTime(row[1])));
    }

    private static LocalDateTime dateTime(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }
}
