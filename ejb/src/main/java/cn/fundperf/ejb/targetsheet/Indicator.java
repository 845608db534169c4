package cn.fundperf.ejb.targetsheet;

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
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

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

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id", nullable = false)
    private TargetSheet sheet;

    @Column(name = "position", nullable = false)
    private int position;

    @Embedded
    @Valid
    private IndicatorContent content;

    @Column(name = "template_id")
    private Long templateId;

    protected Indicator() {
    }

    Indicator(TargetSheet sheet, int position, IndicatorLine line) {
        this.sheet = sheet;
        this.position = position;
        this.content = new IndicatorContent(line);
        this.templateId = line.templateId();
    }

    public IndicatorLine toLine() {
        return content.toLine(templateId);
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public IndicatorContent getContent() { return content; }
    public Long getTemplateId() { return templateId; }
}
