package cn.fundperf.ejb.disclosure;

import static cn.fundperf.ejb.permission.Permission.TARGET_APPROVE;

import cn.fundperf.ejb.audit.UseCaseAudit;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.platform.ShortLivedCache;
import cn.fundperf.ejb.platform.WorkingCalendar;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.targetsheet.TargetVersion;
import cn.fundperf.ejb.validation.Limits;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 公开时限: finance sees the approved targets in its scope that are not recorded as published and are
 * overdue or due soon (one query per page, the deadline computed from the working calendar), and
 * records publications. The version in force of each sheet is the one that has to be public.
 */
@Stateless
public class DisclosureDeadlineService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    UseCaseAudit audit;

    @Inject
    Clock clock;

    @Inject
    WorkingCalendar calendar;

    @Inject
    ShortLivedCache cache;

    /** The cache's name for the province's large counts of unpublished versions; forgotten when publications are recorded. */
    private static final String COUNTS = "disclosureCounts";

    @Inject
    @ConfigProperty(name = "fundperf.disclosure.deadline-working-days", defaultValue = "20")
    int workingDays;

    @Inject
    @ConfigProperty(name = "fundperf.disclosure.due-soon-working-days", defaultValue = "5")
    int dueSoonWorkingDays;

    /** Overdue first (oldest approval first), then those due soon. */
    @Guarded(TARGET_APPROVE)
    public List<DueDisclosure> due(int first, int max) {
        DisclosureDeadline deadline = deadline();
        LocalDate today = today();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<DueDisclosure.Approved> query = cb.createQuery(DueDisclosure.Approved.class);
        Root<TargetVersion> version = query.from(TargetVersion.class);
        Join<Object, Object> sheet = version.join("sheet");
        Join<Object, Object> project = sheet.join("project");
        query.select(cb.construct(DueDisclosure.Approved.class, version.get("id"), sheet.get("id"), sheet.get("fiscalYear"),
                        project.get("code"), project.get("name"), project.join("usingUnit").get("name"), project.join("department").get("name"),
                        project.join("region").get("name"), version.get("number"), version.get("approvalDocument"), version.get("approvedOn")))
                .where(unpublished(cb, query, version, sheet, deadline.listedUpTo(today)))
                .orderBy(cb.asc(version.get("approvedOn")), cb.asc(project.get("code")), cb.asc(version.get("id")));
        return em.createQuery(query).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, Limits.IDS.max())))
                .getResultList().stream().map(row -> row.on(today, deadline)).toList();
    }

    /** How many are overdue or due soon. */
    @Guarded(TARGET_APPROVE)
    public long countDue() {
        return count(deadline().listedUpTo(today()));
    }

    /** How many are overdue (for 我的待办). */
    @Guarded(TARGET_APPROVE)
    public long countOverdue() {
        return count(deadline().overdueUpTo(today()));
    }

    /** Finance records that these approved versions were published on a day, and where. */
    @Guarded(value = TARGET_APPROVE, audit = "disclosure.published")
    public List<TargetPublication> recordPublication(List<Long> versionIds, LocalDate publishedOn, String channel) {
        List<Long> ids = versionIds == null ? List.of() : versionIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            throw new InvalidInputException("disclosure.publication.nothingChosen");
        }
        Actor actor = currentActor.get();
        DisclosureDeadline deadline = deadline();
        List<TargetPublication> recorded = new ArrayList<>();
        for (Long id : ids) {
            TargetVersion version = NotFoundException.unlessMissing(em.find(TargetVersion.class, id), TargetVersion.class, id);
            actor.scope().require(version.getSheet(), id);
            boolean published = !em.createQuery("select p.id from TargetPublication p where p.targetVersion = :version", Long.class)
                    .setParameter("version", version).setMaxResults(1).getResultList().isEmpty();
            if (published) {
                throw new InvalidInputException("disclosure.publication.already", version.getSheet().getProject().getName());
            }
            TargetPublication publication = new TargetPublication(version, publishedOn, channel, deadline, actor.username(), now());
            em.persist(publication);
            audit.line("TargetSheet", version.getSheet().getId(), null,
                    "v" + version.getNumber() + " " + publishedOn + (publication.isInTime() ? "" : " (late)") + ": " + publication.getChannel());
            recorded.add(publication);
        }
        em.flush();
        cache.forget(COUNTS);
        return recorded;
    }

    /** The rule in force: working days from config/rules.properties, the calendar from config/working-calendar.properties. */
    public DisclosureDeadline deadline() {
        return new DisclosureDeadline(calendar, workingDays, dueSoonWorkingDays);
    }

    private long count(LocalDate approvedUpTo) {
        // a province's tens of thousands of approved versions are counted once a minute, not on every home page
        return cache.count(List.of(COUNTS, currentActor.get().scope().grants(), approvedUpTo), () -> countNow(approvedUpTo));
    }

    private long countNow(LocalDate approvedUpTo) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<TargetVersion> version = query.from(TargetVersion.class);
        Join<Object, Object> sheet = version.join("sheet");
        query.select(cb.count(version)).where(unpublished(cb, query, version, sheet, approvedUpTo));
        return em.createQuery(query).getSingleResult();
    }

    /** The version in force of a sheet in scope, approved on or before a day, with no publication recorded. */
    private Predicate[] unpublished(CriteriaBuilder cb, AbstractQuery<?> query, Root<TargetVersion> version, Join<Object, Object> sheet,
                                    LocalDate approvedUpTo) {
        Subquery<Long> publication = query.subquery(Long.class);
        Root<TargetPublication> published = publication.from(TargetPublication.class);
        publication.select(published.get("id")).where(cb.equal(published.get("targetVersion"), version));
        return new Predicate[] {
                cb.equal(version.get("number"), sheet.get("releasedVersion")),
                cb.lessThanOrEqualTo(version.get("approvedOn"), approvedUpTo),
                cb.not(cb.exists(publication)),
                currentActor.get().scope().restrict(cb, sheet.get("scope"))
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
