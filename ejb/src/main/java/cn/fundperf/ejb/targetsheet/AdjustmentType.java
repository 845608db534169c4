package cn.fundperf.ejb.targetsheet;

/** Why a released target is adjusted (plan §六). */
public enum AdjustmentType {
    /** 上级增加补助 */
    HIGHER_SUBSIDY,
    /** 本级调整预算 */
    LOCAL_BUDGET_CHANGE,
    /** 特殊原因 */
    SPECIAL_REASON
}
