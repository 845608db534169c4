package cn.fundperf.web.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** Test-only bean for ApiTokenIT: lets a token expire without waiting, and reads its row as stored. */
@Stateless
public class TokenProbe {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The token stops a minute ago (issuing refuses a past expiry, so the test moves it in the database). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void expire(long tokenId) {
        em.createNativeQuery("UPDATE api_token SET expires_at = ?1 WHERE id = ?2")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.now(clock).minusMinutes(1))).setParameter(2, tokenId).executeUpdate();
    }

    public long useCount(long tokenId) {
        return ((Number) em.createNativeQuery("SELECT use_count FROM api_token WHERE id = ?1").setParameter(1, tokenId)
                .getSingleResult()).longValue();
    }

    public String secretHash(long tokenId) {
        return (String) em.createNativeQuery("SELECT secret_hash FROM api_token WHERE id = ?1").setParameter(1, tokenId)
                .getSingleResult();
    }

    /** Every column of the token's row as text, to show that the secret is nowhere in it. */
    public String rowAsText(long tokenId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT * FROM api_token WHERE id = ?1").setParameter(1, tokenId).getResultList();
        StringBuilder text = new StringBuilder();
        for (Object value : rows.get(0)) {
            text.append(value).append('|');
        }
        return text.toString();
    }
}
