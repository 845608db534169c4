package cn.fundperf.ejb.monitoring;

import cn.fundperf.ejb.project.FundSource;
import cn.fundperf.ejb.validation.Limits;
import cn.fundperf.ejb.validation.MaxItems;
import cn.fundperf.ejb.validation.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's report for a period as entered: a line per indicator and the budget executed to date
 * per fund source. Lines it does not name keep what was saved before.
 */
public record ReportEntry(@NotNull @MaxItems(Limits.INDICATORS) List<@Valid @NotNull LineEntry> lines,
                          @NotNull @MaxItems(Limits.FUNDINGS) List<@Valid @NotNull Executed> executed) implements Serializable {

    /** 预算执行数 of one fund source to date, in 元. */
    public record Executed(@NotNull FundSource source, @NotNull @Money BigDecimal amount) implements Serializable {
        public FundSource getSource() { return source; }
        public BigDecimal getAmount() { return amount; }
    }

    public ReportEntry {
        lines = lines == null ? List.of() : List.copyOf(lines);
        executed = executed == null ? List.of() : List.copyOf(executed);
    }

    public List<LineEntry> getLines() { return lines; }
    public List<Executed> getExecuted() { return executed; }
}
