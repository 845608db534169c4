package cn.fundperf.ejb.monitoring;

/** 完成目标可能性 as the 绩效运行监控表 asks it of the unit for each indicator. */
public enum Likelihood {
    /** 确定能 */
    CERTAIN,
    /** 有可能 */
    POSSIBLE,
    /** 完全不可能 */
    IMPOSSIBLE
}
