package cn.fundperf.web.security;

import cn.fundperf.ejb.security.AccountService;
import cn.fundperf.ejb.security.PasswordPolicy;
import cn.fundperf.web.faces.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Objects;

/** The user's own password change, required at first login and after the maximum age. */
@Named
@RequestScoped
public class PasswordChangeBacking {

    @Inject
    AccountService accounts;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public String getPolicyText() {
        PasswordPolicy policy = accounts.passwordPolicy();
        return Texts.text("password.policy", policy.minLength(), policy.minClasses(), policy.historySize(), policy.maxAgeDays());
    }

    public void change() throws IOException {
        if (!Objects.equals(newPassword, repeatedPassword)) {
            Texts.error("password.repeatMismatch");
            return;
        }
        accounts.changeOwnPassword(currentPassword, newPassword);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Texts.flashInfo("password.changed");
        external.redirect(external.getRequestContextPath() + "/app/home.xhtml");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
