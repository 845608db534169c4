package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.validation.Score;
import cn.fundperf.ejb.validation.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What a level-3 indicator says: level 2, name, target, weight (if any), basis, reason and evidence. The
 * working indicator of a sheet and the frozen copy in an approved version both hold one.
 */
@Embeddable
public class IndicatorContent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "level2", nullable = false, length = 24)
    @NotNull
    private IndicatorLevel2 level2;

    @Column(name = "name", nullable = false, length = 200)
    @NotNull
    @Text(max = 200)
    private String name;

    @Embedded
    @Valid
    private IndicatorTarget target;

    /** 分值; null where the province sets weights only at the 自评 (rules.properties). */
    @Column(name = "weight", precision = 7, scale = 2)
    @Score
    private BigDecimal weight;

    @Enumerated(EnumType.STRING)
    @Column(name = "basis_type", length = 16)
    private BasisType basisType;

    @Column(name = "basis_text", length = 500)
    @Text(max = 500)
    private String basisText;

    @Column(name = "reason", length = 1000)
    @Text(max = 1000)
    private String reason;

    /** Stable identity of the indicator (see IndicatorLine#key); null only on versions frozen before keys existed. */
    @Column(name = "indicator_key", length = 36)
    @Text(max = 36)
    private String key;

    @Column(name = "evidence", length = 500)
    @Text(max = 500)
    private String evidence;

    protected IndicatorContent() {
    }

    IndicatorContent(IndicatorLine line) {
        this.level2 = line.level2();
        this.name = line.name() == null ? "" : line.name().strip();
        IndicatorValue value = line.targetValue();
        this.target = value == null ? null : IndicatorTarget.of(value);   // null until written: the gap says so
        this.weight = line.weight() == null || line.weight().signum() == 0 ? null : line.weight();
        this.basisType = line.basisType();
        this.basisText = line.basisText();
        this.reason = line.reason();
        this.evidence = line.evidence();
        this.key = line.key();
    }

    IndicatorLine toLine(Long templateId) {
        return new IndicatorLine(level2, name, target == null ? null : target.display(), weight, basisType, basisText, reason,
                evidence, templateId, key);
    }

    public IndicatorLevel2 getLevel2() { return level2; }
    public String getName() { return name; }
    public IndicatorTarget getTarget() { return target; }
    public BigDecimal getWeight() { return weight; }
    public BasisType getBasisType() { return basisType; }
    public String getBasisText() { return basisText; }
    public String getReason() { return reason; }
    public String getEvidence() { return evidence; }
    public String getKey() { return key; }
}
