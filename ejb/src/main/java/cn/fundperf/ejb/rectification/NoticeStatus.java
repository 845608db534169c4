package cn.fundperf.ejb.rectification;

/** A rectification notice is drafted (by the warning, or by hand), then issued to the unit, or withdrawn. */
public enum NoticeStatus {
    DRAFT, ISSUED, WITHDRAWN
}
