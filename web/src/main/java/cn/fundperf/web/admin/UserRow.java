package cn.fundperf.web.admin;

import cn.fundperf.ejb.platform.ClockProducer;
import cn.fundperf.ejb.security.AccountAdministrationRule;
import cn.fundperf.ejb.security.Role;
import cn.fundperf.ejb.security.UserAccount;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A user as the administrators' tables show it, with the version it was read at. */
public class UserRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final String username;
    private final String organizationName;
    private final boolean enabled;
    private final LocalDateTime lockedUntil;
    private final LocalDateTime lastLoginAt;
    private final boolean mustChangePassword;
    private final boolean keptBySecurityAdministrator;
    private final LocalDateTime resetRequestedAt;
    private String displayName;
    private String phone;
    private List<Role> roles;

    public UserRow(UserAccount user) {
        id = user.getId();
        version = user.getVersion();
        username = user.getUsername();
        organizationName = user.getOrganization().getName();
        enabled = user.isEnabled();
        lockedUntil = user.getLockedUntil();
        lastLoginAt = user.getLastLoginAt();
        mustChangePassword = user.isMustChangePassword();
        keptBySecurityAdministrator = AccountAdministrationRule.keeperOf(user.getRoles()) == Role.SECADMIN;
        resetRequestedAt = user.getResetRequestedAt();
        displayName = user.getDisplayName();
        phone = user.getPhone();
        roles = new ArrayList<>(user.getRoles());
    }

    public long getId() { return id; }
    public long getVersion() { return version; }
    public String getUsername() { return username; }
    public String getOrganizationName() { return organizationName; }
    public boolean isEnabled() { return enabled; }
    public boolean isLocked() { return lockedUntil != null && lockedUntil.isAfter(LocalDateTime.now(ClockProducer.officeZone())); }
    public LocalDateTime getLockedUntil() { return lockedUntil; }
    public LocalDateTime getLastLoginAt() { return lastLoginAt; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    /** An administrator's account (三员): the system administrator's screen offers no action on it. */
    public boolean isKeptBySecurityAdministrator() { return keptBySecurityAdministrator; }
    public boolean isKeptBySystemAdministrator() { return !keptBySecurityAdministrator; }
    public boolean isResetRequested() { return resetRequestedAt != null; }
    public LocalDateTime getResetRequestedAt() { return resetRequestedAt; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public List<Role> getRoles() { return roles; }
    public void setRoles(List<Role> roles) { this.roles = roles; }
}
