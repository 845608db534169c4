package cn.fundperf.ejb.reference;

import static cn.fundperf.ejb.permission.Permission.REFERENCE_MANAGE;
import static cn.fundperf.ejb.permission.Permission.REFERENCE_READ;

import cn.fundperf.ejb.audit.UseCaseAudit;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.business.StaleVersionException;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.Unscoped;
import cn.fundperf.ejb.platform.ShortLivedCache;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Fund categories and fund source types. */
@Stateless
public class ReferenceDataService {

    @PersistenceContext
    EntityManager em;

    @Inject
    UseCaseAudit audit;

    @Inject
    ShortLivedCache cache;

    /** Every page's category choices: kept a minute (ShortLivedCache), forgotten here when a category changes. */
    public List<FundCategory> categories() {
        return cache.get(CATEGORIES, () -> em.createQuery("select c from FundCategory c order by c.sortOrder, c.code", FundCategory.class)
                .getResultList());
    }

    public List<FundSourceType> sourceTypes() {
        return cache.get(SOURCE_TYPES, () -> em.createQuery("select s from FundSourceType s order by s.sortOrder", FundSourceType.class)
                .getResultList());
    }

    private static final String CATEGORIES = "categories";
    private static final String SOURCE_TYPES = "sourceTypes";

    @Guarded(REFERENCE_READ)
    public List<FundCategory> categoriesForBusiness() {
        return categories();
    }

    @Guarded(REFERENCE_READ)
    public List<FundSourceType> sourceTypesForBusiness() {
        return sourceTypes();
    }

    /** An administrator places a category in its fund period and years (衔接资金 tasks from 2021, say). */
    @Guarded(value = REFERENCE_MANAGE, audit = "reference.category.placed")
    public FundCategory placeCategory(@Unscoped("reference data") long id, long version, FundPeriod period, Integer firstYear, Integer lastYear) {
        FundCategory category = NotFoundException.unlessMissing(em.find(FundCategory.class, id), FundCategory.class, id);
        StaleVersionException.requireSame("FundCategory", id, category.getVersion(), version);
        String before = category.getFundPeriod() + " " + category.getFirstYear() + "–" + category.getLastYear();
        category.placeIn(period, firstYear, lastYear);
        cache.forget(CATEGORIES);
        audit.subject("FundCategory", id);
        audit.change(before, period + " " + firstYear + "–" + lastYear);
        return category;
    }

    /** An administrator adds a category beyond the plan's 13. */
    @Guarded(value = REFERENCE_MANAGE, audit = "reference.category.added")
    public FundCategory addCategory(String code, String name, String nameEn) {
        String normalized = code == null ? "" : code.strip().toUpperCase();
        if (!em.createQuery("select c from FundCategory c where c.code = :code").setParameter("code", normalized).getResultList().isEmpty()) {
            throw new InvalidInputException("code.duplicate", normalized);
        }
        int next = em.createQuery("select coalesce(max(c.sortOrder), 0) from FundCategory c", Integer.class).getSingleResult() + 1;
        FundCategory category = new FundCategory(code, name, nameEn, next);
        em.persist(category);
        cache.forget(CATEGORIES);
        audit.change(null, category.getCode() + " " + category.getName());
        return category;
    }
}
