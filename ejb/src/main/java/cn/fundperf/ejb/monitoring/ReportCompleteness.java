package cn.fundperf.ejb.monitoring;

import cn.fundperf.ejb.targetsheet.Gap;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.IndicatorValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a report must hold before it is submitted (the 绩效运行监控表 asks it all): for every
 * indicator the unit's likelihood and what was achieved (a number for quantities and ranges, a
 * date or the statement that it is not done for time limits, words for qualitative ones); for an
 * indicator off track the cause, the reason and the measure; the budget executed, never more than
 * released. Plain Java, so the same gaps show on the screen and in an import.
 */
public final class ReportCompleteness {

    private ReportCompleteness() {
    }

    /** Gaps by line (1-based, in the version's order; 0 for the report as a whole). */
    public static List<Gap> gaps(List<IndicatorLine> indicators, List<ReportedIndicator> reported, BigDecimal executedTotal,
                                 BigDecimal releasedBudget) {
        Map<String, ReportedIndicator> byKey = reported.stream().collect(Collectors.toMap(ReportedIndicator::getKey, Function.identity()));
        List<Gap> gaps = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorLine indicator = indicators.get(i);
            int line = i + 1;
            ReportedIndicator entry = byKey.get(indicator.key());
            if (entry == null || entry.getLikelihood() == null) {
                gaps.add(Gap.ofLine(line, "monitoring.gap.likelihood", indicator.name()));
                continue;
            }
            IndicatorValue target = indicator.targetValue();
            if ((target instanceof IndicatorValue.Quantity || target instanceof IndicatorValue.Range) && entry.getAchieved() == null) {
                gaps.add(Gap.ofLine(line, "monitoring.gap.achieved", indicator.name()));
            }
            if (target instanceof IndicatorValue.Qualitative && entry.getStatement() == null) {
                gaps.add(Gap.ofLine(line, "monitoring.gap.statement", indicator.name()));
            }
            if (entry.getLikelihood() != Likelihood.CERTAIN
                    && (entry.getCause() == null || entry.getReason() == null || entry.getMeasure() == null)) {
                gaps.add(Gap.ofLine(line, "monitoring.gap.deviation", indicator.name()));
            }
        }
        if (executedTotal == null) {
            gaps.add(Gap.ofSheet("monitoring.gap.executed"));
        } else if (releasedBudget != null && executedTotal.compareTo(releasedBudget) > 0) {
            gaps.add(Gap.ofSheet("monitoring.gap.executedAboveReleased", executedTotal.toPlainString(), releasedBudget.toPlainString()));
        }
        return gaps;
    }
}
