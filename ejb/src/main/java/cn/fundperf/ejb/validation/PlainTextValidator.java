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
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;                               // a pair: one character outside the BMP (rare 汉字 among them)
            } else if (Character.isSurrogate(c) || !allowed(c)) {
                return false;                      // half a pair cannot be stored as UTF-8
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
