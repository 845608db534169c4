package cn.fundperf.ejb.targetsheet;

import java.util.List;

/**
 * What decides when a sheet is complete beyond the plan's fixed rules: the province's settings
 * (config/rules.properties, read by {@link IndicatorSettings}: whether 分值 are set at target
 * setting, whether the sheet's fund category requires a 满意度 indicator) and the core indicators
 * (★) finance set for the category.
 */
public record SheetRules(Weights weights, boolean satisfactionRequired, List<CoreIndicator> core) {

    /** A core indicator: a line counts when it came from the template or bears its name. */
    public record CoreIndicator(long templateId, String name) {
    }

    public SheetRules {
        core = List.copyOf(core);
    }

    public SheetRules(Weights weights, boolean satisfactionRequired) {
        this(weights, satisfactionRequired, List.of());
    }

    public SheetRules withCore(List<CoreIndicator> coreIndicators) {
        return new SheetRules(weights, satisfactionRequired, coreIndicators);
    }

    /** 分值 at target setting (fundperf.indicators.weights). */
    public enum Weights {
        /** Weights are set at the 自评 only; any given are kept but not checked. */
        NOT_USED,
        /** None at all, or on every line adding up to 100 with the budget-execution row. */
        OPTIONAL,
        /** On every line, adding up to 100 with the budget-execution row. */
        REQUIRED
    }

    /** The defaults: weights optional, 满意度 required in every category (domain.md §3). */
    public static SheetRules defaults() {
        return new SheetRules(Weights.OPTIONAL, true);
    }
}
