package cn.fundperf.ejb.targetsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.targetsheet.IndicatorValue.Qualitative;
import cn.fundperf.ejb.targetsheet.IndicatorValue.Quantity;
import cn.fundperf.ejb.targetsheet.IndicatorValue.Range;
import cn.fundperf.ejb.targetsheet.IndicatorValue.TimeLimit;
import cn.fundperf.ejb.targetsheet.IndicatorValue.TimeLimit.Qualifier;
import cn.fundperf.ejb.targetsheet.IndicatorValue.TimeLimit.Year;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property-based round trips with a seeded generator (the seed is in each failure message):
 * every value prints to a text that reads back as the same value, every spelling an office might
 * use of a value reads as that value, and for any text at all printing what was read is stable.
 */
class IndicatorValueRoundTripTest {

    private static final long SEED = 20261129L;
    private static final int RUNS = 10_000;

    private static final List<String> UNITS = Arrays.asList(null, "%", "‰", "个", "户", "人", "人次", "万元", "元", "元/亩", "元/人",
            "万元/个", "元/平方米", "km", "公里", "米", "厘米", "平方米", "平米", "㎡", "m2", "亩", "座", "年", "月", "天", "个月", "/株",
            "株", "公斤", "kg", "只", "头", "条", "个行政村", "万人");
    private static final Operator[] OPERATORS = {null, Operator.GE, Operator.LE, Operator.EQ, Operator.GT, Operator.LT};
    private static final Map<Operator, List<String>> PREFIXES = Map.of(
            Operator.GE, List.of("≥", ">=", "＞＝", "＞=", "≧", "大于等于", "大于或等于", "不低于", "不少于", "不小于", "至少", "不得低于"),
            Operator.LE, List.of("≤", "<=", "＜＝", "≦", "小于等于", "不高于", "不超过", "不多于", "不大于", "不得超过"),
            Operator.EQ, List.of("=", "＝", "等于"),
            Operator.GT, List.of(">", "＞", "大于", "超过", "高于", "多于"),
            Operator.LT, List.of("<", "＜", "小于", "低于", "少于", "不足"));
    private static final Map<Operator, List<String>> SUFFIXES = Map.of(
            Operator.GE, List.of("以上", "及以上"),
            Operator.LE, List.of("以下", "及以下", "以内", "之内", "内"));
    private static final List<String> SPACES = List.of("", "", "", " ", "　", "  ");
    private static final List<String> FRAGMENTS = List.of("≥", "<=", "=", "大于等于", "定性：", "定性:", "100", "95", "2023", "12", "9",
            "%", "％", "年", "月", "日", "前", "底", "内", "以上", "-", "~", "—", ",", "，", ".", "。", " ", "　", "\n", "明显", "改善",
            "第一年按总投资额返本", "分红", "当年", "每年", "次年", "完成", "元/亩", "万元", "km", "个", "于", "０", "１", "２", "约", "左右",
            "/", "(", ")", "★");

    @Test
    void every_value_prints_to_a_text_that_reads_back_as_the_same_value() {
        Random random = new Random(SEED);
        int[] kinds = new int[4];
        for (int run = 0; run < RUNS; run++) {
            IndicatorValue value = randomValue(random);
            String printed = value.print();
            IndicatorValue read = IndicatorValue.parse(printed);
            assertEquals(value, read, () -> "seed " + SEED + ": " + printed);
            assertEquals(printed, read.print(), () -> "seed " + SEED + ": " + printed);
            kinds[kind(value)]++;
        }
        // each kind had its share, so the property was tested on all of them
        for (int count : kinds) {
            assertTrue(count > RUNS / 8, () -> Arrays.toString(kinds));
        }
    }

    @Test
    void every_spelling_an_office_uses_reads_as_the_value_meant() {
        Random random = new Random(SEED + 1);
        int checked = 0;
        for (int run = 0; run < RUNS; run++) {
            IndicatorValue value = randomValue(random);
            String written = spell(value, random);
            if (written == null) {
                continue;
            }
            assertEquals(value, IndicatorValue.parse(written), () -> "seed " + (SEED + 1) + ": " + written);
            checked++;
        }
        assertTrue(checked > RUNS * 3 / 4, "spellings checked: " + checked);
    }

