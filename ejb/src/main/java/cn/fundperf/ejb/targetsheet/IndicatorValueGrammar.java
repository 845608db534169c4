package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.targetsheet.IndicatorValue.Qualitative;
import cn.fundperf.ejb.targetsheet.IndicatorValue.Quantity;
import cn.fundperf.ejb.targetsheet.IndicatorValue.Range;
import cn.fundperf.ejb.targetsheet.IndicatorValue.TimeLimit;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of written indicator values (issue 12). After folding full-width characters and
 * dropping spaces that do not separate two digits:
 * <pre>
 * value       = marked | time-limit | range | quantity | qualitative
 * marked      = "定性" (":" | "：") text                      → qualitative text, marker dropped
 * time-limit  = ["于"|"在"] (date | [year] month [day] | year ["年"] | "年") [qualifier] ["完成"]
 * year        = digit{4} "年" ["度"] | ("当年"|"本年"|"今年") ["度"] | "次年"|"明年"|"下年"|"下一年" | "每年"
 * month       = ("1".."12") "月"           day = ("1".."31" valid in the month) ("日"|"号"), only before 前 or nothing
 * a year alone: 2023年 takes any qualifier, 当年/次年 any but 前, 每年 only 底/底前, a bare or repeated 年 only 内/底/底前
 *             ("年底前", "每年年底前", "2023年年底前"); "每年", "年", "当年前" are no time limits
 * date        = digit{4} ("-"|"/"|".") month-number (same separator) day-number
 * qualifier   = "前"|"以前"|"之前" | "内"|"以内"|"之内" | "底"|"末" | "底前"|"末前"|"底以前"|"底之前"
 * range       = number [unit] ("-"|"~"|"—"|"–"|"至"|"到") number [unit]     (same unit, lower < upper)
 * quantity    = [operator] number [unit] [suffix]          (suffix only agreeing with the operator)
 * operator    = "≥"|"≧"|"⩾"|">="|"大于等于"|"大于或等于"|"不低于"|"不少于"|"不小于"|"不得低于"|"不得少于"|"至少"
 *             | "≤"|"≦"|"⩽"|"<="|"小于等于"|"小于或等于"|"不高于"|"不超过"|"不多于"|"不大于"|"不得高于"|"不得超过"|"最多"
 *             | "="|"等于" | ">"|"大于"|"超过"|"高于"|"多于" | "<"|"小于"|"低于"|"少于"|"不足"
 * suffix      = "以上"|"及以上" (≥) | "以下"|"及以下"|"以内"|"之内"|"内" (≤)
 * number      = ["+"|"-"] (digit{1,3} ("," digit{3})+ | digit+) ["." digit+]
 * unit        = "%" | "‰" | (han except 至 到 | latin | "/" | "·" | "²" | "³" | "㎡" | "℃" ... | "2" or "3" after "m"){1,10}
 * </pre>
 * A time limit comes first, so "2021年7月" and "9月" are dates; a month as a span is written
 * "9个月". A quantity is exactly operator, number, unit: any further word or digit makes the text
 * qualitative ("第一年按总投资额返本20%,分红按8%分红", "100%完成").
 */
final class IndicatorValueGrammar {

    private static final String NUMBER = "[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    // 至 and 到 separate the bounds of a range, so no unit holds them
    private static final String UNIT = "(?:%|‰|(?:[\\p{IsHan}\\p{IsLatin}/·°℃²³㎡㎥㎞㎏㎝㎜&&[^至到]]|(?<=[mM])[23]){1,10})";
    private static final Pattern QUANTITY = Pattern.compile("(" + NUMBER + ")(" + UNIT + ")?");
    private static final Pattern LOOSE_SPACE = Pattern.compile("(?<=\\D)\\s+|\\s+(?=\\D)");
    private static final Pattern UNIT_ONLY = Pattern.compile(UNIT);
    private static final Pattern RANGE = Pattern.compile("(" + NUMBER + ")(" + UNIT + ")?[-~—–至到](" + NUMBER + ")(" + UNIT + ")?");

    /** "2023.07": a number to the grammar, but a month in "2023.07-2024.01" (建设周期 written with dots). */
    private static final Pattern DOTTED_MONTH = Pattern.compile("(?:19|20|21)\\d{2}\\.(?:0[1-9]|1[0-2])");
    private static final String QUALIFIER = "(?<q>底之前|底以前|底前|末前|底|末|之前|以前|前|之内|以内|内)?";
    private static final Pattern TIME = Pattern.compile(
            "(?:(?<calendar>\\d{4})年度?|(?<relative>每年|当年度?|本年度?|今年度?|次年度?|明年度?|下一?年度?))?"
                    + "(?:(?<month>\\d{1,2})月(?:(?<day>\\d{1,2})[日号])?|(?<bare>年度?))?"
                    + QUALIFIER);
    private static final Pattern DATE = Pattern.compile("(?<calendar>\\d{4})([-/.])(?<month>\\d{1,2})\\2(?<day>\\d{1,2})" + QUALIFIER);

