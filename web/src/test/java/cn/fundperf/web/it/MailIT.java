package cn.fundperf.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.directory.OrganizationService;
import cn.fundperf.ejb.monitoring.MonitoringPeriod;
import cn.fundperf.ejb.monitoring.MonitoringSchedule;
import cn.fundperf.ejb.notification.NotificationDeliveries;
import cn.fundperf.ejb.notification.NotificationDelivery;
import cn.fundperf.ejb.notification.NotificationKind;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.security.Role;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Monitoring notices reach offices' mailboxes through SMTP (GreenMail, in the server, on the port
 * the test server's fundperf.mail.port names). With the mail server down the period still opens,
 * the in-app notices are written and the mails wait; once it is up the delivery job sends them.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    static final int SMTP_PORT = 18025;

    @Deployment
    static WebArchive application() throws URISyntaxException {
        return Deployments.applicationWithProbe()
                .addAsLibraries(new File(GreenMail.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }

    @Inject
    TestProbe probe;

    @Inject
    CurrentActor currentActor;

    @Inject
    MonitoringSchedule schedule;

    @Inject
    OrganizationService organizations;

    @Inject
    NotificationDeliveries deliveries;

    @Test
    void a_mail_server_that_is_down_delays_the_mail_and_the_delivery_job_sends_it_once_it_is_up() throws Exception {
        String mailbox = "byx-" + UUID.randomUUID().toString().substring(0, 6) + "@qinghe.example.gov.cn";
        currentActor.set(probe.actor("sysadmin"));
        Organization baiyun = probe.organization("DW-BYX");
        organizations.describeOrganization(baiyun.getId(), baiyun.getVersion(), baiyun.getName(), baiyun.getContactPerson(),
                baiyun.getContactPhone(), mailbox);

        // no SMTP server listens: the period opens all the same, the in-app notice is there, the mail waits
        currentActor.set(probe.actor("finance01"));
        LocalDate today = LocalDate.now();
        MonitoringPeriod period = schedule.addPeriod(today.getYear(), "邮件测试 " + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.of(today.getYear(), 1, 1), today.plusDays(1), today.plusDays(11), false);
        assertTrue(schedule.open(period.getId()) > 0);
        assertEquals(1, probe.countOfficeNotifications(Role.UNIT, "DW-BYX", NotificationKind.MONITORING_OPENED, period.getName()));
        List<NotificationDelivery> waiting = waitForAttempt(period.getName());
        assertEquals(List.of(NotificationDelivery.PENDING), waiting, "tried once right after the opening, and kept for another try");

        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            long after = 0;
            for (NotificationDeliveries.Chunk chunk = deliveries.deliverNext(after); chunk.handled() > 0; chunk = deliveries.deliverNext(after)) {
                after = chunk.lastId();   // as the delivery job does, a chunk at a time
            }
            assertEquals(List.of(NotificationDelivery.DELIVERED), probe.deliveriesOf("DW-BYX", period.getName()));
            MimeMessage[] received = smtp.getReceivedMessages();
            List<MimeMessage> ours = Arrays.stream(received).filter(m -> addressedTo(m, mailbox)).toList();
            assertEquals(1, ours.size(), "one mail to the office's mailbox");
            assertEquals("【扶贫资金绩效管理】运行监控开始填报", ours.get(0).getSubject());
            String body = GreenMailUtil.getBody(ours.get(0));
            assertTrue(decoded(ours.get(0)).contains(period.getName()) && decoded(ours.get(0)).contains("白云乡人民政府"), body);
        } finally {
            smtp.stop();
        }
    }

    private List<NotificationDelivery> waitForAttempt(String periodName) throws InterruptedException {
        for (int i = 0; i < 80; i++) {
            if (probe.deliveryAttemptsOf("DW-BYX", periodName) > 0) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals(1, probe.deliveryAttemptsOf("DW-BYX", periodName), "one prompt attempt");
        return probe.deliveriesOf("DW-BYX", periodName);
    }

    private static boolean addressedTo(MimeMessage message, String mailbox) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(mailbox));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static String decoded(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