    @Test
    void printing_what_was_read_is_stable_for_any_text() {
        Random random = new Random(SEED + 2);
        for (int run = 0; run < RUNS; run++) {
            String written = random.nextBoolean() ? garble(spell(randomValue(random), random), random) : randomText(random);
            if (written == null || written.isBlank()) {
                continue;
            }
            IndicatorValue read = IndicatorValue.parse(written);
            String printed = read.print();
            assertEquals(read, IndicatorValue.parse(printed), () -> "seed " + (SEED + 2) + ": " + written + " → " + printed);
            assertEquals(printed, IndicatorValue.parse(printed).print(), () -> "seed " + (SEED + 2) + ": " + written);
        }
    }

    @Test
    void qualitative_text_with_digits_survives_an_export_and_an_import() {
        Random random = new Random(SEED + 3);
        int marked = 0;
        for (int run = 0; run < RUNS; run++) {
            String text = randomText(random);
            if (text.isBlank()) {
                continue;
            }
            Qualitative exported = new Qualitative(text);
            String cell = exported.print();
            assertEquals(exported, IndicatorValue.parse(cell), () -> "seed " + (SEED + 3) + ": " + cell);
            if (cell.startsWith(IndicatorValue.QUALITATIVE_MARKER)) {
                marked++;
            }
        }
        // the generator does produce texts that need the marker
        assertTrue(marked > 100, "marked: " + marked);
    }

    private static int kind(IndicatorValue value) {
        if (value instanceof Quantity) {
            return 0;
        }
        if (value instanceof Range) {
            return 1;
        }
        return value instanceof TimeLimit ? 2 : 3;
    }

    static IndicatorValue randomValue(Random random) {
        while (true) {
            try {
                return switch (random.nextInt(4)) {
                    case 0 -> new Quantity(pick(random, OPERATORS), randomNumber(random), pick(random, UNITS));
                    case 1 -> randomRange(random);
                    case 2 -> randomTimeLimit(random);
                    default -> new Qualitative(randomText(random));
                };
            } catch (IllegalArgumentException impossible) {
                // e.g. "2023年" without operator is a year, a blank text no value: draw again
            }
        }
    }

    private static Range randomRange(Random random) {
        BigDecimal a = randomNumber(random);
        BigDecimal b = randomNumber(random);
        return new Range(a.min(b), a.max(b), pick(random, UNITS));
    }

    private static TimeLimit randomTimeLimit(Random random) {
        while (true) {
            Year year = pick(random, Year.values());
            Integer calendar = year == Year.CALENDAR ? 1900 + random.nextInt(300) : null;
            Integer month = random.nextInt(4) == 0 ? null : 1 + random.nextInt(12);
            Integer day = month != null && random.nextInt(3) == 0 ? 1 + random.nextInt(31) : null;
            Qualifier qualifier = pick(random, Qualifier.values());
            if (TimeLimit.problem(year, calendar, month, day, qualifier) == null) {
                return new TimeLimit(year, calendar, month, day, qualifier);
            }
        }
    }

