package cn.fundperf.ejb.monitoring;

import cn.fundperf.ejb.project.FundSource;
import cn.fundperf.ejb.validation.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;

/** 预算执行数 of one fund source to date, as the unit reported it. */
@Embeddable
public class ExecutedFunding implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 24)
    private FundSource source;

    @Column(name = "executed", nullable = false, precision = 18, scale = 2)
    @Money
    private BigDecimal executed;

    protected ExecutedFunding() {
    }

    ExecutedFunding(FundSource source, BigDecimal executed) {
        this.source = source;
        this.executed = executed;
    }

    public FundSource getSource() { return source; }
    public BigDecimal getExecuted() { return executed; }
}
