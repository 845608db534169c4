package cn.fundperf.ejb.disclosure;

import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.project.Project;
import cn.fundperf.ejb.reference.FundCategory;
import cn.fundperf.ejb.targetsheet.TargetVersion;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;

/**
 * 信息公开 (plan §五, domain.md §6): targets are published with the budget, that is, the approved
 * version in force of every sheet. Anyone may read it, without signing in; it shows nothing that
 * was not approved.
 */
@Stateless
public class DisclosureService {

    /** A public page must stay cheap to serve: at most this many targets per request. */
    public static final int MAX_ROWS = 2000;

    @PersistenceContext
    EntityManager em;

    public List<PublishedTarget> published(int year, Long departmentId, Long categoryId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<TargetVersion> query = cb.createQuery(TargetVersion.class);
        Root<TargetVersion> version = query.from(TargetVersion.class);
        var sheet = version.join("sheet");
        var project = sheet.join("project");
        List<Predicate> where = new ArrayList<>(List.of(cb.equal(sheet.get("fiscalYear"), year),
                cb.equal(version.get("number"), sheet.get("releasedVersion"))));
        if (departmentId != null) {
            where.add(cb.equal(project.get("department").get("id"), departmentId));
        }
        if (categoryId != null) {
            where.add(cb.equal(project.get("category").get("id"), categoryId));
        }
        query.where(where.toArray(Predicate[]::new)).orderBy(cb.asc(project.get("department").get("code")), cb.asc(project.get("code")));
        return em.createQuery(query).setMaxResults(MAX_ROWS).getResultList().stream().map(DisclosureService::published).toList();
    }

    /** Departments that have published targets in the year, for the page's filter. */
    public List<Organization> departments(int year) {
        return em.createQuery("select distinct p.department from TargetVersion v join v.sheet s join s.project p "
                        + "where s.fiscalYear = :year", Organization.class)
                .setParameter("year", year).getResultList().stream()
                .sorted(java.util.Comparator.comparing(Organization::getCode)).toList();
    }

    public List<FundCategory> categories() {
        return em.createQuery("select c from FundCategory c order by c.sortOrder", FundCategory.class).getResultList();
    }

    public byte[] workbook(int year, Long departmentId, Long categoryId) {
        return DisclosureWorkbook.write(year, published(year, departmentId, categoryId));
    }

    private static PublishedTarget published(TargetVersion version) {
        Project project = version.getSheet().getProject();
        return new PublishedTarget(version.getId(), version.getSheet().getFiscalYear(), project.getCode(), project.getName(),
                project.getDepartment().getName(), project.getUsingUnit().getName(), project.getCategory().getName(), project.getCategory().getNameEn(),
                project.getRegion().getName(), version.getBudgetAmount(), version.getNumber(), version.getApprovalDocument(),
                version.getApprovedOn(), version.getOverallGoal(), version.lines());
    }
}
