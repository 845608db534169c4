package cn.fundperf.ejb.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Warnings at entry, never blocks: a 数量 line without number or unit, vague wording on a
 * quantitative line, a value far outside the reference library's usual range, duplicate
 * indicators, a satisfaction target below 80 %.
 */
public final class IndicatorQuality {

    static final List<String> VAGUE_WORDS = List.of("有所提高", "有所提升", "有所改善", "进一步", "逐步", "明显", "显著", "大幅", "基本", "较好", "一定程度");
    static final BigDecimal SATISFACTION_FLOOR = new BigDecimal("80");
    static final BigDecimal FAR = new BigDecimal("2");

    /** What the reference library says is usual for a template. */
    public record UsualRange(BigDecimal min, BigDecimal max) {
    }

    private IndicatorQuality() {
    }

    /** The warnings against a reference library: each line's usual range is that of the template it came from. */
    public static List<Gap> warnings(List<IndicatorLine> lines, Collection<IndicatorTemplate> library) {
        Map<Long, UsualRange> ranges = new HashMap<>();
        library.forEach(t -> ranges.put(t.getId(), t.usualRange()));
        return warnings(lines, ranges::get);
    }

    public static List<Gap> warnings(List<IndicatorLine> lines, Function<Long, UsualRange> rangeOfTemplate) {
        List<Gap> warnings = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            IndicatorLine line = lines.get(i);
            int number = i + 1;
            String name = line.name() == null ? "" : line.name().strip();
            if (line.level2() == IndicatorLevel2.QUANTITY && (line.value() == null || line.unit() == null || line.unit().isBlank()
                    || !line.isQuantitative())) {
                warnings.add(Gap.ofLine(number, "target.warn.quantityWithoutNumber"));
            }
            if (line.isQuantitative()) {
                String text = name + " " + (line.qualitativeText() == null ? "" : line.qualitativeText());
                VAGUE_WORDS.stream().filter(text::contains).findFirst()
                        .ifPresent(word -> warnings.add(Gap.ofLine(number, "target.warn.vague", word)));
            }
            if (line.templateId() != null && line.value() != null && rangeOfTemplate != null) {
                UsualRange range = rangeOfTemplate.apply(line.templateId());
                if (range != null && outside(line.value(), range)) {
                    warnings.add(Gap.ofLine(number, "target.warn.outsideRange", plain(range.min()), plain(range.max())));
                }
            }
            if (!name.isEmpty()) {
                String key = name.toLowerCase(Locale.ROOT).replaceAll("[\\s\u3000]+", "");
                Integer first = seen.putIfAbsent(key, number);
                if (first != null) {
                    warnings.add(Gap.ofLine(number, "target.warn.duplicate", first));
                }
            }
            if (line.level2() == IndicatorLevel2.SATISFACTION && line.value() != null
                    && ("%".equals(line.unit()) || "％".equals(line.unit())) && line.value().compareTo(SATISFACTION_FLOOR) < 0) {
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
