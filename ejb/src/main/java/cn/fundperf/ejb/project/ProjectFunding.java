package cn.fundperf.ejb.project;

import cn.fundperf.ejb.validation.Money;
import cn.fundperf.ejb.validation.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Planned money of one source for a project: its level (中央, 省级...), and as the 申报表 prints it the
 * fund's name (中央财政衔接推进乡村振兴补助资金), its task (少数民族发展任务) and the allocation document
 * (指标文号); integrated money keeps where it came from.
 */
@Embeddable
public class ProjectFunding implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 16)
    @NotNull
    private FundSource source;

    @Column(name = "amount", nullable = false, precision = 18, scale = 2)
    @NotNull
    @Money
    private BigDecimal amount;

    @Column(name = "origin", length = 300)
    @Text(max = 300)
    private String origin;

    @Column(name = "fund_name", length = 100)
    @Text(max = 100)
    private String fundName;

    @Column(name = "task", length = 100)
    @Text(max = 100)
    private String task;

    @Column(name = "document_number", length = 100)
    @Text(max = 100)
    private String documentNumber;

    protected ProjectFunding() {
    }

    public ProjectFunding(FundSource source, BigDecimal amount, String origin) {
        this(source, amount, origin, null, null, null);
    }

    public ProjectFunding(FundSource source, BigDecimal amount, String origin, String fundName, String task, String documentNumber) {
        this.source = source;
        this.amount = Yuan.of(amount);
        this.origin = stripped(origin);
        this.fundName = stripped(fundName);
        this.task = stripped(task);
        this.documentNumber = stripped(documentNumber);
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public FundSource getSource() { return source; }
    public BigDecimal getAmount() { return amount; }
    public String getOrigin() { return origin; }
    public String getFundName() { return fundName; }
    public String getTask() { return task; }
    public String getDocumentNumber() { return documentNumber; }
}
