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

/** Planned money of one source for a project; integrated money keeps where it came from. */
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

    protected ProjectFunding() {
    }

    public ProjectFunding(FundSource source, BigDecimal amount, String origin) {
        this.source = source;
        this.amount = Yuan.of(amount);
        this.origin = origin == null || origin.isBlank() ? null : origin.strip();
    }

    public FundSource getSource() { return source; }
    public BigDecimal getAmount() { return amount; }
    public String getOrigin() { return origin; }
}
