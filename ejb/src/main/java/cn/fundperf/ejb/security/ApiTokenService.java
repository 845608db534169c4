package cn.fundperf.ejb.security;

import static cn.fundperf.ejb.permission.Permission.API_TOKEN_MANAGE;

import cn.fundperf.ejb.audit.AuditTrail;
import cn.fundperf.ejb.audit.UseCaseAudit;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.business.StaleVersionException;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.Unscoped;
import cn.fundperf.ejb.platform.SearchText;
import cn.fundperf.ejb.security.AccountAdministrationRule.Action;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Personal API tokens: the security administrator issues them for an account (the secret is
 * returned once, to be handed over) and revokes them; an integration signs in with one per call,
 * without a session.
 * <p>
 * A call is accepted while the token is neither revoked nor expired and its owner is enabled and
 * not locked; it acts in the token's roles that the owner still holds. Each accepted call moves
 * the token's last use and count by one atomic UPDATE; the audit log gets the first use of each
 * token in each clock hour (at most 24 records a day per token, whatever the traffic), the row
 * keeps the count and the last use in between. Refused tokens are not audited one by one (a flood
 * of forged tokens must not flood the chain); they are throttled per address at the web tier.
 */
@Stateless
public class ApiTokenService {

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

    /** The token as the integration will send it, shown once: only its hash is kept. */
    public record IssuedToken(long id, String owner, String text) implements Serializable {
        // bean-style accessors for Jakarta EL 5, which does not read record components
        public String getOwner() { return owner; }
        public String getText() { return text; }
    }

    /** Who a token call acts for; the actor itself is built per request by {@link #signedIn}. */
    public record TokenUse(long tokenId, long ownerId, String ownerUsername) {
    }

