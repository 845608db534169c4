package cn.fundperf.ejb.security;

import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.validation.PlainText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A personal API token: an integration acts as the owner, with at most the token's roles, until
 * the token expires or is revoked. Its use is kept by {@link ApiTokenService} with one atomic
 * statement per call (last use, count), never through this entity's version.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @Version
    private long version;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private UserAccount owner;

    @Size(max = 100)
    @PlainText
    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_token_role", joinColumns = @JoinColumn(name = "token_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_code", length = 32, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "issued_by", nullable = false)
    private Long issuedBy;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Column(name = "last_used_at", insertable = false, updatable = false)
    private LocalDateTime lastUsedAt;

    @Column(name = "last_used_address", length = 64, insertable = false, updatable = false)
    private String lastUsedAddress;

    @Column(name = "use_count", insertable = false, updatable = false)
    private long useCount;

    protected ApiToken() {
    }

    /**
     * Issued for an owner under the policy; the token stops at the start of {@code expiresOn}.
     *
     * @param secretHash the hash of the secret that is shown once and never stored
     */
    public ApiToken(UserAccount owner, String name, Set<Role> roles, LocalDate expiresOn, String secretHash,
                    long issuedBy, LocalDateTime now, ApiTokenPolicy policy, long activeTokensOfOwner) {
        policy.check(name, roles, owner.getRoles(), expiresOn, now.toLocalDate(), activeTokensOfOwner);
        this.owner = owner;
        this.name = name.strip();
        this.roles.addAll(roles);
        this.expiresAt = expiresOn.atStartOfDay();
        this.secretHash = Objects.requireNonNull(secretHash);
        this.issuedBy = issuedBy;
        this.issuedAt = now;
    }

    public ApiTokenState state(LocalDateTime now) {
        if (revokedAt != null) {
            return ApiTokenState.REVOKED;
        }
        return now.isBefore(expiresAt) ? ApiTokenState.ACTIVE : ApiTokenState.EXPIRED;
    }

    public boolean isActive(LocalDateTime now) {
        return state(now) == ApiTokenState.ACTIVE;
    }

    public void revoke(long by, LocalDateTime now) {
        if (revokedAt != null) {
            throw new InvalidInputException("token.alreadyRevoked", name);
        }
        revokedAt = now;
        revokedBy = by;
    }

    /**
     * The roles a call with this token acts in: the token's, as far as the owner still holds them,
     * so that taking a role from the owner takes it from the token too.
     */
    public Set<Role> effectiveRoles(Set<Role> ownerRolesNow) {
        Set<Role> effective = EnumSet.noneOf(Role.class);
        effective.addAll(roles);
        effective.retainAll(ownerRolesNow);
        effective.removeIf(Role::isAdministrative);
        return effective;
    }

    public boolean matches(ApiTokenCredential credential) {
        return credential.tokenId() == id && credential.matches(secretHash);
    }

    public String summary() {
        return name + " " + new TreeSet<>(roles.stream().map(Enum::name).toList()) + " until " + expiresAt.toLocalDate();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public UserAccount getOwner() { return owner; }
    public String getName() { return name; }
    public Set<Role> getRoles() { return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
    public LocalDateTime getExpiresAt() { return expiresAt; }
    public LocalDateTime getIssuedAt() { return issuedAt; }
    public Long getIssuedBy() { return issuedBy; }
    public LocalDateTime getRevokedAt() { return revokedAt; }
    public Long getRevokedBy() { return revokedBy; }
    public LocalDateTime getLastUsedAt() { return lastUsedAt; }
    public String getLastUsedAddress() { return lastUsedAddress; }
    public long getUseCount() { return useCount; }
}
