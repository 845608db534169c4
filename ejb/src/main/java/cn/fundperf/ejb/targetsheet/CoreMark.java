package cn.fundperf.ejb.targetsheet;

import java.util.regex.Pattern;

/**
 * The mark of a core indicator (核心指标) before its name on the forms: "★" (some tables "★★★" or
 * "*"). It is printed from the library (the template is core), so a name read back drops it.
 */
final class CoreMark {

    static final String MARK = "★";
    private static final Pattern LEADING = Pattern.compile("^\\s*(?:★+|☆+|\\*+|＊+)\\s*");

    private CoreMark() {
    }

    static String strip(String name) {
        return name == null ? null : LEADING.matcher(name).replaceFirst("");
    }

    static String mark(String name) {
        return MARK + name;
    }
}
