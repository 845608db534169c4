package cn.fundperf.ejb.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Warnings at entry, never blocks: a 数量 line without number or unit, vague wording on a
 * quantitative line, a value far outside the reference library's usual range (only when the
 * units can be compared: 公里 with 米, not 户 with 公里), duplicate indicators, a satisfaction
 * target below 80 %, a cost written as a floor (≥: a cost is normally a ceiling).
 */
public final class IndicatorQuality {

    static final List<String> VAGUE_WORDS = List.of("有所提高", "有所提升", "有所改善", "进一步", "逐步", "明显", "显著", "大幅", "基本", "较好", "一定程度");
    static final BigDecimal SATISFACTION_FLOOR = new BigDecimal("80");
    static final BigDecimal FAR = new BigDecimal("2");

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
            if (line.level2() == IndicatorLevel2.QUANTITY && (line.value() == null || line.unit() == null || line.unit().isBlank()
                    || !line.isQuantitative())) {
                warnings.add(Gap.ofLine(number, "target.warn.quantityWithoutNumber"));
            }
            if (line.isQuantitative()) {
                String text = name + " " + (line.qualitativeText() == null ? "" : line.qualitativeText());
                VAGUE_WORDS.stream().filter(text::contains).findFirst()
                        .ifPresent(word -> warnings.add(Gap.ofLine(number, "target.warn.vague", word)));
            }
            if (line.templateId() != null && line.value() != null && usualOfTemplate != null) {
                Usual usual = usualOfTemplate.apply(line.templateId());
                Optional<BigDecimal> comparable = usual == null ? Optional.empty() : inUnitOf(line, usual.unit());
                if (comparable.isPresent() && outside(comparable.get(), usual.range())) {
                    warnings.add(Gap.ofLine(number, "target.warn.outsideRange", plain(usual.range().min()), plain(usual.range().max())));
                }
            }
            if (line.level2() == IndicatorLevel2.COST && (line.operator() == Operator.GE || line.operator() == Operator.GT)) {
                warnings.add(Gap.ofLine(number, "target.warn.costFloor", line.operator().symbol()));
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

    /** The line's number in the template's unit; empty when the two count different things (户 and 公里). */
    private static Optional<BigDecimal> inUnitOf(IndicatorLine line, String templateUnit) {
        boolean lineHasUnit = line.unit() != null && !line.unit().isBlank();
        boolean templateHasUnit = templateUnit != null && !templateUnit.isBlank();
        if (!lineHasUnit || !templateHasUnit) {
            return lineHasUnit == templateHasUnit ? Optional.of(line.value()) : Optional.empty();
        }
        return IndicatorUnit.convert(line.value(), line.unit().strip(), templateUnit.strip());
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
