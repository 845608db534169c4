package cn.fundperf.ejb.rectification;

import static cn.fundperf.ejb.permission.Permission.MONITORING_READ;
import static cn.fundperf.ejb.permission.Permission.MONITORING_REPORT;
import static cn.fundperf.ejb.permission.Permission.RECTIFICATION_ISSUE;

import cn.fundperf.ejb.audit.UseCaseAudit;
import cn.fundperf.ejb.business.StaleVersionException;
import cn.fundperf.ejb.monitoring.MonitoringTask;
import cn.fundperf.ejb.monitoring.WarningLevel;
import cn.fundperf.ejb.notification.NotificationKind;
import cn.fundperf.ejb.notification.Outbox;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.InScope;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.security.Role;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 整改通知 after monitoring: a RED report leaves a draft with its department, which writes what the
 * unit must put right and by when, and issues it; the unit is told. (Answers, acceptance and
 * escalation come with the year-end issue.)
 */
@Stateless
public class RectificationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    UseCaseAudit audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The notices of a project's target, newest first. */
    @Guarded(MONITORING_READ)
    public List<RectificationNotice> noticesOf(@InScope(TargetSheet.class) long sheetId) {
        return em.createQuery("select n from RectificationNotice n where n.sheet.id = :sheet order by n.draftedAt desc, n.id desc",
                RectificationNotice.class).setParameter("sheet", sheetId).getResultList();
    }

    /** A draft for the department after a RED report; one per report, however often it turns RED. */
    @Guarded(value = MONITORING_REPORT, audit = "rectification.drafted")
    public void draftAfterRed(@InScope(MonitoringTask.class) long taskId) {
        MonitoringTask task = em.find(MonitoringTask.class, taskId);
        long existing = em.createQuery("select count(n) from RectificationNotice n where n.task = :task", Long.class)
                .setParameter("task", task).getSingleResult();
        if (task.getLevel() != WarningLevel.RED || existing > 0) {
            audit.nothingChanged();
            return;
        }
        RectificationNotice notice = RectificationNotice.draftAfter(task, LocalDateTime.now(clock));
        em.persist(notice);
        em.flush();
        outbox.toRole(Role.DEPT, task.getProject().getDepartment().getId(), NotificationKind.RECTIFICATION_DRAFTED,
                "notification.rectificationDrafted", List.of(task.getProject().getName(), task.getPeriod().getName()),
                "/app/monitoring/report.xhtml?id=" + task.getId());
        audit.subject("RectificationNotice", notice.getId());
        audit.change(null, task.getProject().getCode() + " " + task.getPeriod().getName());
    }

    /** The department (or finance) completes a draft and issues it to the unit. */
    @Guarded(value = RECTIFICATION_ISSUE, audit = "rectification.issued")
    public RectificationNotice issue(@InScope(RectificationNotice.class) long noticeId, long version, String problems, String requiredActions,
                                     LocalDate deadline) {
        RectificationNotice notice = em.find(RectificationNotice.class, noticeId);
        StaleVersionException.requireSame("RectificationNotice", noticeId, notice.getVersion(), version);
        LocalDateTime now = LocalDateTime.now(clock);
        notice.issue(problems, requiredActions, deadline, now.toLocalDate(), currentActor.get().username(), now);
        outbox.toRole(Role.UNIT, notice.getUsingUnit().getId(), NotificationKind.RECTIFICATION_ISSUED, "notification.rectificationIssued",
                List.of(notice.getSheet().getProject().getName(), deadline), notice.getTask() == null
                        ? "/app/target/sheet.xhtml?project=" + notice.getSheet().getProject().getId()
                        : "/app/monitoring/report.xhtml?id=" + notice.getTask().getId());
        audit.change(NoticeStatus.DRAFT.name(), NoticeStatus.ISSUED + " " + deadline + " " + notice.getRequiredActions());
        return notice;
    }

    /** A draft not to be sent: kept, marked withdrawn. */
    @Guarded(value = RECTIFICATION_ISSUE, audit = "rectification.withdrawn")
    public RectificationNotice withdraw(@InScope(RectificationNotice.class) long noticeId, long version) {
        RectificationNotice notice = em.find(RectificationNotice.class, noticeId);
        StaleVersionException.requireSame("RectificationNotice", noticeId, notice.getVersion(), version);
        notice.withdraw();
        audit.change(NoticeStatus.DRAFT.name(), NoticeStatus.WITHDRAWN.name());
        return notice;
    }
}
