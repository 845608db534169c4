package cn.fundperf.ejb.monitoring;

import cn.fundperf.ejb.targetsheet.IndicatorValue;
import cn.fundperf.ejb.targetsheet.Operator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the unit reported for one indicator in a period (a line of the 绩效运行监控表), beside the
 * target it reports against.
 *
 * @param key        the indicator's stable key
 * @param name       the indicator as the sheet names it, for explanations
 * @param target     the approved target value
 * @param operator   how achievement compares with a quantity's target, implicit ones resolved; null for others
 * @param achieved   achieved to date, in the target's unit (quantities and ranges)
 * @param expected   the expected full-year value, in the target's unit (quantities and ranges)
 * @param doneOn     when a time limit's work was finished, if it was
 * @param likelihood the unit's statement: 确定能 / 有可能 / 完全不可能
 * @param evidenced  whether evidence backs the value; values without are shown as unverified
 */
public record IndicatorReport(String key, String name, IndicatorValue target, Operator operator, BigDecimal achieved,
                              BigDecimal expected, LocalDate doneOn, Likelihood likelihood, boolean evidenced) {

    public IndicatorReport {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(target, "target");
        if (target instanceof IndicatorValue.Quantity && (operator == null || operator == Operator.QUALITATIVE)) {
            throw new IllegalArgumentException(key + ": a quantity is compared by ≥ ≤ = > <, not " + operator);
        }
    }
}
