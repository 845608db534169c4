package cn.fundperf.ejb.task;

public enum TaskStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