    private static BigDecimal randomNumber(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> BigDecimal.valueOf(random.nextInt(101));
            case 1 -> BigDecimal.valueOf(random.nextInt(10_000_000));
            case 2 -> BigDecimal.valueOf(random.nextInt(100_000_000), random.nextInt(5));
            case 3 -> BigDecimal.valueOf(1900 + random.nextInt(300));
            default -> BigDecimal.valueOf(-random.nextInt(10_000), random.nextInt(3));
        };
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            text.append(pick(random, FRAGMENTS));
        }
        return text.toString();
    }

    /** A way an office might write the value, or null when the value has no other spelling to try. */
    static String spell(IndicatorValue value, Random random) {
        if (value instanceof Quantity q) {
            StringBuilder text = new StringBuilder();
            boolean suffix = q.operator() != null && SUFFIXES.containsKey(q.operator()) && random.nextInt(3) == 0;
            boolean prefix = q.operator() != null && (!suffix || random.nextBoolean());
            if (prefix) {
                text.append(pick(random, PREFIXES.get(q.operator()))).append(pick(random, SPACES));
            }
            text.append(spellNumber(q.number(), random)).append(pick(random, SPACES));
            if (q.unit() != null) {
                text.append(spellUnit(q.unit(), random));
            }
            if (suffix) {
                text.append(pick(random, SUFFIXES.get(q.operator())));
                if (!prefix && IndicatorValueGrammar.readsAsTimeLimit(text.toString())) {
                    return null; // "2181年内" is a time limit by the grammar's first rule
                }
            }
            return text.toString();
        }
        if (value instanceof Range r) {
            String unit = r.unit() == null ? "" : spellUnit(r.unit(), random);
            String lower = spellNumber(r.lower(), random);
            String upper = spellNumber(r.upper(), random);
            if (r.unit() == null && IndicatorValueGrammar.fold(lower).matches("\\d{4}\\.\\d{2}")
                    && IndicatorValueGrammar.fold(upper).matches("\\d{4}\\.\\d{2}")) {
                return null; // reads as a span of months by design
            }
            return lower + (random.nextBoolean() ? unit : "") + pick(random, List.of("-", "~", "～", "—", "至", "到")) + upper + unit;
        }
        if (value instanceof TimeLimit t) {
            return spellTime(t, random);
        }
        Qualitative text = (Qualitative) value;
        return random.nextBoolean() ? text.print() : pick(random, List.of("定性：", "定性:", "定性： ")) + text.text();
    }

    private static String spellTime(TimeLimit t, Random random) {
        StringBuilder text = new StringBuilder(random.nextInt(5) == 0 ? "于" : "");
        switch (t.year()) {
            case CALENDAR -> text.append(fullWidth(String.valueOf(t.calendarYear()), random)).append(random.nextInt(4) == 0 ? "年度" : "年");
            case CURRENT -> text.append(pick(random, List.of("当年", "本年", "今年", "当年度", "本年度")));
            case NEXT -> text.append(pick(random, List.of("次年", "明年", "下年", "下一年")));
            case EVERY -> text.append("每年");
            case UNSTATED -> { }
        }
        if (t.month() != null) {
            text.append(random.nextBoolean() && t.month() < 10 ? "0" + t.month() : t.month()).append('月');
            if (t.day() != null) {
                text.append(t.day()).append(random.nextInt(4) == 0 ? "号" : "日");
            }
        } else if (t.year() == Year.UNSTATED || t.year() != Year.CURRENT && t.year() != Year.NEXT
                && (t.qualifier() == Qualifier.END || t.qualifier() == Qualifier.BY_END) && random.nextBoolean()) {
            text.append('年');
        }
        text.append(switch (t.qualifier()) {
            case NONE -> "";
            case BEFORE -> pick(random, List.of("前", "以前", "之前"));
            case WITHIN -> pick(random, List.of("内", "以内", "之内"));
            case END -> pick(random, List.of("底", "末"));
            case BY_END -> pick(random, List.of("底前", "末前", "底以前", "底之前"));
        });
        if (random.nextInt(4) == 0) {
            text.append("完成");
        }
        return text.toString();
    }

    private static String spellNumber(BigDecimal number, Random random) {
        String plain = number.toPlainString();
        switch (random.nextInt(5)) {
            case 0 -> plain = withThousands(plain);
            case 1 -> plain = plain.contains(".") ? plain + "0" : plain;
            case 2 -> plain = number.signum() >= 0 && !plain.startsWith("0") ? "0" + plain : plain;
            default -> { }
        }
        return fullWidth(plain, random);
    }

    private static String withThousands(String plain) {
        String sign = plain.startsWith("-") ? "-" : "";
        String digits = sign.isEmpty() ? plain : plain.substring(1);
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : digits.substring(dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return sign + grouped + fraction;
    }

    private static String spellUnit(String unit, Random random) {
        return "%".equals(unit) && random.nextBoolean() ? "％" : unit;
    }

    /** Some characters as the full-width forms a Chinese input method types. */
    private static String fullWidth(String text, Random random) {
        if (random.nextInt(4) != 0) {
            return text;
        }
        StringBuilder wide = new StringBuilder();
        for (char c : text.toCharArray()) {
            wide.append(c >= '!' && c <= '~' && random.nextBoolean() ? (char) (c + 0xFEE0) : c);
        }
        return wide.toString();
    }

    /** A spelling with something added, cut off or doubled: whatever it reads as must print stably. */
    private static String garble(String written, Random random) {
        if (written == null || written.isEmpty()) {
            return written;
        }
        List<String> forms = new ArrayList<>(List.of(written + pick(random, FRAGMENTS), pick(random, FRAGMENTS) + written,
                written.substring(0, random.nextInt(written.length())), written + written, written.replace('年', '月')));
        return pick(random, forms);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
