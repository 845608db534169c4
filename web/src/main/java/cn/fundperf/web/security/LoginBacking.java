package cn.fundperf.web.security;

import cn.fundperf.ejb.security.AccountService;
import cn.fundperf.ejb.security.LoginOutcome;
import cn.fundperf.web.faces.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;

/** The login form. A new session id is issued at login (session fixation). */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    AccountService accounts;

    private String username;
    private String password;
    private String reason;

    public void showReason() {
        if ("expired".equals(reason)) {
            Texts.warn("login.sessionExpired");
        } else if ("disabled".equals(reason)) {
            Texts.warn("login.accountDisabled");
        } else if ("logout".equals(reason)) {
            Texts.info("login.loggedOut");
        }
    }

    public void login() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Subject subject = SecurityUtils.getSubject();
        try {
            subject.login(new UsernamePasswordToken(username, password == null ? "" : password, false, request.getRemoteAddr()));
        } catch (LoginRefused refused) {
            showRefusal(refused.outcome());
            return;
        } finally {
            password = null;
        }
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setMaxInactiveInterval((int) accounts.sessionPolicy().idleTimeout().toSeconds());
        session.setAttribute(SessionLimits.SIGNED_IN_AT, System.currentTimeMillis());
        SignedInUser user = (SignedInUser) subject.getPrincipal();
        // told on the page after login: whoever signs in with a reset password learns who reset it and when
        accounts.passwordResetNotice(user.userId()).ifPresent(notice -> {
            external.getFlash().setKeepMessages(true);
            Texts.warn("password.resetNotice", notice.resetAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                    notice.resetByName(), notice.resetByOrganization());
        });
        if (accounts.passwordChangeRequired(user.userId())) {
            external.getFlash().setKeepMessages(true);
            Texts.warn("password.changeRequired");
            external.redirect(request.getContextPath() + ActorFilter.PASSWORD_PAGE);
            return;
        }
        SavedRequest saved = WebUtils.getAndClearSavedRequest(request);
        String target = saved != null && saved.getRequestUrl() != null && saved.getRequestUrl().startsWith(request.getContextPath() + "/app/")
                ? saved.getRequestUrl() : request.getContextPath() + "/app/home.xhtml";
        external.redirect(target);
    }

    private void showRefusal(LoginOutcome outcome) {
        switch (outcome.result()) {
            case LOCKED -> Texts.error("login.locked", outcome.lockedMinutes());
            case DISABLED -> Texts.error("login.accountDisabled");
            // the same words whether or not the user exists: no counting down that would reveal it
            default -> Texts.error("login.badCredentials", accounts.lockoutPolicy().maxFailures(),
                    accounts.lockoutPolicy().lockDuration().toMinutes());
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
