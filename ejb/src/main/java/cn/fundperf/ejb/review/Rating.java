package cn.fundperf.ejb.review;

/** 符合 / 基本符合 / 不符合. */
public enum Rating {
    CONFORMS, MOSTLY_CONFORMS, DOES_NOT_CONFORM
}
