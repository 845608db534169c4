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

/** 角色分配 (安全管理员): roles per user under the separation-of-duties rule, unlocking, the policy in force. */
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

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> users.userCountForRoleAssignment(text),
                (first, max) -> users.usersForRoleAssignment(text, first, max).stream().map(UserRow::new).toList(),
                UserRow::getId);
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
    public Role[] getSelectedRoles() { return selectedRoles; }
    public void setSelectedRoles(Role[] selectedRoles) { this.selectedRoles = selectedRoles; }
}
