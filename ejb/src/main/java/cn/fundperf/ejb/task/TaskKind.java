package cn.fundperf.ejb.task;

/** The kinds of long work that run as background tasks. Labels: {@code task.kind.*} in the bundles. */
public enum TaskKind {
    /** A year's 申报表 within the requester's scope, one worksheet per project. */
    DECLARATION_EXPORT,
    /** 备案 of more sheets than a request should carry; each sheet is filed on its own. */
    BATCH_FILING
}
