package cn.fundperf.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the pages: Chinese unless English was chosen. The choice is a cookie, not session
 * state, so that an anonymous visitor of the public page gets no session and the choice outlives a
 * sign-out.
 */
@Named
@RequestScoped
public class UserLocale implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    static final String COOKIE = "fundperf-lang";

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = chosen();
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isChinese() {
        return "zh".equals(getLanguage());
    }

    public void switchToChinese() {
        switchTo(CHINESE);
    }

    public void switchToEnglish() {
        switchTo(Locale.ENGLISH);
    }

    private static Locale chosen() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null) {
            return CHINESE;
        }
        Object request = context.getExternalContext().getRequest();
        if (request instanceof HttpServletRequest http && http.getCookies() != null) {
            for (Cookie cookie : http.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return CHINESE;
    }

    private void switchTo(Locale newLocale) {
        locale = newLocale;
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null) {
            return;
        }
        ExternalContext external = context.getExternalContext();
        String path = external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath();
        external.addResponseCookie(COOKIE, newLocale.getLanguage(), Map.of("path", path, "maxAge", 365 * 24 * 3600,
                "httpOnly", true, "SameSite", "Lax"));
        if (context.getViewRoot() != null) {
            context.getViewRoot().setLocale(newLocale);
        }
    }
}
