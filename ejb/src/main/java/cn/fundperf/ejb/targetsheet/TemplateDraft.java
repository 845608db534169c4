package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.validation.Measure;
import cn.fundperf.ejb.validation.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;

/** The content of a reference indicator as a department proposes it. Checked when built. */
@Embeddable
public class TemplateDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "level2", length = 24)
    private IndicatorLevel2 level2;

    @Column(name = "name", length = 200)
    @Text(max = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "operator", length = 12)
    private Operator operator;

    @Column(name = "unit", length = 40)
    @Text(max = 40)
    private String unit;

    @Column(name = "typical_min", precision = 18, scale = 4)
    @Measure
    private BigDecimal typicalMin;

    @Column(name = "typical_max", precision = 18, scale = 4)
    @Measure
    private BigDecimal typicalMax;

    @Column(name = "qualitative_text", length = 200)
    @Text(max = 200)
    private String qualitativeText;

    @Enumerated(EnumType.STRING)
    @Column(name = "basis_type", length = 16)
    private BasisType basisType;

    @Column(name = "basis_text", length = 500)
    @Text(max = 500)
    private String basisText;

    @Column(name = "explanation", length = 1000)
    @Text(max = 1000)
    private String explanation;

    @Column(name = "evidence", length = 500)
    @Text(max = 500)
    private String evidence;

    protected TemplateDraft() {
    }

    /** A copy of its own: an embeddable belongs to one entity (the proposal, or the template). */
    TemplateDraft copy() {
        return new TemplateDraft(level2, name, operator, unit, typicalMin, typicalMax, qualitativeText, basisType, basisText,
                explanation, evidence);
    }

    public TemplateDraft(IndicatorLevel2 level2, String name, Operator operator, String unit, BigDecimal typicalMin,
                         BigDecimal typicalMax, String qualitativeText, BasisType basisType, String basisText,
                         String explanation, String evidence) {
        if (level2 == null || operator == null || basisType == null || blank(name) || blank(basisText) || blank(explanation)
                || blank(evidence)) {
            throw new InvalidInputException("library.draft.incomplete");
        }
        if (operator.isQuantitative() && blank(unit)) {
            throw new InvalidInputException("library.draft.unit");
        }
        if (typicalMin != null && typicalMax != null && typicalMin.compareTo(typicalMax) > 0) {
            throw new InvalidInputException("library.draft.range");
        }
        this.level2 = level2;
        this.name = name.strip();
        this.operator = operator;
        this.unit = operator.isQuantitative() ? unit.strip() : null;
        this.typicalMin = operator.isQuantitative() ? typicalMin : null;
        this.typicalMax = operator.isQuantitative() ? typicalMax : null;
        this.qualitativeText = operator.isQuantitative() ? null : qualitativeText;
        this.basisType = basisType;
        this.basisText = basisText.strip();
        this.explanation = explanation.strip();
        this.evidence = evidence.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public IndicatorLevel2 getLevel2() { return level2; }
    public String getName() { return name; }
    public Operator getOperator() { return operator; }
    public String getUnit() { return unit; }
    public BigDecimal getTypicalMin() { return typicalMin; }
    public BigDecimal getTypicalMax() { return typicalMax; }
    public String getQualitativeText() { return qualitativeText; }
    public BasisType getBasisType() { return basisType; }
    public String getBasisText() { return basisText; }
    public String getExplanation() { return explanation; }
    public String getEvidence() { return evidence; }
}