    /** Longest first, so "大于等于" wins over "大于". */
    private static final List<Map.Entry<String, Operator>> PREFIXES = sortedByLength(Map.ofEntries(
            Map.entry("≥", Operator.GE), Map.entry("≧", Operator.GE), Map.entry("⩾", Operator.GE), Map.entry(">=", Operator.GE),
            Map.entry("大于等于", Operator.GE), Map.entry("大于或等于", Operator.GE), Map.entry("不低于", Operator.GE),
            Map.entry("不少于", Operator.GE), Map.entry("不小于", Operator.GE), Map.entry("不得低于", Operator.GE),
            Map.entry("不得少于", Operator.GE), Map.entry("至少", Operator.GE),
            Map.entry("≤", Operator.LE), Map.entry("≦", Operator.LE), Map.entry("⩽", Operator.LE), Map.entry("<=", Operator.LE),
            Map.entry("小于等于", Operator.LE), Map.entry("小于或等于", Operator.LE), Map.entry("不高于", Operator.LE),
            Map.entry("不超过", Operator.LE), Map.entry("不多于", Operator.LE), Map.entry("不大于", Operator.LE),
            Map.entry("不得高于", Operator.LE), Map.entry("不得超过", Operator.LE), Map.entry("最多", Operator.LE),
            Map.entry("=", Operator.EQ), Map.entry("等于", Operator.EQ),
            Map.entry(">", Operator.GT), Map.entry("大于", Operator.GT), Map.entry("超过", Operator.GT), Map.entry("高于", Operator.GT),
            Map.entry("多于", Operator.GT),
            Map.entry("<", Operator.LT), Map.entry("小于", Operator.LT), Map.entry("低于", Operator.LT), Map.entry("少于", Operator.LT),
            Map.entry("不足", Operator.LT)));
    private static final List<Map.Entry<String, Operator>> SUFFIXES = sortedByLength(Map.of(
            "以上", Operator.GE, "及以上", Operator.GE,
            "以下", Operator.LE, "及以下", Operator.LE, "以内", Operator.LE, "之内", Operator.LE, "内", Operator.LE));

    private IndicatorValueGrammar() {
    }

    static IndicatorValue parse(String written) {
        if (written == null || written.isBlank()) {
            throw new IllegalArgumentException("no value written");
        }
        String text = written.strip();
        for (String marker : List.of(IndicatorValue.QUALITATIVE_MARKER, "定性:")) {
            if (text.startsWith(marker) && !text.substring(marker.length()).isBlank()) {
                return new Qualitative(text.substring(marker.length()));
            }
        }
        String plain = squeeze(fold(text));
        IndicatorValue value = timeLimit(plain);
        if (value == null) {
            value = range(plain);
        }
        if (value == null) {
            value = quantity(plain);
        }
        return value != null ? value : new Qualitative(text);
    }

    /** A span of months written with dots is no numeric range: it stays qualitative text rather than be misread. */
    static boolean readsAsMonthSpan(BigDecimal lower, BigDecimal upper, String unit) {
        return unit == null && DOTTED_MONTH.matcher(lower.toPlainString()).matches() && DOTTED_MONTH.matcher(upper.toPlainString()).matches();
    }

    static boolean readsAsTimeLimit(String text) {
        return timeLimit(squeeze(fold(text))) != null;
    }

    /** Full-width ASCII (０-９, ＞＝, ％, ～, ／...) as ASCII; ideographic and no-break spaces as spaces. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= 0xFF01 && c <= 0xFF5E) {
                folded.append((char) (c - 0xFEE0));
            } else if (c == 0x3000 || c == 0x00A0) {
                folded.append(' ');
            } else if (c == '〜') {
                folded.append('~');
            } else {
                folded.appendCodePoint(c);
            }
        });
        return folded.toString();
    }

    /** Spaces around words and symbols go ("≥ 20 座"); between two digits they stay and spoil the number. */
    static String squeeze(String text) {
        return LOOSE_SPACE.matcher(text.strip()).replaceAll("");
    }

