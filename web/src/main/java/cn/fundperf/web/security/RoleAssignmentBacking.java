package cn.fundperf.web.security;

import cn.fundperf.ejb.security.AccountService;
import cn.fundperf.ejb.security.PasswordPolicy;
import cn.fundperf.ejb.security.Role;
import cn.fundperf.ejb.security.SessionPolicy;
import cn.fundperf.ejb.security.UserAdministrationService;
import cn.fundperf.web.admin.UserRow;
import cn.fundperf.web.faces.PagedModel;
import cn.fundperf.web.faces.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/**
 * 角色分配 (安全管理员): roles per user under the separation-of-duties rule, unlocking, the
 * administrators' own accounts (enable/disable, reset), password resets awaiting approval, the policy in force.
 */
@Named
@ViewScoped
public class RoleAssignmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministrationService users;

    @Inject
    AccountService accounts;

    private String text;
    private PagedModel<UserRow> model;
    private UserRow editing;
    private Role[] selectedRoles;
    private List<UserRow> pendingResets;
    private String handedOverPassword;
    private String handedOverUsername;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> users.userCountForRoleAssignment(text),
                (first, max) -> users.usersForRoleAssignment(text, first, max).stream().map(UserRow::new).toList(),
                UserRow::getId);
        loadPendingResets();
    }

    private void loadPendingResets() {
        pendingResets = users.pendingPasswordResets().stream().map(UserRow::new).toList();
    }

    /** An administrator's account (三员): only the security administrator disables it. */
    public void toggleEnabled(UserRow row) {
        handedOverPassword = null;
        users.setAdministratorEnabled(row.getId(), row.getVersion(), !row.isEnabled());
        Texts.info("saved");
    }

    public void resetPassword(UserRow row) {
        handedOverPassword = null;
        handedOverUsername = row.getUsername();
        handedOverPassword = users.resetAdministratorPassword(row.getId(), row.getVersion());
        Texts.info("user.administratorPasswordReset", row.getUsername());
    }

    /** Two persons: the approver is shown the temporary password once and hands it over. */
    public void approveReset(UserRow row) {
        handedOverPassword = null;
        handedOverUsername = row.getUsername();
        handedOverPassword = users.approvePasswordReset(row.getId(), row.getVersion());
        Texts.info("user.passwordReset.approved", row.getUsername());
        loadPendingResets();
    }

    public void rejectReset(UserRow row) {
        handedOverPassword = null;
        users.rejectPasswordReset(row.getId(), row.getVersion());
        Texts.info("user.passwordReset.rejected", row.getUsername());
        loadPendingResets();
    }

    public void edit(UserRow row) {
        editing = row;
        selectedRoles = row.getRoles().toArray(Role[]::new);
    }

    public void assign() {
        users.assignRoles(editing.getId(), editing.getVersion(),
                selectedRoles == null || selectedRoles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(java.util.Arrays.asList(selectedRoles)));
        Texts.info("role.assigned", editing.getUsername());
        editing = null;
    }

    public void unlock(UserRow row) {
        users.unlock(row.getId(), row.getVersion());
        Texts.info("user.unlocked", row.getUsername());
    }

    public String getPolicyText() {
        PasswordPolicy password = accounts.passwordPolicy();
        SessionPolicy session = accounts.sessionPolicy();
        return Texts.text("security.policy.summary", password.minLength(), password.minClasses(), password.historySize(),
                password.maxAgeDays(), session.idleTimeout().toMinutes(), session.absoluteTimeout().toHours());
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public PagedModel<UserRow> getModel() { return model; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public UserRow getEditing() { return editing; }
    public List<UserRow> getPendingResets() { return pendingResets; }
    public boolean isResetsPending() { return !pendingResets.isEmpty(); }
    public String getHandedOverPassword() { return handedOverPassword; }
    public String getHandedOverUsername() { return handedOverUsername; }
    public Role[] getSelectedRoles() { return selectedRoles; }
    public void setSelectedRoles(Role[] selectedRoles) { this.selectedRoles = selectedRoles; }
}
