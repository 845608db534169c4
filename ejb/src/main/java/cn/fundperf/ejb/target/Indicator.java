package cn.fundperf.ejb.target;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/** A level-3 indicator of a target sheet. Part of the sheet: changed only through the sheet. */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    @SequenceGenerator(name = "indicator_seq", sequenceName = "indicator_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id", nullable = false)
    private TargetSheet sheet;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "level2", nullable = false, length = 24)
    private IndicatorLevel2 level2;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Embedded
    private IndicatorTarget target;

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

    @Column(name = "template_id")
    private Long templateId;

    protected Indicator() {
    }

    Indicator(TargetSheet sheet, int position, IndicatorLine line) {
        this.sheet = sheet;
        this.position = position;
        this.level2 = line.level2();
        this.name = line.name() == null ? "" : line.name().strip();
        this.target = line.target();   // null until an operator is chosen: the gap stays "no operator"
        this.weight = line.weight() == null ? BigDecimal.ZERO : line.weight();
        this.basisType = line.basisType();
        this.basisText = line.basisText();
        this.reason = line.reason();
        this.evidence = line.evidence();
        this.templateId = line.templateId();
    }

    public IndicatorLine toLine() {
        if (target == null) {
            return new IndicatorLine(level2, name, null, null, null, null, weight, basisType, basisText, reason, evidence, templateId);
        }
        return new IndicatorLine(level2, name, target.getOperator(), target.getValue(), target.getQualitativeText(),
                target.getUnit(), weight, basisType, basisText, reason, evidence, templateId);
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public IndicatorLevel2 getLevel2() { return level2; }
    public String getName() { return name; }
    public IndicatorTarget getTarget() { return target; }
    public BigDecimal getWeight() { return weight; }
    public BasisType getBasisType() { return basisType; }
    public String getBasisText() { return basisText; }
    public String getReason() { return reason; }
    public String getEvidence() { return evidence; }
    public Long getTemplateId() { return templateId; }
}
