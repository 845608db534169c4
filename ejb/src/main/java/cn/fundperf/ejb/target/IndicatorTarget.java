package cn.fundperf.ejb.target;

import cn.fundperf.ejb.validation.Measure;
import cn.fundperf.ejb.validation.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The target of an indicator: operator and number with unit (≥ 120 户), or a qualitative text
 * (定性: 明显改善). Immutable; an edit replaces it.
 */
@Embeddable
public class IndicatorTarget implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "operator", length = 12)
    private Operator operator;

    @Column(name = "target_value", precision = 18, scale = 4)
    @Measure
    private BigDecimal value;

    @Column(name = "qualitative_text", length = 200)
    @Text(max = 200)
    private String qualitativeText;

    @Column(name = "unit", length = 40)
    @Text(max = 40)
    private String unit;

    protected IndicatorTarget() {
    }

    public IndicatorTarget(Operator operator, BigDecimal value, String qualitativeText, String unit) {
        this.operator = Objects.requireNonNull(operator);
        this.value = operator.isQuantitative() ? value : null;
        this.qualitativeText = operator.isQuantitative() ? null : blankToNull(qualitativeText);
        this.unit = operator.isQuantitative() ? blankToNull(unit) : null;
    }

    public static IndicatorTarget quantitative(Operator operator, BigDecimal value, String unit) {
        return new IndicatorTarget(operator, value, null, unit);
    }

    public static IndicatorTarget qualitative(String text) {
        return new IndicatorTarget(Operator.QUALITATIVE, null, text, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Operator getOperator() {
        return operator;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getQualitativeText() {
        return qualitativeText;
    }

    public String getUnit() {
        return unit;
    }

    /** As the forms write it: "≥120户", "=100%", "明显改善". */
    public String display() {
        if (!operator.isQuantitative()) {
            return qualitativeText == null ? "" : qualitativeText;
        }
        return operator.symbol() + (value == null ? "" : value.stripTrailingZeros().toPlainString()) + (unit == null ? "" : unit);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorTarget t && operator == t.operator
                && (value == null ? t.value == null : t.value != null && value.compareTo(t.value) == 0)
                && Objects.equals(qualitativeText, t.qualitativeText) && Objects.equals(unit, t.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operator, value == null ? null : value.stripTrailingZeros(), qualitativeText, unit);
    }

    @Override
    public String toString() {
        return display();
    }
}
