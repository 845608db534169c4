package cn.fundperf.ejb.notification;

import cn.fundperf.ejb.organization.Organization;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Notifications to an office by mail (Jakarta Mail to the SMTP server of {@code fundperf.mail.*}),
 * to the office's mailbox (单位邮箱). Off while no host is set. A mail that cannot be sent throws:
 * the notification stays pending and is tried again (the in-app one is there regardless).
 */
@ApplicationScoped
public class MailChannel implements NotificationChannel {

    static final String TEXTS = "cn.fundperf.ejb.notification.Mail";

    /** No default: MicroProfile Config reads an empty default as no value at all, and the deployment would fail. */
    @Inject
    @ConfigProperty(name = "fundperf.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "fundperf.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "fundperf.mail.from", defaultValue = "fupin-jx@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "fundperf.mail.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "fundperf.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "fundperf.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "fundperf.mail.timeout-ms", defaultValue = "5000")
    int timeoutMillis;

    /** Which notifications go by mail too (kind names); by default every monitoring and correction notice. */
    @Inject
    @ConfigProperty(name = "fundperf.mail.kinds", defaultValue = "MONITORING_OPENED,MONITORING_REMINDER,MONITORING_OVERDUE,MONITORING_RED,"
            + "MONITORING_RETURNED,FUND_ACTION,RECTIFICATION_DRAFTED,RECTIFICATION_ISSUED")
    String kindsSetting;

    /** Where the application is reached, to put a link in the mail. */
    @Inject
    @ConfigProperty(name = "fundperf.public-url", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    @PersistenceContext
    EntityManager em;

    private Set<NotificationKind> kinds;

    @PostConstruct
    void read() {
        kinds = Arrays.stream(kindsSetting.split("[,\\s]+")).filter(k -> !k.isBlank()).map(String::strip).map(NotificationKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NotificationKind.class)));
    }

    @Override
    public boolean wants(Notification notification) {
        return host.filter(h -> !h.isBlank()).isPresent() && kinds.contains(notification.getKind())
                && notification.getRecipientOrganizationId() != null;
    }

    @Override
    public void deliver(Notification notification) {
        Organization office = em.find(Organization.class, notification.getRecipientOrganizationId());
        if (office == null || office.getContactEmail() == null) {
            return;   // an office without a mailbox reads it in the application only
        }
        ResourceBundle texts = ResourceBundle.getBundle(TEXTS, Locale.SIMPLIFIED_CHINESE);
        Object[] arguments = notification.getArguments().toArray();
        String subject = texts.getString("subject." + notification.getKind().name());
        String body = MessageFormat.format(texts.getString("greeting"), office.getName()) + "\n\n"
                + new MessageFormat(texts.getString(notification.getTextKey()), Locale.SIMPLIFIED_CHINESE).format(arguments) + "\n\n"
                + MessageFormat.format(texts.getString("footer"), publicUrl.replaceAll("/$", "")
                        + (notification.getLink() == null ? "/" : notification.getLink()));
        try {
            MimeMessage mail = new MimeMessage(session());
            mail.setFrom(new InternetAddress(from));
            mail.setRecipients(Message.RecipientType.TO, InternetAddress.parse(office.getContactEmail()));
            mail.setSubject(subject, "UTF-8");
            mail.setText(body, "UTF-8");
            mail.setSentDate(new Date());
            if (user.isPresent()) {
                Transport.send(mail, user.get(), password.orElse(""));
            } else {
                Transport.send(mail);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("Mail to " + office.getCode() + " not sent: " + e.getMessage(), e);
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow().strip());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.timeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.writetimeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.put("mail.smtp.auth", String.valueOf(user.isPresent()));
        return Session.getInstance(properties);
    }
}
