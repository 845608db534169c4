package cn.fundperf.ejb.notification;

/**
 * A way out besides the in-app list (mail comes with monitoring). A CDI bean implementing this is
 * found by itself: a notification it wants is written as PENDING and handed to it by the delivery job.
 */
public interface NotificationChannel {

    /** Decided when the notification is written, in the event's transaction. */
    boolean wants(Notification notification);

    /** Delivers, or throws to leave the notification pending for a later attempt. */
    void deliver(Notification notification);
}
