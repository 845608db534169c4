package cn.fundperf.ejb.targetsheet;

import static cn.fundperf.ejb.permission.Permission.LIBRARY_APPROVE;
import static cn.fundperf.ejb.permission.Permission.LIBRARY_PROPOSE;
import static cn.fundperf.ejb.permission.Permission.PROJECT_READ;

import cn.fundperf.ejb.audit.UseCaseAudit;
import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.business.StaleVersionException;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.Unscoped;
import cn.fundperf.ejb.reference.FundCategory;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.CurrentActor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** 目标指标参考体系: departments propose additions, changes and retirements; finance decides. */
@Stateless
public class IndicatorLibraryService {

    @PersistenceContext
    EntityManager em;

    @Inject
    UseCaseAudit audit;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    /** Every reference indicator of a category, retired ones included (marked). */
    @Guarded(PROJECT_READ)
    public List<IndicatorTemplate> library(@Unscoped("reference data") long categoryId) {
        return em.createQuery("select t from IndicatorTemplate t where t.category.id = :category order by t.active desc, t.sortOrder, t.id",
                IndicatorTemplate.class).setParameter("category", categoryId).getResultList();
    }

    @Guarded(value = LIBRARY_PROPOSE, audit = "library.proposed")
    public TemplateChange propose(TemplateChange.Kind kind, @Unscoped("reference data") long categoryId, @Unscoped("reference data") Long templateId, TemplateDraft draft, String reason) {
        FundCategory category = NotFoundException.unlessMissing(em.find(FundCategory.class, categoryId), FundCategory.class, categoryId);
        IndicatorTemplate template = templateId == null ? null
                : NotFoundException.unlessMissing(em.find(IndicatorTemplate.class, templateId), IndicatorTemplate.class, templateId);
        Actor actor = currentActor.get();
        TemplateChange change = new TemplateChange(kind, category, template, draft, reason, actor.username(),
                actor.organizationId(), LocalDateTime.now(clock));
        em.persist(change);
        audit.change(null, kind + " " + category.getCode() + (draft == null ? " #" + templateId : " " + draft.getName()));
        return change;
    }

    @Guarded(PROJECT_READ)
    public List<TemplateChange> changes(TemplateChange.Status status, int max) {
        return em.createQuery("select c from TemplateChange c join fetch c.category where c.status = :status order by c.proposedAt desc",
                TemplateChange.class).setParameter("status", status).setMaxResults(max).getResultList();
    }

    @Guarded(value = LIBRARY_APPROVE, audit = "library.approved")
    public IndicatorTemplate approve(@Unscoped("reference data") long changeId, long version, String comment) {
        TemplateChange change = change(changeId, version);
        IndicatorTemplate result = change.approve(currentActor.get().username(), comment, LocalDateTime.now(clock));
        if (result.getId() == null) {
            em.persist(result);
        }
        audit.subject("TemplateChange", changeId);
        audit.change(change.getKind().name(), result.getName());
        return result;
    }

    /** Finance marks a template as a core indicator (★) of its category, or takes the mark away. */
    @Guarded(value = LIBRARY_APPROVE, audit = "library.core")
    public IndicatorTemplate markCore(@Unscoped("reference data") long templateId, long version, boolean core) {
        IndicatorTemplate template = NotFoundException.unlessMissing(em.find(IndicatorTemplate.class, templateId), IndicatorTemplate.class, templateId);
        StaleVersionException.requireSame("IndicatorTemplate", templateId, template.getVersion(), version);
        boolean before = template.isCore();
        template.markCore(core);
        audit.subject("IndicatorTemplate", templateId);
        audit.change(String.valueOf(before), String.valueOf(core));
        return template;
    }

    /** The core indicators (★) of a category: every sheet of it must carry them. */
    @Guarded(PROJECT_READ)
    public List<SheetRules.CoreIndicator> coreIndicators(@Unscoped("reference data") long categoryId) {
        return em.createQuery("select t.id, t.content.name from IndicatorTemplate t "
                        + "where t.category.id = :category and t.core = true and t.active = true order by t.sortOrder", Object[].class)
                .setParameter("category", categoryId).getResultList().stream()
                .map(row -> new SheetRules.CoreIndicator((Long) row[0], (String) row[1])).toList();
    }

    @Guarded(value = LIBRARY_APPROVE, audit = "library.rejected")
    public void reject(@Unscoped("reference data") long changeId, long version, String comment) {
        TemplateChange change = change(changeId, version);
        change.reject(currentActor.get().username(), comment, LocalDateTime.now(clock));
        audit.subject("TemplateChange", changeId);
        audit.change(null, comment);
    }

    private TemplateChange change(long id, long version) {
        TemplateChange change = NotFoundException.unlessMissing(em.find(TemplateChange.class, id), TemplateChange.class, id);
        StaleVersionException.requireSame("TemplateChange", id, change.getVersion(), version);
        return change;
    }
}
