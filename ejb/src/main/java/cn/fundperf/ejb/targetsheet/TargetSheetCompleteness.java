package cn.fundperf.ejb.targetsheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * domain.md §3: a sheet is complete when it has an overall goal; at least one 数量, 质量 and 时效
 * indicator; at least one 效益 indicator; a 满意度 indicator where the category requires one; every
 * indicator with name and value, every quantity with a unit (or the unit in its name: "完成时限(月)");
 * 设定依据 and 理由 on every line or once for its group of lines (plan §五); and, where weights are
 * set at target setting, weights plus the budget-execution weight summing to 100.
 */
public final class TargetSheetCompleteness {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** A unit in brackets at the end of the name: "任务完成时限（月）", "验收合格率(%)". */
    private static final Pattern UNIT_IN_NAME = Pattern.compile(".*[(（]\\s*[^()（）\\s\\d]{1,8}\\s*[)）]\\s*$");
    /** Written for "as above" in a 依据 or 理由 cell. */
    private static final Set<String> AS_ABOVE = Set.of("同上", "同上。", "〃");

    private TargetSheetCompleteness() {
    }

    /** The budget-execution weight plus every positive indicator weight: what must make 100. */
    public static BigDecimal weightTotal(BigDecimal budgetExecutionWeight, List<IndicatorLine> lines) {
        BigDecimal total = budgetExecutionWeight == null ? BigDecimal.ZERO : budgetExecutionWeight;
        for (IndicatorLine line : lines) {
            if (weighted(line)) {
                total = total.add(line.weight());
            }
        }
        return total;
    }

    public static List<Gap> check(String overallGoal, BigDecimal budgetExecutionWeight, List<IndicatorLine> lines, SheetRules rules) {
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
        if (rules.satisfactionRequired() && !present.contains(IndicatorLevel2.SATISFACTION)) {
            gaps.add(Gap.ofSheet("target.gap.missingSatisfaction"));
        }
        for (SheetRules.CoreIndicator core : rules.core()) {
            if (lines.stream().noneMatch(l -> Long.valueOf(core.templateId()).equals(l.templateId()) || sameName(l.name(), core.name()))) {
                gaps.add(Gap.ofSheet("target.gap.coreMissing", core.name()));
            }
        }
        boolean checkWeights = rules.weights() == SheetRules.Weights.REQUIRED
                || rules.weights() == SheetRules.Weights.OPTIONAL && lines.stream().anyMatch(TargetSheetCompleteness::weighted);
        Set<IndicatorLevel2> basisGiven = EnumSet.noneOf(IndicatorLevel2.class);
        Set<IndicatorLevel2> reasonGiven = EnumSet.noneOf(IndicatorLevel2.class);
        for (int i = 0; i < lines.size(); i++) {
            IndicatorLine line = lines.get(i);
            int number = i + 1;
            if (line.level2() == null) {
                gaps.add(Gap.ofLine(number, "target.gap.level2"));
            }
            if (line.name() == null || line.name().isBlank()) {
                gaps.add(Gap.ofLine(number, "target.gap.name"));
            }
            if (line.target() == null) {
                gaps.add(Gap.ofLine(number, "target.gap.value"));
            } else if (line.isQuantitative() && line.unit() == null && !unitInName(line.name())) {
                gaps.add(Gap.ofLine(number, "target.gap.unit"));
            }
            // a blank (or 同上) 依据 or 理由 is served by one given above in the same level; a text without its type is not
            boolean basis = line.basisType() != null && given(line.basisText());
            if (!basis && (given(line.basisText()) || !servedAbove(basisGiven, line))) {
                gaps.add(Gap.ofLine(number, "target.gap.basis"));
            }
            boolean reason = given(line.reason());
            if (!reason && !servedAbove(reasonGiven, line)) {
                gaps.add(Gap.ofLine(number, "target.gap.reason"));
            }
            if (line.level2() != null && basis) {
                basisGiven.add(line.level2());
            }
            if (line.level2() != null && reason) {
                reasonGiven.add(line.level2());
            }
            if (checkWeights && !weighted(line)) {
                gaps.add(Gap.ofLine(number, "target.gap.weight"));
            }
        }
        BigDecimal total = weightTotal(budgetExecutionWeight, lines);
        if (checkWeights && total.compareTo(HUNDRED) != 0) {
            gaps.add(Gap.ofSheet("target.gap.weightTotal", total.stripTrailingZeros().toPlainString()));
        }
        return gaps;
    }

    /** Names compared as offices retype them: without spaces, brackets of either width or the ★ mark. */
    static boolean sameName(String a, String b) {
        return a != null && b != null && comparable(a).equals(comparable(b));
    }

    private static String comparable(String name) {
        return IndicatorValueGrammar.fold(CoreMark.strip(name)).replaceAll("\\s", "");
    }

    static boolean unitInName(String name) {
        return name != null && UNIT_IN_NAME.matcher(name).matches();
    }

    private static boolean weighted(IndicatorLine line) {
        return line.weight() != null && line.weight().signum() > 0;
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank() && !AS_ABOVE.contains(text.strip());
    }

    private static boolean servedAbove(Set<IndicatorLevel2> givenInLevel, IndicatorLine line) {
        return line.level2() != null && givenInLevel.contains(line.level2());
    }
}
