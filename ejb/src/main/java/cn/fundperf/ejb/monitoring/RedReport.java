package cn.fundperf.ejb.monitoring;

/**
 * A report judged RED as it was submitted: fired inside the submission's transaction, so that what
 * follows from it (a draft rectification notice, a draft 暂缓拨付 proposal) commits or fails with it.
 */
public record RedReport(long taskId) {
}
