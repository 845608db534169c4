package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.targetsheet.IndicatorValue.Qualitative;
import cn.fundperf.ejb.targetsheet.IndicatorValue.Quantity;
import cn.fundperf.ejb.targetsheet.IndicatorValue.Range;
import cn.fundperf.ejb.targetsheet.IndicatorValue.TimeLimit;
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
 * The stored form of an {@link IndicatorValue}: its parts in columns that SQL can read (a
 * monitoring batch compares deadlines and numbers without parsing text). Immutable; an edit
 * replaces it. Rows written before the value grammar have no kind: their operator tells
 * (定性 or a comparison), and they have neither range nor time limit.
 */
@Embeddable
public class IndicatorTarget implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What kind of value the columns hold. */
    public enum Kind { QUANTITY, RANGE, TIME_LIMIT, QUALITATIVE }

    @Enumerated(EnumType.STRING)
    @Column(name = "value_kind", length = 12)
    private Kind kind;

    /** A quantity's written operator; null when none was written (the rule set implies one). */
    @Enumerated(EnumType.STRING)
    @Column(name = "operator", length = 12)
    private Operator operator;

    /** A quantity's number or a range's lower bound. */
    @Column(name = "target_value", precision = 18, scale = 4)
    @Measure
    private BigDecimal value;

    @Column(name = "target_upper", precision = 18, scale = 4)
    @Measure
    private BigDecimal upper;

    @Column(name = "qualitative_text", length = 200)
    @Text(max = 200)
    private String qualitativeText;

    @Column(name = "unit", length = 40)
    @Text(max = 40)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_year", length = 10)
    private TimeLimit.Year timeYear;

    @Column(name = "time_calendar_year")
    private Integer timeCalendarYear;

    @Column(name = "time_month")
    private Integer timeMonth;

    @Column(name = "time_day")
    private Integer timeDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_qualifier", length = 10)
    private TimeLimit.Qualifier timeQualifier;

    protected IndicatorTarget() {
    }

    public static IndicatorTarget of(IndicatorValue value) {
        IndicatorTarget target = new IndicatorTarget();
        if (value instanceof Quantity q) {
            target.kind = Kind.QUANTITY;
            target.operator = q.operator();
            target.value = q.number();
            target.unit = q.unit();
        } else if (value instanceof Range r) {
            target.kind = Kind.RANGE;
            target.value = r.lower();
            target.upper = r.upper();
            target.unit = r.unit();
        } else if (value instanceof TimeLimit t) {
            target.kind = Kind.TIME_LIMIT;
            target.timeYear = t.year();
            target.timeCalendarYear = t.calendarYear();
            target.timeMonth = t.month();
            target.timeDay = t.day();
            target.timeQualifier = t.qualifier();
        } else {
            target.kind = Kind.QUALITATIVE;
            target.qualitativeText = ((Qualitative) Objects.requireNonNull(value)).text();
        }
        return target;
    }

    /** The value these columns hold; null for a row from before the grammar that had no number or text yet. */
    public IndicatorValue value() {
        if (kind == null) {
            return legacy();
        }
        return switch (kind) {
            case QUANTITY -> new Quantity(operator, value, unit);
            case RANGE -> new Range(value, upper, unit);
            case TIME_LIMIT -> new TimeLimit(timeYear, timeCalendarYear, timeMonth, timeDay, timeQualifier);
            case QUALITATIVE -> new Qualitative(qualitativeText);
        };
    }

    /** Old rows held whatever the old editor let through (a unit such as "年7月"): read as written then. */
    private IndicatorValue legacy() {
        if (operator == Operator.QUALITATIVE) {
            return qualitativeText == null || qualitativeText.isBlank() ? null : new Qualitative(qualitativeText);
        }
        if (value == null) {
            return null;
        }
        try {
            return new Quantity(operator, value, unit);
        } catch (IllegalArgumentException e) {
            return IndicatorValue.parse((operator == null ? "" : operator.symbol()) + value.stripTrailingZeros().toPlainString()
                    + (unit == null ? "" : unit));
        }
    }

    public Kind kind() {
        if (kind != null) {
            return kind;
        }
        return operator == Operator.QUALITATIVE ? Kind.QUALITATIVE : Kind.QUANTITY;
    }

    /** As the forms write it: "≥120户", "100%", "2023年12月前", "明显改善". */
    public String display() {
        IndicatorValue written = value();
        return written == null ? "" : written.print();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorTarget t && Objects.equals(value(), t.value());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value());
    }

    @Override
    public String toString() {
        return display();
    }
}
