package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.reference.FundCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

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

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private FundCategory category;

    /** What the template says; the same content a department's proposal carries. */
    @Embedded
    @Valid
    private TemplateDraft content;

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
        content = draft.copy();
        active = true;
    }

    /** A core indicator (★) is required in every sheet of its category; finance decides which. */
    @Column(name = "core", nullable = false)
    private boolean core;

    public boolean isCore() {
        return core;
    }

    void markCore(boolean isCore) {
        core = isCore;
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
        return new IndicatorLine(content.getLevel2(), content.getName(), suggestedTarget(), weight, content.getBasisType(),
                content.getBasisText(), null, content.getEvidence(), id);
    }

    /** Written as a sheet writes it ("≥20户", "健全"); the line's grammar makes it canonical. */
    private String suggestedTarget() {
        Operator operator = content.getOperator();
        if (!operator.isQuantitative()) {
            return content.getQualitativeText();
        }
        BigDecimal value = suggestedValue();
        return value == null ? null
                : operator.symbol() + value.stripTrailingZeros().toPlainString() + (content.getUnit() == null ? "" : content.getUnit());
    }

    private BigDecimal suggestedValue() {
        return content.getOperator().isReverse() ? content.getTypicalMax() : content.getTypicalMin();
    }

    /** "≥ 20–500 户", "= 100 %", "定性：健全" — how the library screen and the picker show it. */
    public String getUsualText() {
        Operator operator = content.getOperator();
        String qualitativeText = content.getQualitativeText();
        BigDecimal typicalMin = content.getTypicalMin();
        BigDecimal typicalMax = content.getTypicalMax();
        String unit = content.getUnit();
        if (!operator.isQuantitative()) {
            return operator.symbol() + (qualitativeText == null ? "" : "：" + qualitativeText);
        }
        String min = typicalMin == null ? "" : typicalMin.stripTrailingZeros().toPlainString();
        String max = typicalMax == null ? "" : typicalMax.stripTrailingZeros().toPlainString();
        String range = min.equals(max) ? min : min + "–" + max;
        return operator.symbol() + " " + range + (unit == null ? "" : " " + unit);
    }

    public IndicatorQuality.UsualRange usualRange() {
        return new IndicatorQuality.UsualRange(content.getTypicalMin(), content.getTypicalMax());
    }

    public Long getId() { return id; }
    public FundCategory getCategory() { return category; }
    public TemplateDraft getContent() { return content; }
    public IndicatorLevel2 getLevel2() { return content.getLevel2(); }
    public String getName() { return content.getName(); }
    public Operator getOperator() { return content.getOperator(); }
    public String getUnit() { return content.getUnit(); }
    public BigDecimal getTypicalMin() { return content.getTypicalMin(); }
    public BigDecimal getTypicalMax() { return content.getTypicalMax(); }
    public String getQualitativeText() { return content.getQualitativeText(); }
    public BasisType getBasisType() { return content.getBasisType(); }
    public String getBasisText() { return content.getBasisText(); }
    public String getExplanation() { return content.getExplanation(); }
    public String getEvidence() { return content.getEvidence(); }
    public int getSortOrder() { return sortOrder; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
