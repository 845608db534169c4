package cn.fundperf.ejb.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** See {@link PlainText}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        return isPlain(text);
    }

    public static boolean isPlain(CharSequence text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!allowed(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (Character.isISOControl(c)) {           // C0 (incl. NUL), DEL, C1
            return false;
        }
        if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
            return false;                          // bidi embeddings, overrides and isolates
        }
        return c != '\u2028' && c != '\u2029';     // line/paragraph separators that tools show as breaks
    }
}
