package cn.fundperf.ejb.targetsheet;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * What a quantity written without operator ("100%", "2km", "1600元/亩") stands for, per kind of
 * indicator (二级指标), separately for rates (% or ‰) and other numbers. Offices leave the operator
 * out; provinces read that differently, so it is a setting (config/rules.properties):
 * <pre>
 * fundperf.indicators.implicit-operator.COST=LE
 * fundperf.indicators.implicit-operator.QUANTITY.rate=GE
 * </pre>
 * Values: GE, LE, EQ, GT, LT or their symbols (≥ ≤ = > <). Defaults: a count is exact (=), a rate
 * and every quality, benefit and satisfaction target a floor (≥), a cost and a time span a ceiling
 * (≤: "10" under 任务完成时限(月) is at most ten months).
 */
public final class ImplicitOperators {

    public static final String PREFIX = "fundperf.indicators.implicit-operator.";
    public static final String RATE = ".rate";

    private final Map<IndicatorLevel2, Operator> numbers;
    private final Map<IndicatorLevel2, Operator> rates;

    private ImplicitOperators(Map<IndicatorLevel2, Operator> numbers, Map<IndicatorLevel2, Operator> rates) {
        this.numbers = new EnumMap<>(numbers);
        this.rates = new EnumMap<>(rates);
    }

    public static ImplicitOperators defaults() {
        return from(key -> Optional.empty());
    }

    public static ImplicitOperators from(Properties settings) {
        return from(key -> Optional.ofNullable(settings.getProperty(key)));
    }

    /**
     * Reads the settings through a lookup (MicroProfile Config: {@code key -> config.getOptionalValue(key, String.class)}).
     *
     * @throws IllegalArgumentException naming the key when a value is no comparison operator, so a typo fails at start
     */
    public static ImplicitOperators from(Function<String, Optional<String>> setting) {
        Map<IndicatorLevel2, Operator> numbers = new EnumMap<>(IndicatorLevel2.class);
        Map<IndicatorLevel2, Operator> rates = new EnumMap<>(IndicatorLevel2.class);
        for (IndicatorLevel2 level2 : IndicatorLevel2.values()) {
            numbers.put(level2, read(setting, PREFIX + level2.name(), fallback(level2)));
            rates.put(level2, read(setting, PREFIX + level2.name() + RATE, level2 == IndicatorLevel2.COST ? Operator.LE : Operator.GE));
        }
        return new ImplicitOperators(numbers, rates);
    }

    private static Operator fallback(IndicatorLevel2 level2) {
        return switch (level2) {
            case QUANTITY -> Operator.EQ;
            case COST, TIMELINESS -> Operator.LE;
            case QUALITY, ECONOMIC, SOCIAL, ECOLOGICAL, SUSTAINABLE, SATISFACTION -> Operator.GE;
        };
    }

    private static Operator read(Function<String, Optional<String>> setting, String key, Operator fallback) {
        Optional<String> value = setting.apply(key).map(String::strip).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return fallback;
        }
        String written = value.get();
        Operator operator = Operator.ofSymbol(written);
        if (operator == null) {
            operator = Arrays.stream(Operator.values()).filter(o -> o.name().equalsIgnoreCase(written)).findFirst().orElse(null);
        }
        if (operator == null || !operator.isQuantitative()) {
            throw new IllegalArgumentException(key + "=" + written + ": expected GE, LE, EQ, GT or LT");
        }
        return operator;
    }

    /** The operator an operator-less quantity of this kind stands for. */
    public Operator implied(IndicatorLevel2 level2, boolean rate) {
        return (rate ? rates : numbers).get(level2);
    }

    /** The operator of a quantity: the written one, else the implied one. */
    public Operator operatorOf(IndicatorLevel2 level2, IndicatorValue.Quantity quantity) {
        return quantity.operator(level2, this);
    }

    /** The settings as keys and values, e.g. to show them or write them into a properties file. */
    public Properties asProperties() {
        Properties settings = new Properties();
        numbers.forEach((level2, operator) -> settings.setProperty(PREFIX + level2.name(), operator.name()));
        rates.forEach((level2, operator) -> settings.setProperty(PREFIX + level2.name() + RATE, operator.name()));
        return settings;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImplicitOperators other && numbers.equals(other.numbers) && rates.equals(other.rates);
    }

    @Override
    public int hashCode() {
        return numbers.hashCode() * 31 + rates.hashCode();
    }

    @Override
    public String toString() {
        return "ImplicitOperators" + numbers + " rates" + rates;
    }
}
