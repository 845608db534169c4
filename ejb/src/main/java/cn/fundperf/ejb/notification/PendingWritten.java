package cn.fundperf.ejb.notification;

/** Notifications waiting for a channel were written in the current transaction. */
public record PendingWritten() {
}