    /** Numbers as values: no trailing zeros, never an exponent. */
    static BigDecimal normal(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A unit as the grammar reads it back, or null when blank. */
    static String unit(String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        String folded = fold(unit.strip());
        if (!UNIT_ONLY.matcher(folded).matches() || SUFFIXES.stream().anyMatch(s -> folded.endsWith(s.getKey()))) {
            throw new IllegalArgumentException("not a unit: " + unit);
        }
        return folded;
    }

    private static TimeLimit timeLimit(String text) {
        String t = text;
        if (t.startsWith("于") || t.startsWith("在")) {
            t = t.substring(1);
        }
        if (t.endsWith("完成")) {
            t = t.substring(0, t.length() - 2);
        }
        if (t.isEmpty()) {
            return null;
        }
        Matcher date = DATE.matcher(t);
        if (date.matches()) {
            return timeLimit(TimeLimit.Year.CALENDAR, Integer.valueOf(date.group("calendar")), Integer.valueOf(date.group("month")),
                    Integer.valueOf(date.group("day")), qualifier(date.group("q")));
        }
        Matcher m = TIME.matcher(t);
        if (!m.matches()) {
            return null;
        }
        String calendar = m.group("calendar");
        String relative = m.group("relative");
        String month = m.group("month");
        String day = m.group("day");
        String bare = m.group("bare");
        String qualifier = m.group("q");
        if (calendar == null && relative == null && month == null && bare == null) {
            return null;
        }
        TimeLimit.Year year = calendar != null ? TimeLimit.Year.CALENDAR : relative == null ? TimeLimit.Year.UNSTATED : switch (relative.charAt(0)) {
            case '每' -> TimeLimit.Year.EVERY;
            case '次', '明', '下' -> TimeLimit.Year.NEXT;
            default -> TimeLimit.Year.CURRENT;
        };
        // "2023年年底前", "每年年底前": a repeated 年 only before 内/底/底前, "当年年" is no date
        TimeLimit.Qualifier after = qualifier(qualifier);
        if (bare != null && year != TimeLimit.Year.UNSTATED && (after == TimeLimit.Qualifier.NONE || after == TimeLimit.Qualifier.BEFORE)) {
            return null;
        }
        return timeLimit(year, calendar == null ? null : Integer.valueOf(calendar), month == null ? null : Integer.valueOf(month),
                day == null ? null : Integer.valueOf(day), after);
    }

    private static TimeLimit timeLimit(TimeLimit.Year year, Integer calendar, Integer month, Integer day, TimeLimit.Qualifier qualifier) {
        return TimeLimit.problem(year, calendar, month, day, qualifier) == null ? new TimeLimit(year, calendar, month, day, qualifier) : null;
    }

    private static TimeLimit.Qualifier qualifier(String word) {
        if (word == null) {
            return TimeLimit.Qualifier.NONE;
        }
        if (word.startsWith("底") || word.startsWith("末")) {
            return word.length() == 1 ? TimeLimit.Qualifier.END : TimeLimit.Qualifier.BY_END;
        }
        return word.endsWith("前") ? TimeLimit.Qualifier.BEFORE : TimeLimit.Qualifier.WITHIN;
    }

    private static Range range(String text) {
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String lowerUnit = m.group(2);
        String unit = m.group(4);
        if (lowerUnit != null && !lowerUnit.equals(unit) || unit != null && endsWithSuffix(unit)) {
            return null;
        }
        if (unit == null && DOTTED_MONTH.matcher(m.group(1)).matches() && DOTTED_MONTH.matcher(m.group(3)).matches()) {
            return null;
        }
        BigDecimal lower = normal(number(m.group(1)));
        BigDecimal upper = normal(number(m.group(3)));
        return lower.compareTo(upper) < 0 && !readsAsMonthSpan(lower, upper, unit) ? new Range(lower, upper, unit) : null;
    }

    private static Quantity quantity(String text) {
        Operator operator = null;
        String rest = text;
        for (Map.Entry<String, Operator> prefix : PREFIXES) {
            if (rest.startsWith(prefix.getKey())) {
                operator = prefix.getValue();
                rest = rest.substring(prefix.getKey().length());
                break;
            }
        }
        for (Map.Entry<String, Operator> suffix : SUFFIXES) {
            if (rest.endsWith(suffix.getKey()) && rest.length() > suffix.getKey().length()) {
                if (operator != null && operator != suffix.getValue()) {
                    return null;
                }
                operator = suffix.getValue();
                rest = rest.substring(0, rest.length() - suffix.getKey().length());
                break;
            }
        }
        Matcher m = QUANTITY.matcher(rest);
        if (!m.matches() || m.group(2) != null && endsWithSuffix(m.group(2))) {
            return null;
        }
        BigDecimal number = normal(number(m.group(1)));
        // "2,023年" would print as "2023年", a year: such a text stays qualitative
        if (operator == null && readsAsTimeLimit(number.toPlainString() + (m.group(2) == null ? "" : m.group(2)))) {
            return null;
        }
        return new Quantity(operator, number, m.group(2));
    }

    private static boolean endsWithSuffix(String unit) {
        return SUFFIXES.stream().anyMatch(s -> unit.endsWith(s.getKey()));
    }

    private static BigDecimal number(String digits) {
        return new BigDecimal(digits.replace(",", ""));
    }

    private static List<Map.Entry<String, Operator>> sortedByLength(Map<String, Operator> words) {
        return words.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Operator> e) -> e.getKey().length()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .toList();
    }
}
