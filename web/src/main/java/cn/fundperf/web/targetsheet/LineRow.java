package cn.fundperf.web.targetsheet;

import cn.fundperf.ejb.targetsheet.BasisType;
import cn.fundperf.ejb.targetsheet.IndicatorLevel2;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import java.io.Serializable;
import java.math.BigDecimal;

/** An editable row of the indicator table; becomes an {@link IndicatorLine} when saved. */
public class LineRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private IndicatorLevel2 level2;
    private String name;
    private String target;
    private BigDecimal weight;
    private BasisType basisType;
    private String basisText;
    private String reason;
    private String evidence;
    private Long templateId;
    private String key;

    public LineRow() {
    }

    public LineRow(IndicatorLine line) {
        level2 = line.level2();
        name = line.name();
        target = line.target();
        weight = line.weight();
        basisType = line.basisType();
        basisText = line.basisText();
        reason = line.reason();
        evidence = line.evidence();
        templateId = line.templateId();
        key = line.key();
    }

    public IndicatorLine toLine() {
        return new IndicatorLine(level2, name, target, weight, basisType, basisText, reason, evidence, templateId, key);
    }

    public IndicatorLevel2 getLevel2() { return level2; }
    public void setLevel2(IndicatorLevel2 level2) { this.level2 = level2; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public BigDecimal getWeight() { return weight; }
    public void setWeight(BigDecimal weight) { this.weight = weight; }
    public BasisType getBasisType() { return basisType; }
    public void setBasisType(BasisType basisType) { this.basisType = basisType; }
    public String getBasisText() { return basisText; }
    public void setBasisText(String basisText) { this.basisText = basisText; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public Long getTemplateId() { return templateId; }
}
