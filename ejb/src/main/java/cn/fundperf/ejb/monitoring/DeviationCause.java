package cn.fundperf.ejb.monitoring;

/** 偏差原因分析 in the five columns of the 绩效运行监控表 (forms.md). */
public enum DeviationCause {
    /** 经费保障 */
    FUNDING,
    /** 制度保障 */
    RULES,
    /** 人员保障 */
    STAFF,
    /** 硬件条件保障 */
    FACILITIES,
    /** 其他 */
    OTHER
}
