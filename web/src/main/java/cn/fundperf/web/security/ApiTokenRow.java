package cn.fundperf.web.security;

import cn.fundperf.ejb.platform.ClockProducer;
import cn.fundperf.ejb.security.ApiToken;
import cn.fundperf.ejb.security.ApiTokenState;
import cn.fundperf.ejb.security.Role;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A personal API token as the tables show it (never its secret), with the version it was read at. */
public class ApiTokenRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final String ownerUsername;
    private final String ownerName;
    private final String organizationName;
    private final String name;
    private final List<Role> roles;
    private final LocalDateTime issuedAt;
    private final LocalDateTime expiresAt;
    private final LocalDateTime lastUsedAt;
    private final String lastUsedAddress;
    private final long useCount;
    private final ApiTokenState state;

    public ApiTokenRow(ApiToken token, boolean withOwner) {
        id = token.getId();
        version = token.getVersion();
        ownerUsername = withOwner ? token.getOwner().getUsername() : null;
        ownerName = withOwner ? token.getOwner().getDisplayName() : null;
        organizationName = withOwner ? token.getOwner().getOrganization().getName() : null;
        name = token.getName();
        roles = token.getRoles().stream().sorted().toList();
        issuedAt = token.getIssuedAt();
        expiresAt = token.getExpiresAt();
        lastUsedAt = token.getLastUsedAt();
        lastUsedAddress = token.getLastUsedAddress();
        useCount = token.getUseCount();
        state = token.state(LocalDateTime.now(ClockProducer.officeZone()));
    }

    public long getId() { return id; }
    public long getVersion() { return version; }
    public String getOwnerUsername() { return ownerUsername; }
    public String getOwnerName() { return ownerName; }
    public String getOrganizationName() { return organizationName; }
    public String getName() { return name; }
    public List<Role> getRoles() { return roles; }
    public LocalDateTime getIssuedAt() { return issuedAt; }
    public LocalDateTime getExpiresAt() { return expiresAt; }
    public LocalDateTime getLastUsedAt() { return lastUsedAt; }
    public String getLastUsedAddress() { return lastUsedAddress; }
    public long getUseCount() { return useCount; }
    public ApiTokenState getState() { return state; }
    public boolean isActive() { return state == ApiTokenState.ACTIVE; }
}
