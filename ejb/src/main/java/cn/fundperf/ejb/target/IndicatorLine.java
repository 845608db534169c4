package cn.fundperf.ejb.target;

import cn.fundperf.ejb.validation.Measure;
import cn.fundperf.ejb.validation.Score;
import cn.fundperf.ejb.validation.Text;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One indicator as entered on a screen, an import row or an API call, before it becomes part
 * of a sheet. Rules read lines, so that checks work the same on saved and unsaved sheets.
 * Bounds are the columns' (our composed constraints, checked at the API and again on the entity).
 */
public record IndicatorLine(@NotNull IndicatorLevel2 level2,
                            @Text(max = 200) String name,
                            Operator operator,
                            @Measure BigDecimal value,
                            @Text(max = 200) String qualitativeText,
                            @Text(max = 40) String unit,
                            @Score BigDecimal weight,
                            BasisType basisType,
                            @Text(max = 500) String basisText,
                            @Text(max = 1000) String reason,
                            @Text(max = 500) String evidence,
                            Long templateId)
        implements Serializable {

    public boolean isQuantitative() {
        return operator != null && operator.isQuantitative();
    }

    public IndicatorTarget target() {
        return operator == null ? null : new IndicatorTarget(operator, value, qualitativeText, unit);
    }

    // bean-style accessors for Jakarta EL 5, which does not read record components
    /** "≥ 12 公里" or the qualitative text, as forms show a target. */
    @JsonbTransient
    public String getTargetText() {
        IndicatorTarget target = target();
        return target == null ? "" : target.display();
    }

    @JsonbTransient
    public IndicatorLevel2 getLevel2() { return level2; }
    @JsonbTransient
    public String getName() { return name; }
    @JsonbTransient
    public Operator getOperator() { return operator; }
    @JsonbTransient
    public BigDecimal getValue() { return value; }
    @JsonbTransient
    public String getQualitativeText() { return qualitativeText; }
    @JsonbTransient
    public String getUnit() { return unit; }
    @JsonbTransient
    public BigDecimal getWeight() { return weight; }
    @JsonbTransient
    public BasisType getBasisType() { return basisType; }
    @JsonbTransient
    public String getBasisText() { return basisText; }
    @JsonbTransient
    public String getReason() { return reason; }
    @JsonbTransient
    public String getEvidence() { return evidence; }
}
