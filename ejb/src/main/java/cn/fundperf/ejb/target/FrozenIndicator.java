package cn.fundperf.ejb.target;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;

/** An indicator as it stood in an approved version: a copy, never changed (see TargetVersion). */
@Embeddable
public class FrozenIndicator implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "level2", nullable = false, length = 24)
    private IndicatorLevel2 level2;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "operator", length = 12)
    private Operator operator;

    @Column(name = "target_value", precision = 18, scale = 4)
    private BigDecimal value;

    @Column(name = "qualitative_text", length = 200)
    private String qualitativeText;

    @Column(name = "unit", length = 40)
    private String unit;

    @Column(name = "weight", nullable = false, precision = 7, scale = 2)
    private BigDecimal weight;

    @Enumerated(EnumType.STRING)
    @Column(name = "basis_type", length = 16)
    private BasisType basisType;

    @Column(name = "basis_text", length = 500)
    private String basisText;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "evidence", length = 500)
    private String evidence;

    protected FrozenIndicator() {
    }

    FrozenIndicator(int position, IndicatorLine line) {
        this.position = position;
        this.level2 = line.level2();
        this.name = line.name();
        this.operator = line.operator();
        this.value = line.value();
        this.qualitativeText = line.qualitativeText();
        this.unit = line.unit();
        this.weight = line.weight();
        this.basisType = line.basisType();
        this.basisText = line.basisText();
        this.reason = line.reason();
        this.evidence = line.evidence();
    }

    public IndicatorLine toLine() {
        return new IndicatorLine(level2, name, operator, value, qualitativeText, unit, weight, basisType, basisText, reason, evidence, null);
    }

    public int getPosition() { return position; }
}
