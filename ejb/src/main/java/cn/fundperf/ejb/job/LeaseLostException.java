package cn.fundperf.ejb.job;

/**
 * This server no longer holds the run (it stalled past its lease and another server took the run
 * over): the work stops at once and leaves the outcome to the new holder.
 */
public class LeaseLostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LeaseLostException(long runId) {
        super("lease of job run " + runId + " lost");
    }
}
