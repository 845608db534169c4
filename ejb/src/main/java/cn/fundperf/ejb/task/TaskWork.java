package cn.fundperf.ejb.task;

/**
 * The work behind one kind of task, implemented by the feature that owns it. It runs as the
 * requester (the services it calls check permission and scope as for a request), outside a
 * transaction: each service call it makes commits on its own. It reports progress as it goes.
 */
public interface TaskWork {

    TaskKind kind();

    TaskOutcome execute(BackgroundTask task, Progress progress);

    @FunctionalInterface
    interface Progress {
        void report(int done, int total);
    }
}
