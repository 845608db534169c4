package cn.fundperf.ejb.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * domain.md §3: a sheet is complete when it has an overall goal; at least one 数量, 质量 and 时效
 * indicator; at least one 效益 indicator; a 满意度 indicator where the project serves people;
 * every quantitative indicator with a number and a unit; every indicator with name, 依据 and
 * 理由; indicator weights plus the budget-execution weight summing to 100.
 */
public final class TargetSheetCompleteness {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private TargetSheetCompleteness() {
    }

    /** The budget-execution weight plus every positive indicator weight: what must make 100. */
    public static BigDecimal weightTotal(BigDecimal budgetExecutionWeight, List<IndicatorLine> lines) {
        BigDecimal total = budgetExecutionWeight == null ? BigDecimal.ZERO : budgetExecutionWeight;
        for (IndicatorLine line : lines) {
            if (line.weight() != null && line.weight().signum() > 0) {
                total = total.add(line.weight());
            }
        }
        return total;
    }

    public static List<Gap> check(String overallGoal, BigDecimal budgetExecutionWeight, List<IndicatorLine> lines,
                                  boolean servesPeople) {
        List<Gap> gaps = new ArrayList<>();
        if (overallGoal == null || overallGoal.isBlank()) {
            gaps.add(Gap.ofSheet("target.gap.overallGoal"));
        }
        Set<IndicatorLevel2> present = EnumSet.noneOf(IndicatorLevel2.class);
        lines.stream().map(IndicatorLine::level2).filter(l -> l != null).forEach(present::add);
        for (IndicatorLevel2 required : List.of(IndicatorLevel2.QUANTITY, IndicatorLevel2.QUALITY, IndicatorLevel2.TIMELINESS)) {
            if (!present.contains(required)) {
                gaps.add(Gap.ofSheet("target.gap.missingLevel2", required));
            }
        }
        if (present.stream().noneMatch(IndicatorLevel2::isBenefit)) {
            gaps.add(Gap.ofSheet("target.gap.missingBenefit"));
        }
        if (servesPeople && !present.contains(IndicatorLevel2.SATISFACTION)) {
            gaps.add(Gap.ofSheet("target.gap.missingSatisfaction"));
        }
        for (int i = 0; i < lines.size(); i++) {
            IndicatorLine line = lines.get(i);
            int number = i + 1;
            if (line.level2() == null) {
                gaps.add(Gap.ofLine(number, "target.gap.level2"));
            }
            if (line.name() == null || line.name().isBlank()) {
                gaps.add(Gap.ofLine(number, "target.gap.name"));
            }
            if (line.operator() == null) {
                gaps.add(Gap.ofLine(number, "target.gap.operator"));
            } else if (line.isQuantitative()) {
                if (line.value() == null) {
                    gaps.add(Gap.ofLine(number, "target.gap.value"));
                }
                if (line.unit() == null || line.unit().isBlank()) {
                    gaps.add(Gap.ofLine(number, "target.gap.unit"));
                }
            } else if (line.qualitativeText() == null || line.qualitativeText().isBlank()) {
                gaps.add(Gap.ofLine(number, "target.gap.qualitativeText"));
            }
            if (line.basisType() == null || line.basisText() == null || line.basisText().isBlank()) {
                gaps.add(Gap.ofLine(number, "target.gap.basis"));
            }
            if (line.reason() == null || line.reason().isBlank()) {
                gaps.add(Gap.ofLine(number, "target.gap.reason"));
            }
            if (line.weight() == null || line.weight().signum() <= 0) {
                gaps.add(Gap.ofLine(number, "target.gap.weight"));
            }
        }
        BigDecimal total = weightTotal(budgetExecutionWeight, lines);
        if (total.compareTo(HUNDRED) != 0) {
            gaps.add(Gap.ofSheet("target.gap.weightTotal", total.stripTrailingZeros().toPlainString()));
        }
        return gaps;
    }
}
