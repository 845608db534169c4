package cn.fundperf.ejb.disclosure;

import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.organization.Region;
import cn.fundperf.ejb.platform.SearchText;
import cn.fundperf.ejb.reference.FundCategory;
import cn.fundperf.ejb.targetsheet.FrozenIndicator;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.TargetVersion;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 信息公开 (plan §五, domain.md §6): targets are published with the budget, that is, the approved
 * version in force of every sheet. Anyone may read it, without signing in; it shows nothing that
 * was not approved.
 */
@Stateless
public class DisclosureService {

    /** More departments than a choice list can show: the visitor narrows by region first. */
    static final int DEPARTMENTS_SHOWN = 500;

    /** A public page must stay cheap to serve: at most this many targets per request. */
    public static final int MAX_ROWS = 2000;

    /** Lines are read for this many targets at a time (an IN list PostgreSQL plans well). */
    static final int LINES_CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    /**
     * The targets in force of a year as the export lists them, with their indicators, at most
     * {@link #MAX_ROWS}: one statement for the targets, one per {@value #LINES_CHUNK} for their lines.
     */
    // read only, outside a transaction: the frozen lines read by the query below are not entities, and
    // EclipseLink cannot compare such embeddables at commit (NPE in AggregateObjectMapping)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<PublishedTarget> published(int year, Long departmentId, Long categoryId) {
        List<PublishedRow> rows = rows(new PublicFilter(year, null, departmentId, categoryId, null), 0, MAX_ROWS);
        Map<Long, List<IndicatorLine>> lines = new HashMap<>();
        for (int from = 0; from < rows.size(); from += LINES_CHUNK) {
            List<Long> ids = rows.subList(from, Math.min(rows.size(), from + LINES_CHUNK)).stream().map(PublishedRow::versionId).toList();
            em.createQuery("select v.id, l from TargetVersion v join v.indicators l where v.id in :ids order by v.id, l.position", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(r -> lines.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(((FrozenIndicator) r[1]).toLine()));
        }
        return rows.stream().map(r -> published(r, lines.getOrDefault(r.versionId(), List.of()))).toList();
    }

    /** One page of the public list, and the count: two statements whatever the page size. */
    public PublishedPage page(PublicFilter filter, int first, int max) {
        return new PublishedPage(count(filter), rows(filter, Math.max(0, first), Math.max(1, Math.min(max, 100))));
    }

    /** One published target with its indicators, if it is an approved version in force. */
    public Optional<PublishedTarget> target(long versionId) {
        TargetVersion version = em.find(TargetVersion.class, versionId);
        if (version == null || version.getNumber() != version.getSheet().getReleasedVersion()) {
            return Optional.empty();
        }
        List<PublishedRow> row = em.createQuery(SELECT_ROW + " where v.id = :id", PublishedRow.class)
                .setParameter("id", versionId).getResultList();
        return row.stream().findFirst().map(r -> published(r, version.lines()));
    }

    private static final String SELECT_ROW = "select new cn.fundperf.ejb.disclosure.PublishedRow(v.id, s.fiscalYear, p.code, p.name, "
            + "d.name, u.name, c.name, c.nameEn, r.name, v.budgetAmount, v.number, v.approvalDocument, v.approvedOn, v.overallGoal) "
            + "from TargetVersion v join v.sheet s join s.project p join p.department d join p.usingUnit u "
            + "join p.category c join p.region r";

    private List<PublishedRow> rows(PublicFilter filter, int first, int max) {
        Conditions where = conditions(filter);
        TypedQuery<PublishedRow> query = em.createQuery(SELECT_ROW + where.jpql() + " order by d.code, p.code, v.id", PublishedRow.class);
        where.parameters().forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    private long count(PublicFilter filter) {
        Conditions where = conditions(filter);
        TypedQuery<Long> query = em.createQuery("select count(v) from TargetVersion v join v.sheet s join s.project p" + where.jpql(), Long.class);
        where.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    private record Conditions(String jpql, Map<String, Object> parameters) {
    }

    private Conditions conditions(PublicFilter filter) {
        StringBuilder jpql = new StringBuilder(" where s.fiscalYear = :year and v.number = s.releasedVersion");
        Map<String, Object> parameters = new HashMap<>(Map.of("year", filter.year()));
        if (filter.regionId() != null) {
            Region region = em.find(Region.class, filter.regionId());
            jpql.append(" and s.scope.regionPath like :regionPath");
            parameters.put("regionPath", region == null ? "-" : region.getPath() + "%");
        }
        if (filter.departmentId() != null) {
            jpql.append(" and p.department.id = :departmentId");
            parameters.put("departmentId", filter.departmentId());
        }
        if (filter.categoryId() != null) {
            jpql.append(" and p.category.id = :categoryId");
            parameters.put("categoryId", filter.categoryId());
        }
        if (filter.text() != null) {
            jpql.append(" and (p.name like :text or p.code like :text)");
            parameters.put("text", SearchText.containing(filter.text()));
        }
        return new Conditions(jpql.toString(), parameters);
    }

    /**
     * Departments that have published targets in the year, for the page's filter: of the chosen
     * region's subtree when one is chosen (a province has thousands), ordered in the database.
     */
    public List<Organization> departments(int year, Long regionId) {
        Region region = regionId == null ? null : em.find(Region.class, regionId);
        return em.createQuery("select d from Organization d where exists (select v.id from TargetVersion v join v.sheet s "
                        + "where s.project.department = d and s.fiscalYear = :year) and d.regionPath like :region order by d.code",
                        Organization.class)
                .setParameter("year", year).setParameter("region", (region == null ? "" : region.getPath()) + "%")
                .setMaxResults(DEPARTMENTS_SHOWN).getResultList();
    }

    /** The province's regions in tree order (path), for the page's region filter. */
    public List<Region> regions() {
        return em.createQuery("select r from Region r where r.active = true order by r.path", Region.class).getResultList();
    }

    public List<FundCategory> categories() {
        return em.createQuery("select c from FundCategory c order by c.sortOrder", FundCategory.class).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)   // as published(), which it calls
    public byte[] workbook(int year, Long departmentId, Long categoryId) {
        return DisclosureWorkbook.write(year, published(year, departmentId, categoryId));
    }

    private static PublishedTarget published(PublishedRow r, List<IndicatorLine> lines) {
        return new PublishedTarget(r, lines);
    }
}
