package cn.fundperf.web.faces;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the message bundle in the view's language, and FacesMessages made from them. */
public final class Texts {

    public static final String BUNDLE = "cn.fundperf.web.i18n.Messages";

    private Texts() {
    }

    public static String text(String key, Object... arguments) {
        return text(locale(), key, arguments);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;   // a missing text shows its key rather than failing the page
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] translated = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            translated[i] = arguments[i] instanceof Enum<?> e ? enumText(bundle, e) : arguments[i];
        }
        return new MessageFormat(pattern, locale).format(translated);
    }

    private static String enumText(ResourceBundle bundle, Enum<?> value) {
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return bundle.containsKey(key) ? bundle.getString(key) : value.name();
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, key, arguments);
    }

    /** A message that survives the redirect of post-redirect-get. */
    public static void flashInfo(String key, Object... arguments) {
        info(key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void add(FacesMessage.Severity severity, String key, List<Object> arguments) {
        add(severity, key, arguments.toArray());
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        String summary = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }

    /** The user's chosen language; the view root's locale is not yet set during view actions. */
    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null) {
            return CDI.current().select(UserLocale.class).get().getLocale();
        }
        return UserLocale.CHINESE;
    }
}
