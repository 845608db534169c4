package cn.fundperf.ejb.target;

import cn.fundperf.ejb.reference.FundCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** 目标指标参考体系: a level-3 indicator as a fund category usually sets it, with its usual range. */
@Entity
@Table(name = "indicator_template")
public class IndicatorTemplate {

    @Id
    @SequenceGenerator(name = "indicator_template_seq", sequenceName = "indicator_template_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_template_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private FundCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "level2", nullable = false, length = 24)
    private IndicatorLevel2 level2;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "operator", nullable = false, length = 12)
    private Operator operator;

    @Column(name = "unit", length = 40)
    private String unit;

    @Column(name = "typical_min", precision = 18, scale = 4)
    private BigDecimal typicalMin;

    @Column(name = "typical_max", precision = 18, scale = 4)
    private BigDecimal typicalMax;

    @Column(name = "qualitative_text", length = 200)
    private String qualitativeText;

    @Enumerated(EnumType.STRING)
    @Column(name = "basis_type", nullable = false, length = 16)
    private BasisType basisType;

    @Column(name = "basis_text", nullable = false, length = 500)
    private String basisText;

    @Column(name = "explanation", nullable = false, length = 1000)
    private String explanation;

    @Column(name = "evidence", nullable = false, length = 500)
    private String evidence;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected IndicatorTemplate() {
    }

    /** A new reference indicator, as finance approved a department's proposal. */
    IndicatorTemplate(FundCategory category, TemplateDraft draft) {
        this.category = category;
        this.sortOrder = 1000;
        revise(draft);
    }

    void revise(TemplateDraft draft) {
        level2 = draft.getLevel2();
        name = draft.getName();
        operator = draft.getOperator();
        unit = draft.getUnit();
        typicalMin = draft.getTypicalMin();
        typicalMax = draft.getTypicalMax();
        qualitativeText = draft.getQualitativeText();
        basisType = draft.getBasisType();
        basisText = draft.getBasisText();
        explanation = draft.getExplanation();
        evidence = draft.getEvidence();
        active = true;
    }

    /** No longer offered to new sheets; sheets that used it keep their lines. */
    void retire() {
        active = false;
    }

    /**
     * A new line for a sheet: the template's wording, operator, unit, basis and evidence; the
     * value starts at the usual minimum for the unit to adjust, the reason is the unit's to write.
     */
    public IndicatorLine toLine(BigDecimal weight) {
        return new IndicatorLine(level2, name, operator, operator.isQuantitative() ? suggestedValue() : null,
                qualitativeText, unit, weight, basisType, basisText, null, evidence, id);
    }

    private BigDecimal suggestedValue() {
        return operator.isReverse() ? typicalMax : typicalMin;
    }

    /** "≥ 20–500 户", "= 100 %", "定性：健全" — how the library screen and the picker show it. */
    public String getUsualText() {
        if (!operator.isQuantitative()) {
            return operator.symbol() + (qualitativeText == null ? "" : "：" + qualitativeText);
        }
        String min = typicalMin == null ? "" : typicalMin.stripTrailingZeros().toPlainString();
        String max = typicalMax == null ? "" : typicalMax.stripTrailingZeros().toPlainString();
        String range = min.equals(max) ? min : min + "–" + max;
        return operator.symbol() + " " + range + (unit == null ? "" : " " + unit);
    }

    public IndicatorQuality.UsualRange usualRange() {
        return new IndicatorQuality.UsualRange(typicalMin, typicalMax);
    }

    public Long getId() { return id; }
    public FundCategory getCategory() { return category; }
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
    public int getSortOrder() { return sortOrder; }
    public boolean isActive() { return active; }
}
