package cn.fundperf.ejb.review;

/** The four criteria of plan §五 on which every member rates every sheet. */
public enum ReviewCriterion {
    /** 项目的必要性和可行性 */
    NECESSITY_FEASIBILITY,
    /** 绩效目标与脱贫目标的相关性 */
    RELEVANCE,
    /** 绩效指标的合理性和可衡量性 */
    REASONABLE_MEASURABLE,
    /** 与资金的匹配性 */
    FUNDING_MATCH
}
