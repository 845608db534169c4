package cn.fundperf.web.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the user's session: Chinese unless English was chosen. */
@Named
@SessionScoped
public class UserLocale implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Locale locale = CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isChinese() {
        return "zh".equals(locale.getLanguage());
    }

    public void switchToChinese() {
        switchTo(CHINESE);
    }

    public void switchToEnglish() {
        switchTo(Locale.ENGLISH);
    }

    private void switchTo(Locale newLocale) {
        locale = newLocale;
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null) {
            context.getViewRoot().setLocale(newLocale);
        }
    }
}
