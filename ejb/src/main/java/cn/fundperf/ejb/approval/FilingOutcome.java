package cn.fundperf.ejb.approval;

import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.task.BackgroundTask;
import java.util.List;

/** What a 备案 request did: the sheets it filed, or the background task that files a large batch. */
public record FilingOutcome(List<TargetSheet> filed, BackgroundTask task) {

    static FilingOutcome done(List<TargetSheet> filed) {
        return new FilingOutcome(List.copyOf(filed), null);
    }

    static FilingOutcome queued(BackgroundTask task) {
        return new FilingOutcome(List.of(), task);
    }

    public boolean isQueued() {
        return task != null;
    }
}
