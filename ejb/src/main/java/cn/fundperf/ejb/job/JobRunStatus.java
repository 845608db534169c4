package cn.fundperf.ejb.job;

/**
 * Where a run stands. RETRY_WAIT: an attempt failed and the claim is given back until its retry
 * time; FAILED only once the attempts are spent, and it stays so, visibly.
 */
public enum JobRunStatus {
    RUNNING, RETRY_WAIT, SUCCEEDED, FAILED;

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
