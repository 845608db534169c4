package cn.fundperf.ejb.targetsheet;

/** 设定依据: where a target value comes from. */
public enum BasisType {
    PLAN, INDUSTRY, HISTORY, OTHER
}
