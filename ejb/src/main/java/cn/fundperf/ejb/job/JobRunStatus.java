package cn.fundperf.ejb.job;

public enum JobRunStatus {
    RUNNING, SUCCEEDED, FAILED
}