    /** A new token for the account with this user name; the text is returned once, to be handed over. */
    @Guarded(value = API_TOKEN_MANAGE, audit = "security.token.issued")
    public IssuedToken issue(String ownerUsername, String name, Set<Role> roles, LocalDate expiresOn) {
        String username = ownerUsername == null ? "" : ownerUsername.strip().toLowerCase(Locale.ROOT);
        UserAccount owner = em.createNamedQuery("UserAccount.byUsername", UserAccount.class).setParameter("username", username)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new InvalidInputException("token.owner.unknown", username));
        permit(owner, "issue");
        LocalDateTime now = LocalDateTime.now(clock);
        String secret = ApiTokenCredential.newSecret();
        ApiToken token = new ApiToken(owner, name, roles, expiresOn, ApiTokenCredential.hash(secret),
                currentActor.get().userId(), now, settings.apiTokenPolicy(), activeTokens(owner.getId(), now));
        em.persist(token);
        em.flush();
        audit.subject("ApiToken", token.getId());
        audit.change(null, owner.getUsername() + " " + token.summary());
        return new IssuedToken(token.getId(), owner.getUsername(), new ApiTokenCredential(token.getId(), secret).text());
    }

    @Guarded(value = API_TOKEN_MANAGE, audit = "security.token.revoked")
    public void revoke(@Unscoped("administrators' object, under the separation of duties") long tokenId, long version) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null) {
            throw new NotFoundException("ApiToken", tokenId);
        }
        StaleVersionException.requireSame("ApiToken", tokenId, token.getVersion(), version);
        permit(token.getOwner(), "revoke");
        token.revoke(currentActor.get().userId(), LocalDateTime.now(clock));
        audit.subject("ApiToken", tokenId);
        audit.change(null, token.getOwner().getUsername() + " " + token.summary());
    }

    /** Every token, newest first, optionally of the owners whose name matches; paged. */
    @Guarded(API_TOKEN_MANAGE)
    public List<ApiToken> tokens(String ownerText, int first, int max) {
        return em.createQuery("select t from ApiToken t join fetch t.owner o join fetch o.organization"
                        + " where lower(o.username) like :text or o.displayName like :text order by t.issuedAt desc, t.id desc",
                        ApiToken.class)
                .setParameter("text", pattern(ownerText)).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Guarded(API_TOKEN_MANAGE)
    public long tokenCount(String ownerText) {
        return em.createQuery("select count(t) from ApiToken t join t.owner o where lower(o.username) like :text"
                        + " or o.displayName like :text", Long.class)
                .setParameter("text", pattern(ownerText)).getSingleResult();
    }

    /** The policy for the issue form (default and furthest expiry). */
    public ApiTokenPolicy policy() {
        return settings.apiTokenPolicy();
    }

    /** The signed-in user's own tokens (never a secret), newest first. */
    public List<ApiToken> ownTokens() {
        return em.createQuery("select t from ApiToken t where t.owner.id = :owner order by t.issuedAt desc, t.id desc", ApiToken.class)
                .setParameter("owner", currentActor.get().userId()).setMaxResults(100).getResultList();
    }

    /**
     * Checks a presented token and records its use. Empty, with the same work done, for a text
     * that is no token, an unknown id, a wrong secret, an expired or revoked token, and an owner
     * who is disabled or locked: the caller answers all of them alike.
     */
    public Optional<TokenUse> authenticate(String presented, String clientAddress) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<ApiTokenCredential> credential = ApiTokenCredential.parse(presented);
        ApiToken token = credential.map(c -> em.find(ApiToken.class, c.tokenId())).orElse(null);
        boolean matches = token != null ? token.matches(credential.get())
                : new ApiTokenCredential(0, "-").matches(null);   // the same comparison, bound to fail
        if (!matches || !token.isActive(now) || !ownerMayWork(token.getOwner(), now)) {
            return Optional.empty();
        }
        recordUse(token, now, clientAddress);
        UserAccount owner = token.getOwner();
        return Optional.of(new TokenUse(token.getId(), owner.getId(), owner.getUsername()));
    }

    /**
     * The actor of a token call, read fresh: the owner with the token's roles that the owner still
     * holds, and whether the owner's password must be changed first (then the call is refused:
     * a token does not get around the forced change). Empty once the token no longer works.
     */
    public Optional<SignedInAccount> signedIn(long tokenId, String clientAddress) {
        LocalDateTime now = LocalDateTime.now(clock);
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || !token.isActive(now) || !ownerMayWork(token.getOwner(), now)) {
            return Optional.empty();
        }
        UserAccount owner = token.getOwner();
        Actor full = AccountService.actorOf(owner, clientAddress);
        Set<Role> roles = token.effectiveRoles(owner.getRoles());
        Actor actor = new Actor(full.userId(), full.username(), full.displayName(), full.organizationId(),
                full.organizationName(), roles, DataScope.of(roles, owner.getOrganization().getPath(),
                owner.getOrganization().getRegionPath()), clientAddress);
        return Optional.of(new SignedInAccount(actor, owner.passwordChangeRequired(now, settings.passwordPolicy())));
    }

    private static boolean ownerMayWork(UserAccount owner, LocalDateTime now) {
        return owner.isEnabled() && !owner.isLocked(now);
    }

    /**
     * Last use and count by one atomic statement (parallel calls of one token never collide on
     * the version); the first call of each clock hour also wins the audit mark and writes the record.
     */
    private void recordUse(ApiToken token, LocalDateTime now, String clientAddress) {
        String address = clientAddress == null ? null : clientAddress.substring(0, Math.min(64, clientAddress.length()));
        em.createNativeQuery("UPDATE api_token SET last_used_at = ?1, last_used_address = ?2, use_count = use_count + 1"
                        + " WHERE id = ?3")
                .setParameter(1, Timestamp.valueOf(now)).setParameter(2, address).setParameter(3, token.getId()).executeUpdate();
        LocalDateTime hourEnd = now.truncatedTo(ChronoUnit.HOURS).plusHours(1);
        int marked = em.createNativeQuery("UPDATE api_token SET use_audited_until = ?1 WHERE id = ?2"
                        + " AND (use_audited_until IS NULL OR use_audited_until <= ?3)")
                .setParameter(1, Timestamp.valueOf(hourEnd)).setParameter(2, token.getId()).setParameter(3, Timestamp.valueOf(now))
                .executeUpdate();
        if (marked == 1) {
            Actor owner = AccountService.actorOf(token.getOwner(), clientAddress);
            auditTrail.recordFor(owner, "security.token.used", "ApiToken", token.getId(), null,
                    token.getName() + " (first use this hour, " + (token.getUseCount() + 1) + " uses so far)");
        }
    }

    private long activeTokens(long ownerId, LocalDateTime now) {
        return em.createQuery("select count(t) from ApiToken t where t.owner.id = :owner and t.revokedAt is null"
                        + " and t.expiresAt > :now", Long.class)
                .setParameter("owner", ownerId).setParameter("now", now).getSingleResult();
    }

    /** Refuses (and audits the refusal) when the actor's duty does not cover this account (三员, not one's own). */
    private void permit(UserAccount owner, String what) {
        Actor actor = currentActor.get();
        boolean own = Objects.equals(owner.getId(), actor.userId());
        Optional<String> refusal = AccountAdministrationRule.refusal(actor.roles(), owner.getRoles(), own, Action.MANAGE_TOKENS);
        if (refusal.isPresent()) {
            auditTrail.recordRefusal(actor, "security.administration.refused", "UserAccount:" + owner.getId(),
                    "token " + what + " " + owner.getUsername() + " " + refusal.get());
            throw new SeparationOfDutiesException(refusal.get());
        }
    }

    private static String pattern(String text) {
        String pattern = SearchText.containing(text);
        return pattern == null ? "%" : pattern.toLowerCase();
    }
}
