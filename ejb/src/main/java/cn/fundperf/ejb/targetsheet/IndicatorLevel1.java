package cn.fundperf.ejb.targetsheet;

/**
 * 一级指标, in the order the forms list them. 成本 stands under 产出 by default; a deployment may list
 * it as a level of its own, between 产出 and 效益 as in the 2021 national template.
 */
public enum IndicatorLevel1 {
    OUTPUT, COST, BENEFIT, SATISFACTION
}
