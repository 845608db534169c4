package cn.fundperf.web.security;

import cn.fundperf.ejb.platform.ClockProducer;
import cn.fundperf.ejb.security.ApiTokenService;
import cn.fundperf.ejb.security.ApiTokenService.IssuedToken;
import cn.fundperf.ejb.security.Role;
import cn.fundperf.web.faces.PagedModel;
import cn.fundperf.web.faces.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * API 令牌 (安全管理员): every personal API token with its owner, roles, expiry, last use and
 * state; issuing one (the token is shown once, here, and never again) and revoking.
 */
@Named
@ViewScoped
public class ApiTokenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokenService tokens;

    private String text;
    private PagedModel<ApiTokenRow> model;
    private String ownerUsername;
    private String name;
    private Role[] selectedRoles;
    private LocalDate expiresOn;
    private IssuedToken issued;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> tokens.tokenCount(text),
                (first, max) -> tokens.tokens(text, first, max).stream().map(row -> new ApiTokenRow(row, true)).toList(),
                ApiTokenRow::getId);
        expiresOn = tokens.policy().defaultExpiry(today());
    }

    public void issue() {
        issued = null;
        Set<Role> roles = selectedRoles == null || selectedRoles.length == 0 ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(Arrays.asList(selectedRoles));
        issued = tokens.issue(ownerUsername, name, roles, expiresOn);
        Texts.info("token.issued", issued.owner());
        ownerUsername = null;
        name = null;
        selectedRoles = null;
        expiresOn = tokens.policy().defaultExpiry(today());
    }

    public void revoke(ApiTokenRow row) {
        issued = null;
        tokens.revoke(row.getId(), row.getVersion());
        Texts.info("token.revoked", row.getName(), row.getOwnerUsername());
    }

    /** Business roles only: administrators' duties are never delegated to a token. */
    public Role[] getBusinessRoles() {
        return Arrays.stream(Role.values()).filter(role -> !role.isAdministrative()).toArray(Role[]::new);
    }

    public String getExpiryHint() {
        return Texts.text("token.expiry.hint", tokens.policy().maxDays());
    }

    public LocalDate getMinExpiry() {
        return today().plusDays(1);
    }

    public LocalDate getMaxExpiry() {
        return today().plusDays(tokens.policy().maxDays());
    }

    private static LocalDate today() {
        return LocalDate.now(ClockProducer.officeZone());
    }

    public PagedModel<ApiTokenRow> getModel() { return model; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getOwnerUsername() { return ownerUsername; }
    public void setOwnerUsername(String ownerUsername) { this.ownerUsername = ownerUsername; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Role[] getSelectedRoles() { return selectedRoles; }
    public void setSelectedRoles(Role[] selectedRoles) { this.selectedRoles = selectedRoles; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public IssuedToken getIssued() { return issued; }
}
