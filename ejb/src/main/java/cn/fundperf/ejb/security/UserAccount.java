package cn.fundperf.ejb.security;

import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.validation.Text;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A person who signs in: one organization, some roles, a password with its history and lockout state. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "UserAccount.byUsername", query = "select u from UserAccount u where u.username = :username")
// every request reads its user afresh (disabled, roles changed, password expired): in one statement
@NamedQuery(name = "UserAccount.signedIn", query = "select distinct u from UserAccount u join fetch u.organization "
        + "left join fetch u.roles where u.id = :id")
public class UserAccount {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9_.-]{2,39}");

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 40)
    private String username;

    @Column(name = "display_name", nullable = false, length = 60)
    @Text(max = 60)
    private String displayName;

    @Column(length = 40)
    @Text(max = 40)
    private String phone;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_code", length = 32, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "roles_changed_at")
    private LocalDateTime rolesChangedAt;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "password_changed_at", nullable = false)
    private LocalDateTime passwordChangedAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection
    @CollectionTable(name = "password_history", joinColumns = @JoinColumn(name = "user_id"))
    @OrderBy("replacedAt DESC")
    private List<PreviousPassword> previousPasswords = new ArrayList<>();

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    @Column(name = "last_login_address", length = 64)
    private String lastLoginAddress;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** The last reset by an administrator: told to the user at the logins until the password is their own again. */
    @Column(name = "password_reset_by")
    private Long passwordResetBy;

    @Column(name = "password_reset_at")
    private LocalDateTime passwordResetAt;

    /** A reset the system administrator asked for, waiting for the security administrator (two persons). */
    @Column(name = "reset_requested_by")
    private Long resetRequestedBy;

    @Column(name = "reset_requested_at")
    private LocalDateTime resetRequestedAt;

    protected UserAccount() {
    }

    /** A new account with an initial password that must be changed at first login. */
    public UserAccount(String username, String displayName, Organization organization,
                       String initialPasswordHash, LocalDateTime now) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("user.username.invalid");
        }
        this.username = username;
        this.displayName = requireText(displayName);
        this.organization = Objects.requireNonNull(organization);
        this.passwordHash = initialPasswordHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = true;
        this.createdAt = now;
    }

    // ---- authentication ------------------------------------------------------------------

    /*
     * The wrong-password count, the lock and the last login are written by LoginCounters with one
     * atomic statement per event, not through this entity: parallel logins must not collide on
     * @Version, and parallel wrong passwords must count exactly.
     */

    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** First login, a reset by the administrator, or the password is older than the policy allows. */
    public boolean passwordChangeRequired(LocalDateTime now, PasswordPolicy policy) {
        return mustChangePassword || passwordChangedAt.plusDays(policy.maxAgeDays()).isBefore(now);
    }

    /** Hashes that the new password must not match: the current one and the recent ones. */
    public List<String> recentPasswordHashes(PasswordPolicy policy) {
        List<String> recent = new ArrayList<>();
        recent.add(passwordHash);
        previousPasswords.stream().limit(Math.max(0, policy.historySize() - 1))
                .map(PreviousPassword::getHash).forEach(recent::add);
        return recent;
    }

    /** The user chose a new password (already checked against policy and history by the service). */
    public void replacePassword(String newHash, LocalDateTime now, PasswordPolicy policy) {
        previousPasswords.add(0, new PreviousPassword(passwordHash, now));
        while (previousPasswords.size() > Math.max(0, policy.historySize() - 1)) {
            previousPasswords.remove(previousPasswords.size() - 1);
        }
        passwordHash = newHash;
        passwordChangedAt = now;
        mustChangePassword = false;
    }

    /**
     * An administrator set a temporary password: the user must change it at next login, and is
     * told who reset it and when. A pending reset request is settled by it.
     */
    public void resetPassword(String temporaryHash, long resetByUserId, LocalDateTime now) {
        previousPasswords.add(0, new PreviousPassword(passwordHash, now));
        passwordHash = temporaryHash;
        passwordChangedAt = now;
        mustChangePassword = true;
        passwordResetBy = resetByUserId;
        passwordResetAt = now;
        resetRequestedBy = null;
        resetRequestedAt = null;
        unlock();
    }

    /** Whether the user is still to be told of a reset: the temporary password has not been replaced yet. */
    public boolean isResetNoticeDue() {
        return mustChangePassword && passwordResetAt != null;
    }

    /** The system administrator asks for a reset that the security administrator must approve. */
    public void requestPasswordReset(long requestedByUserId, LocalDateTime now) {
        if (isResetRequested()) {
            throw new InvalidInputException("user.passwordReset.alreadyRequested", username);
        }
        resetRequestedBy = requestedByUserId;
        resetRequestedAt = now;
    }

    /** The security administrator turns the request down; the password stays as it is. */
    public void rejectPasswordResetRequest() {
        requireResetRequested();
        resetRequestedBy = null;
        resetRequestedAt = null;
    }

    public void requireResetRequested() {
        if (!isResetRequested()) {
            throw new InvalidInputException("user.passwordReset.notRequested", username);
        }
    }

    public boolean isResetRequested() {
        return resetRequestedAt != null;
    }

    /** Demo and migration accounts start with a password that is already their own. */
    public void acceptPasswordAsChosen() {
        mustChangePassword = false;
    }

    public void unlock() {
        lockedUntil = null;
        failedAttempts = 0;
    }

    // ---- administration ------------------------------------------------------------------

    public void assignRoles(Set<Role> newRoles, boolean ownAccount, LocalDateTime now) {
        List<String> broken = RoleAssignmentRule.violations(newRoles, organization.getType(), ownAccount);
        if (!broken.isEmpty()) {
            String first = broken.get(0);
            int colon = first.indexOf(':');
            throw colon < 0 ? new InvalidInputException(first)
                    : new InvalidInputException(first.substring(0, colon), Role.valueOf(first.substring(colon + 1)));   // shown by its label
        }
        roles.clear();
        roles.addAll(newRoles);
        rolesChangedAt = now;   // also moves @Version: role changes are concurrent edits like any other
    }

    public void describe(String newDisplayName, String newPhone) {
        displayName = requireText(newDisplayName);
        phone = newPhone == null || newPhone.isBlank() ? null : newPhone.strip();
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("user.displayName.required");
        }
        return text.strip();
    }

    public String rolesSummary() {
        return new TreeSet<>(roles.stream().map(Enum::name).toList()).toString();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPhone() {
        return phone;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public LocalDateTime getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public String getLastLoginAddress() {
        return lastLoginAddress;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public Long getPasswordResetBy() {
        return passwordResetBy;
    }

    public LocalDateTime getPasswordResetAt() {
        return passwordResetAt;
    }

    public Long getResetRequestedBy() {
        return resetRequestedBy;
    }

    public LocalDateTime getResetRequestedAt() {
        return resetRequestedAt;
    }
}
