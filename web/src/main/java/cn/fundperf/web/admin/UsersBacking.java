package cn.fundperf.web.admin;

import cn.fundperf.ejb.directory.OrganizationService;
import cn.fundperf.ejb.security.UserAdministrationService.NewAccount;
import cn.fundperf.ejb.security.UserAdministrationService;
import cn.fundperf.web.faces.PagedModel;
import cn.fundperf.web.faces.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** 用户管理 (系统管理员): create users, describe, enable/disable, reset passwords. Roles are the security administrator's. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministrationService users;

    @Inject
    OrganizationService organizations;

    private String text;
    private PagedModel<UserRow> model;
    private final OrganizationChoice organization = new OrganizationChoice(false);
    private String username;
    private String displayName;
    private String phone;
    private String handedOverPassword;
    private String handedOverUsername;
    private UserRow editing;
    private boolean resetNeedsApproval;

    @PostConstruct
    void init() {
        resetNeedsApproval = users.passwordResetRequiresApproval();
        model = new PagedModel<>(() -> users.userCount(text),
                (first, max) -> users.users(text, first, max).stream().map(UserRow::new).toList(), UserRow::getId);
    }

    public void create() {
        NewAccount account = users.createUser(username, displayName, phone, organization.id() == null ? -1 : organization.id());
        handedOverUsername = account.username();
        handedOverPassword = account.temporaryPassword();
        Texts.info("user.created", account.username());
        username = displayName = phone = null;
        organization.clear();
    }

    public void edit(UserRow row) {
        editing = row;
    }

    public void save() {
        users.describeUser(editing.getId(), editing.getVersion(), editing.getDisplayName(), editing.getPhone());
        Texts.info("saved");
        editing = null;
    }

    public void toggleEnabled(UserRow row) {
        users.setUserEnabled(row.getId(), row.getVersion(), !row.isEnabled());
        Texts.info("saved");
    }

    public void resetPassword(UserRow row) {
        handedOverUsername = row.getUsername();
        handedOverPassword = null;
        handedOverPassword = users.resetPassword(row.getId(), row.getVersion());
        Texts.info("user.passwordReset", row.getUsername());
    }

    /** Two persons: the security administrator approves and hands the temporary password over. */
    public void requestPasswordReset(UserRow row) {
        handedOverPassword = null;
        users.requestPasswordReset(row.getId(), row.getVersion());
        Texts.info("user.passwordReset.requested", row.getUsername());
    }

    public boolean isResetNeedsApproval() { return resetNeedsApproval; }

    public PagedModel<UserRow> getModel() { return model; }
    public OrganizationChoice getOrganization() { return organization; }

    /** Organizations whose names or codes hold the words typed. */
    public List<String> suggestOrganizations(String words) {
        return organization.suggest(organizations, words);
    }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getHandedOverPassword() { return handedOverPassword; }
    public String getHandedOverUsername() { return handedOverUsername; }
    public UserRow getEditing() { return editing; }
}
