package cn.fundperf.ejb.targetsheet;

/** An adjustment is open until its new version is approved, review refuses it, or the unit withdraws it. */
public enum AdjustmentStatus {
    OPEN, APPROVED, REFUSED, WITHDRAWN
}
