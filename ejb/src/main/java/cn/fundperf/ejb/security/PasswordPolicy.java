package cn.fundperf.ejb.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 等保 password rules: a minimum length, characters from several of the four classes (lower
 * case, upper case, digits, symbols), no user name inside, a maximum age and a history of
 * passwords that may not come back. Numbers come from configuration.
 */
public record PasswordPolicy(int minLength, int minClasses, int historySize, int maxAgeDays) {

    public static PasswordPolicy defaults() {
        return new PasswordPolicy(8, 3, 5, 90);
    }

    /** Message keys of every rule the candidate breaks; empty when it is acceptable. */
    public List<String> violations(String candidate, String username) {
        List<String> broken = new ArrayList<>();
        if (candidate == null || candidate.length() < minLength) {
            broken.add("password.tooShort");
        }
        if (candidate != null && classes(candidate) < minClasses) {
            broken.add("password.tooFewClasses");
        }
        if (candidate != null && username != null && !username.isBlank()
                && candidate.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            broken.add("password.containsUsername");
        }
        if (candidate != null && candidate.chars().anyMatch(Character::isWhitespace)) {
            broken.add("password.whitespace");
        }
        return broken;
    }

    static int classes(String text) {
        boolean lower = false, upper = false, digit = false, symbol = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!Character.isWhitespace(c)) {
                symbol = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
