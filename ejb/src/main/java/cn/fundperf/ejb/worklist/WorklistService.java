package cn.fundperf.ejb.worklist;

import cn.fundperf.ejb.disclosure.DisclosureDeadlineService;
import cn.fundperf.ejb.permission.Permission;
import cn.fundperf.ejb.platform.ShortLivedCache;
import cn.fundperf.ejb.project.TargetSheetStatus;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.targetsheet.SheetConditions;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 我的待办: what waits for the signed-in user, counted within their scope: returned sheets for a
 * unit, sheets to check for a department, opinions to sign and conclusions to give for committee
 * members, sheets to review, file and approve for finance, and approved targets past their disclosure deadline.
 */
@Stateless
public class WorklistService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    @Inject
    ShortLivedCache cache;

    @Inject
    DisclosureDeadlineService disclosureDeadlines;

    public List<Task> tasks() {
        Actor actor = currentActor.get();
        List<Task> tasks = new ArrayList<>();
        if (actor.may(Permission.TARGET_EDIT)) {
            add(tasks, "work.returned", sheets(TargetSheetStatus.RETURNED), "/app/project/list?status=RETURNED");
            add(tasks, "work.drafts", sheets(TargetSheetStatus.DRAFT), "/app/project/list?status=DRAFT");
            add(tasks, "work.adjusting", sheets(TargetSheetStatus.ADJUSTING), "/app/project/list?status=ADJUSTING");
        }
        if (actor.may(Permission.TARGET_DEPARTMENT_CHECK)) {
            add(tasks, "work.departmentCheck", sheets(TargetSheetStatus.DEPARTMENT_CHECK), "/app/project/list?status=DEPARTMENT_CHECK");
        }
        if (actor.may(Permission.REVIEW_MANAGE)) {
            add(tasks, "work.toReview", sheets(TargetSheetStatus.SUBMITTED), "/app/review/open");
        }
        if (actor.may(Permission.REVIEW_TAKE_PART)) {
            long toSign = em.createQuery("select count(o) from ReviewOpinion o where o.member.username = :user "
                    + "and o.signedAt is null and o.item.conclusion is null", Long.class)
                    .setParameter("user", actor.username()).getSingleResult();
            add(tasks, "work.toSign", toSign, toSign == 1 ? "/app/review/item?id=" + em.createQuery("select o.item.id from ReviewOpinion o "
                    + "where o.member.username = :user and o.signedAt is null and o.item.conclusion is null", Long.class)
                    .setParameter("user", actor.username()).getSingleResult() : "/app/review/rounds");
            // the chair's rounds in the same count, not loaded: a member sits on rounds year after year (a bound parameter,
            // not a literal: H2 and EclipseLink disagree on boolean literals)
            add(tasks, "work.toConclude", em.createQuery("select count(i) from ReviewItem i where i.conclusion is null "
                    + "and exists (select m from ReviewMember m where m.round = i.round and m.username = :user and m.chair = :chair) "
                    + "and not exists (select o from ReviewOpinion o where o.item = i and o.signedAt is null)", Long.class)
                    .setParameter("user", actor.username()).setParameter("chair", Boolean.TRUE).getSingleResult(), "/app/review/rounds");
        }
        if (actor.may(Permission.TARGET_FILE)) {
            add(tasks, "work.toFile", sheets(TargetSheetStatus.PASSED), "/app/approval/filing");
        }
        if (actor.may(Permission.TARGET_APPROVE)) {
            add(tasks, "work.toApprove", sheets(TargetSheetStatus.FILED), "/app/approval/approve");
            add(tasks, "work.disclosureOverdue", disclosureDeadlines.countOverdue(), "/app/disclosure/deadlines");
        }
        return tasks;
    }

    private static void add(List<Task> tasks, String key, long count, String outcome) {
        if (count > 0) {
            tasks.add(new Task(key, count, outcome));
        }
    }

    /** Sheets of this year in the caller's scope in a state. */
    private long sheets(TargetSheetStatus status) {
        int year = LocalDate.now(clock).getYear();
        return cache.count(List.of(SheetConditions.COUNTS, currentActor.get().scope().grants(), year, status), () -> countSheets(year, status));
    }

    private long countSheets(int year, TargetSheetStatus status) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<TargetSheet> sheet = query.from(TargetSheet.class);
        query.select(cb.count(sheet)).where(SheetConditions.of(cb, sheet, currentActor.get().scope(), year,
                List.of(status), null, null));
        return em.createQuery(query).getSingleResult();
    }
}
