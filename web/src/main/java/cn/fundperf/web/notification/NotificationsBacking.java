package cn.fundperf.web.notification;

import cn.fundperf.ejb.notification.Notification;
import cn.fundperf.ejb.notification.NotificationService;
import cn.fundperf.web.faces.PagedModel;
import cn.fundperf.web.faces.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** 通知: the user's notifications, newest first, each in the reader's language, marked read one by one or all at once. */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NotificationService notifications;

    private PagedModel<Notification> list;

    @PostConstruct
    void init() {
        list = new PagedModel<>(notifications::count, notifications::mine, Notification::getId);
    }

    public String text(Notification notification) {
        // stored as text: numbers become numbers again for the plural forms
        Object[] arguments = notification.getArguments().stream()
                .map(a -> a.matches("-?\\d{1,18}") ? (Object) Long.valueOf(a) : a).toArray();
        return Texts.text(notification.getTextKey(), arguments);
    }

    public void markRead(Notification notification) {
        notifications.markRead(notification.getId());
    }

    /** Marks it read and follows its link (a plain redirect inside the application). */
    public String open(Notification notification) {
        notifications.markRead(notification.getId());
        String link = notification.getLink();
        if (link == null || !link.startsWith("/app/")) {
            return null;
        }
        return link + (link.contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    public void markAllRead() {
        Texts.info("notification.markedAllRead", notifications.markAllRead());
    }

    public PagedModel<Notification> getList() {
        return list;
    }
}
