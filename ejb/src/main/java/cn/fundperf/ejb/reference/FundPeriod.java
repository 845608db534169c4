package cn.fundperf.ejb.reference;

/** Which generation of poverty funds a category belongs to: the plan's 脱贫攻坚 categories, or the 衔接资金 tasks from 2021. */
public enum FundPeriod {
    POVERTY_ALLEVIATION, REVITALIZATION_LINKAGE
}
