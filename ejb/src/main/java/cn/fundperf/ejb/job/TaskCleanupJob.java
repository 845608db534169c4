package cn.fundperf.ejb.job;

import cn.fundperf.ejb.task.TaskHousekeeping;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** Nightly: tasks whose node died are marked failed; finished tasks and their files go after some days. */
@Dependent
public class TaskCleanupJob implements JobAction {

    @Inject
    TaskHousekeeping housekeeping;

    @Override
    public ScheduledJob job() {
        return ScheduledJob.TASK_CLEANUP;
    }

    @Override
    public String execute() {
        int interrupted = housekeeping.failInterrupted();
        int removed = housekeeping.removeFinished();
        return interrupted + " interrupted, " + removed + " removed";
    }
}
