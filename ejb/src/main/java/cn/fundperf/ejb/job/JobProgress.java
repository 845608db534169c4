package cn.fundperf.ejb.job;

import java.util.function.IntSupplier;

/**
 * What a running job reports: how far it is (shown on the 定时任务 screen; each report also renews
 * the lease) and its work in chunks, each chunk committed on its own.
 */
public final class JobProgress {

    private final long runId;
    private final String node;
    private final JobClaims claims;
    private final JobTransactions transactions;

    JobProgress(long runId, String node, JobClaims claims, JobTransactions transactions) {
        this.runId = runId;
        this.node = node;
        this.claims = claims;
        this.transactions = transactions;
    }

    /** Records done/total; throws {@link LeaseLostException} once another server has the run. */
    public void report(long done, long total) {
        if (!claims.progress(runId, node, done, total)) {
            throw new LeaseLostException(runId);
        }
    }

    /**
     * Runs {@code chunk} again and again, each call in a new transaction, until it returns 0 (nothing
     * left); reports the running count against {@code total} after each. Returns the count. The chunk
     * must take the next slice of what is still to do (set-based: "the next n rows still pending"),
     * so that a run taken over after a crash goes on where the committed chunks stopped.
     */
    public long inChunks(long total, IntSupplier chunk) {
        long done = 0;
        report(0, total);
        for (int processed = transactions.inNewTransaction(chunk); processed > 0; processed = transactions.inNewTransaction(chunk)) {
            done += processed;
            report(done, Math.max(total, done));
        }
        return done;
    }
}
