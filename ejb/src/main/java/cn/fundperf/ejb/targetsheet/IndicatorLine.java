package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.targetsheet.IndicatorValue.Quantity;
import cn.fundperf.ejb.targetsheet.IndicatorValue.Range;
import cn.fundperf.ejb.validation.Score;
import cn.fundperf.ejb.validation.Text;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One indicator as entered on a screen, an import row or an API call, before it becomes part
 * of a sheet. Rules read lines, so that checks work the same on saved and unsaved sheets.
 * The target is written as offices write it ("≥120户", "100%", "2023年12月前", "明显改善") and
 * kept in the grammar's canonical form ({@link IndicatorValue}); blank means not given yet.
 * The key names "this indicator" across saves, adjustments, approval and the next year's copy
 * (monitoring values and scores refer to it); a line without one is new.
 * Bounds are the columns' (our composed constraints, checked at the API and again on the entity).
 */
public record IndicatorLine(@NotNull IndicatorLevel2 level2,
                            @Text(max = 200) String name,
                            @StorableValue String target,
                            @Score BigDecimal weight,
                            BasisType basisType,
                            @Text(max = 500) String basisText,
                            @Text(max = 1000) String reason,
                            @Text(max = 500) String evidence,
                            Long templateId,
                            @Text(max = 36) String key)
        implements Serializable {

    @JsonbCreator   // the canonical one: JSON-B does not choose between two constructors on its own
    public IndicatorLine {
        target = target == null || target.isBlank() ? null : canonical(target);
        key = key == null || key.isBlank() ? null : key.strip();
    }

    /** A line not yet saved: it gets its key when its sheet is saved. */
    public IndicatorLine(IndicatorLevel2 level2, String name, String target, BigDecimal weight, BasisType basisType, String basisText,
                         String reason, String evidence, Long templateId) {
        this(level2, name, target, weight, basisType, basisText, reason, evidence, templateId, null);
    }

    /** The printed form, unless the text is too long to judge (validation refuses it then, with its own message). */
    private static String canonical(String written) {
        return written.length() > 200 ? written : IndicatorValue.parse(written).print();
    }

    /** The target as a value; null when none is written. */
    public IndicatorValue targetValue() {
        return target == null ? null : IndicatorValue.parse(target);
    }

    /** A number or a range, compared by size (not a time limit or text). */
    public boolean isQuantitative() {
        IndicatorValue value = targetValue();
        return value instanceof Quantity || value instanceof Range;
    }

    /** The quantity written, if the target is one. */
    public Quantity quantity() {
        return targetValue() instanceof Quantity q ? q : null;
    }

    /** The unit of a quantity or range; null otherwise or when none is written. */
    public String unit() {
        IndicatorValue value = targetValue();
        return value instanceof Quantity q ? q.unit() : value instanceof Range r ? r.unit() : null;
    }

    /** The same line with another target text. */
    public IndicatorLine withTarget(String written) {
        return new IndicatorLine(level2, name, written, weight, basisType, basisText, reason, evidence, templateId, key);
    }

    /** The same line with another weight (null: none). */
    public IndicatorLine withWeight(BigDecimal newWeight) {
        return new IndicatorLine(level2, name, target, newWeight, basisType, basisText, reason, evidence, templateId, key);
    }

    /** The same line under another key. */
    public IndicatorLine withKey(String newKey) {
        return new IndicatorLine(level2, name, target, weight, basisType, basisText, reason, evidence, templateId, newKey);
    }

    // bean-style accessors for Jakarta EL 5, which does not read record components
    /** "≥12公里", "2023年12月前" or the qualitative text, as forms show a target. */
    @JsonbTransient
    public String getTargetText() {
        return target == null ? "" : target;
    }

    @JsonbTransient
    public IndicatorLevel2 getLevel2() { return level2; }
    @JsonbTransient
    public String getName() { return name; }
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
