package cn.fundperf.ejb.fundaction;

/** What finance does with a project's money after a warning (plan §七). */
public enum FundActionKind {
    /** 暂缓拨付: no further payments until resumed */
    SUSPEND,
    /** 收回资金: an amount of what was released is taken back */
    RECALL,
    /** 恢复: payments go on again */
    RESUME
}
