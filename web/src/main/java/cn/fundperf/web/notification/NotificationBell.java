package cn.fundperf.web.notification;

import cn.fundperf.ejb.notification.NotificationService;
import cn.fundperf.web.faces.Texts;
import cn.fundperf.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The bell in the page header: the unread count, read once per request. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser currentUser;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = currentUser.isSignedIn() ? notifications.unreadCount() : 0L;
        }
        return unread;
    }

    public boolean isAnyUnread() {
        return getUnread() > 0;
    }

    /** The bell's words for screen readers and the browser tests. */
    public String getLabel() {
        return isAnyUnread() ? Texts.text("notification.bell", getUnread()) : Texts.text("notification.bellEmpty");
    }
}
