package cn.fundperf.ejb.notification;

/**
 * Delivery beyond the in-app list. IN_APP_ONLY: no channel wanted it; PENDING: a channel (mail,
 * later) still has to deliver it; DELIVERED; FAILED after the attempts were spent.
 */
public enum NotificationDelivery {
    IN_APP_ONLY, PENDING, DELIVERED, FAILED
}
