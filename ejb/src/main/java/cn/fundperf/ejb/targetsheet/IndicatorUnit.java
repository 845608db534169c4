package cn.fundperf.ejb.targetsheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A unit as far as comparing numbers goes: the measure it belongs to and how many base units one
 * of it holds. Converted into each other: 米/m, 公里/km/千米/㎞, 厘米/cm, 毫米/mm; 平方米/平米/平方/㎡/m2/m²,
 * 平方公里/km2/km²; 元, 千元, 万元, 亿元; 克/g, 公斤/千克/kg, 斤, 吨/t; % and ‰; and quotients of these
 * (元/平米 = 元/平方米, 万元/公里 = 10 元/米). Every other unit compares only with itself as written:
 * 亩 is not turned into 平方米, 人 is not 人次, 户 is not 个, "/株" is not 元/株, and a bare number
 * only compares with a bare number.
 */
public record IndicatorUnit(String measure, BigDecimal factor) {

    private static final Map<String, IndicatorUnit> KNOWN = new HashMap<>();

    static {
        known("m", "1", "米", "m");
        known("m", "1000", "公里", "千米", "km", "㎞");
        known("m", "0.01", "厘米", "cm", "㎝");
        known("m", "0.001", "毫米", "mm", "㎜");
        known("m2", "1", "平方米", "平米", "平方", "㎡", "m2", "m²");
        known("m2", "1000000", "平方公里", "km2", "km²");
        known("元", "1", "元");
        known("元", "1000", "千元");
        known("元", "10000", "万元");
        known("元", "100000000", "亿元");
        known("kg", "1", "公斤", "千克", "kg", "㎏");
        known("kg", "0.001", "克", "g");
        known("kg", "0.5", "斤");
        known("kg", "1000", "吨", "t");
        known("%", "1", "%");
        known("%", "0.1", "‰");
    }

    private static void known(String measure, String factor, String... spellings) {
        for (String spelling : spellings) {
            KNOWN.put(spelling, new IndicatorUnit(measure, new BigDecimal(factor)));
        }
    }

    /** The unit of a written unit; null or blank is the unit of a bare number. */
    public static IndicatorUnit of(String written) {
        if (written == null || written.isBlank()) {
            return new IndicatorUnit("", BigDecimal.ONE);
        }
        String unit = IndicatorValueGrammar.fold(written.strip());
        int slash = unit.indexOf('/');
        if (slash < 0) {
            return simple(unit);
        }
        IndicatorUnit numerator = simple(unit.substring(0, slash));
        IndicatorUnit denominator = simple(unit.substring(slash + 1));
        return new IndicatorUnit(numerator.measure + "/" + denominator.measure,
                numerator.factor.divide(denominator.factor, MathContext.DECIMAL64));
    }

    private static IndicatorUnit simple(String unit) {
        IndicatorUnit known = KNOWN.get(unit.toLowerCase(Locale.ROOT));
        return known != null ? known : new IndicatorUnit(unit, BigDecimal.ONE);
    }

    public boolean convertsTo(IndicatorUnit other) {
        return measure.equals(other.measure);
    }

    /** A number written in one unit expressed in another, when both measure the same thing. */
    public static Optional<BigDecimal> convert(BigDecimal number, String from, String to) {
        IndicatorUnit source = of(from);
        IndicatorUnit target = of(to);
        if (!source.convertsTo(target)) {
            return Optional.empty();
        }
        BigDecimal converted = number.multiply(source.factor).divide(target.factor, MathContext.DECIMAL64);
        return Optional.of(IndicatorValueGrammar.normal(converted));
    }
}
