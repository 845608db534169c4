package cn.fundperf.ejb.targetsheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Warnings at entry, never blocks: a 数量 line without number or unit, vague wording on a
 * quantitative line, a value far outside the reference library's usual range (only when the
 * units can be compared: 公里 with 米, not 户 with 公里), duplicate indicators, a satisfaction
 * target below 80 %, a cost written as a floor (≥: a cost is normally a ceiling), text that starts
 * like a number but is read as qualitative text.
 */
public final class IndicatorQuality {

    static final List<String> VAGUE_WORDS = List.of("有所提高", "有所提升", "有所改善", "进一步", "逐步", "明显", "显著", "大幅", "基本", "较好", "一定程度");
    static final BigDecimal SATISFACTION_FLOOR = new BigDecimal("80");
    static final BigDecimal FAR = new BigDecimal("2");
    /** Text that starts like a number or comparison but did not read as one ("≥12O户" with a letter O). */
    static final Pattern LOOKS_NUMERIC = Pattern.compile("[≥≤=<>＞＜＝≧≦]|[0-9０-９]+[^年月日号]");

    /** What the reference library says is usual for a template. */
    public record UsualRange(BigDecimal min, BigDecimal max) {
    }

    /** A template's usual range and the unit it is counted in. */
    public record Usual(UsualRange range, String unit) {
    }

    private IndicatorQuality() {
    }

    /** The warnings against a reference library: each line's usual range is that of the template it came from. */
    public static List<Gap> warnings(List<IndicatorLine> lines, Collection<IndicatorTemplate> library) {
        Map<Long, Usual> usual = new HashMap<>();
        library.forEach(t -> usual.put(t.getId(), new Usual(t.usualRange(), t.getUnit())));
        return warnings(lines, usual::get);
    }

    public static List<Gap> warnings(List<IndicatorLine> lines, Function<Long, Usual> usualOfTemplate) {
        List<Gap> warnings = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            IndicatorLine line = lines.get(i);
            int number = i + 1;
            String name = line.name() == null ? "" : line.name().strip();
            IndicatorValue value = line.targetValue();
            if (line.level2() == IndicatorLevel2.QUANTITY && (!line.isQuantitative() || line.unit() == null)) {
                warnings.add(Gap.ofLine(number, "target.warn.quantityWithoutNumber"));
            }
            if (line.isQuantitative()) {
                VAGUE_WORDS.stream().filter(name::contains).findFirst()
                        .ifPresent(word -> warnings.add(Gap.ofLine(number, "target.warn.vague", word)));
            }
            if (value instanceof IndicatorValue.Qualitative q && LOOKS_NUMERIC.matcher(q.text()).lookingAt()) {
                warnings.add(Gap.ofLine(number, "target.warn.readAsText", q.text()));
            }
            if (line.templateId() != null && value != null && usualOfTemplate != null) {
                Usual usual = usualOfTemplate.apply(line.templateId());
                if (usual != null && value.fit(usual.range(), usual.unit()) == IndicatorValue.RangeFit.FAR_OUTSIDE) {
                    warnings.add(Gap.ofLine(number, "target.warn.outsideRange", plain(usual.range().min()), plain(usual.range().max())));
                }
            }
            if (value != null && value.isFloorOnCost(line.level2())) {
                warnings.add(Gap.ofLine(number, "target.warn.costFloor", ((IndicatorValue.Quantity) value).operator().symbol()));
            }
            if (!name.isEmpty()) {
                String key = name.toLowerCase(Locale.ROOT).replaceAll("[\\s\u3000]+", "");
                Integer first = seen.putIfAbsent(key, number);
                if (first != null) {
                    warnings.add(Gap.ofLine(number, "target.warn.duplicate", first));
                }
            }
            if (line.level2() == IndicatorLevel2.SATISFACTION && value instanceof IndicatorValue.Quantity q && q.isRate()
                    && q.number().compareTo(SATISFACTION_FLOOR) < 0) {
                warnings.add(Gap.ofLine(number, "target.warn.lowSatisfaction", plain(SATISFACTION_FLOOR)));
            }
        }
        return warnings;
    }

    /** Far outside: below half the usual minimum or above twice the usual maximum. */
    static boolean outside(BigDecimal value, UsualRange range) {
        boolean low = range.min() != null && range.min().signum() > 0 && value.multiply(FAR).compareTo(range.min()) < 0;
        boolean high = range.max() != null && range.max().signum() > 0 && value.compareTo(range.max().multiply(FAR)) > 0;
        return low || high;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
