package cn.fundperf.ejb.job;

/**
 * The work of one scheduled job, implemented by a bean of the feature that owns it.
 * Returns a one-line outcome for the run history; throws to mark the attempt failed (it is tried
 * again later, see {@link RetryPolicy}). Simple jobs implement {@link #execute()}; long ones
 * implement {@link #execute(JobProgress)} and work in chunks, each its own transaction.
 */
public interface JobAction {

    ScheduledJob job();

    default String execute() {
        throw new UnsupportedOperationException("Job " + job() + " implements no execute method");
    }

    default String execute(JobProgress progress) {
        return execute();
    }
}
