package cn.fundperf.ejb.monitoring;

import java.math.BigDecimal;

/**
 * How one indicator stands in a period: progress to date and forecast, in percent of the target
 * (reverse indicators inverted, so that above 100 is always better), null where no ratio applies
 * (time limits, qualitative indicators); its level; whether evidence backs it.
 */
public record IndicatorOutcome(String key, BigDecimal progress, BigDecimal forecast, WarningLevel level, boolean verified) {
}
