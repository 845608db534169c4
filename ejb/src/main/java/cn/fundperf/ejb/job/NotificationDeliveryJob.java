package cn.fundperf.ejb.job;

import cn.fundperf.ejb.notification.NotificationDeliveries;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Hands pending notifications to their channels, a chunk at a time (each chunk its own
 * transaction, progress on the 定时任务 screen). Until a channel exists (mail, with monitoring)
 * nothing is pending and the run says 0.
 */
@Dependent
public class NotificationDeliveryJob implements JobAction {

    @Inject
    NotificationDeliveries deliveries;

    @Override
    public ScheduledJob job() {
        return ScheduledJob.NOTIFICATION_DELIVERY;
    }

    @Override
    public String execute(JobProgress progress) {
        long[] after = {0};
        long pending = deliveries.pendingCount();
        long handled = progress.inChunks(pending, () -> {
            NotificationDeliveries.Chunk chunk = deliveries.deliverNext(after[0]);
            after[0] = chunk.lastId();
            return chunk.handled();
        });
        return handled + " handed to channels";
    }
}
