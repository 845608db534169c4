package cn.fundperf.ejb.target;

/** 一级指标. 成本 stands under 产出 by default; a rule set may show it as a level of its own. */
public enum IndicatorLevel1 {
    OUTPUT, BENEFIT, SATISFACTION, COST
}
