package cn.fundperf.ejb.target;

/**
 * The province's settings that decide when a sheet is complete (config/rules.properties, read by
 * {@link IndicatorSettings}): whether 分值 are set at target setting, and whether the sheet's fund
 * category requires a 满意度 indicator.
 */
public record SheetRules(Weights weights, boolean satisfactionRequired) {

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
