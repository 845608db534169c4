package cn.fundperf.ejb.notification;

/** What a notification is about; channels may choose by kind (e.g. mail for monitoring reminders). */
public enum NotificationKind {
    /** a review round was opened and the recipient sits on its committee */
    REVIEW_ROUND_OPENED
}
