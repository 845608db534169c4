package cn.fundperf.ejb.project;

/** 资金来源 (the codes of table fund_source_type). */
public enum FundSource {
    CENTRAL, PROVINCE, CITY, LOCAL, INTEGRATED
}
