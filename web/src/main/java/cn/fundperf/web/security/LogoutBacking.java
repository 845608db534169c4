package cn.fundperf.web.security;

import cn.fundperf.ejb.security.AccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;

@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    AccountService accounts;

    public void logout() throws IOException {
        accounts.recordLogout();
        SecurityUtils.getSubject().logout();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?reason=logout");
    }
}
