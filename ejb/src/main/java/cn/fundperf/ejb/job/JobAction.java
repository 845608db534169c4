package cn.fundperf.ejb.job;

/**
 * The work of one scheduled job, implemented by a bean of the feature that owns it.
 * Returns a one-line outcome for the run history; throws to mark the run failed.
 */
public interface JobAction {

    ScheduledJob job();

    String execute();
}
