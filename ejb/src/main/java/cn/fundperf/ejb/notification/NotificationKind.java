package cn.fundperf.ejb.notification;

/** What a notification is about; channels may choose by kind (e.g. mail for monitoring reminders). */
public enum NotificationKind {
    /** a review round was opened and the recipient sits on its committee */
    REVIEW_ROUND_OPENED,
    /** a monitoring period opened: the unit has reports to make */
    MONITORING_OPENED,
    /** a monitoring report is due in a few days */
    MONITORING_REMINDER,
    /** a monitoring report is past its deadline (to the unit, its department and finance) */
    MONITORING_OVERDUE,
    /** a submitted report was judged RED (to the department and finance) */
    MONITORING_RED,
    /** a department sent a monitoring report back to the unit */
    MONITORING_RETURNED,
    /** finance suspended, recalled or resumed a project's money */
    FUND_ACTION,
    /** a RED report left a draft rectification notice with the department */
    RECTIFICATION_DRAFTED,
    /** a rectification notice was issued to the unit */
    RECTIFICATION_ISSUED
}
