package cn.fundperf.ejb.project;

import static cn.fundperf.ejb.permission.Permission.BUDGET_ARRANGE;
import static cn.fundperf.ejb.permission.Permission.PROJECT_EDIT;
import static cn.fundperf.ejb.permission.Permission.PROJECT_READ;

import cn.fundperf.ejb.audit.UseCaseAudit;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.business.StaleVersionException;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.organization.OrganizationType;
import cn.fundperf.ejb.organization.Region;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.InScope;
import cn.fundperf.ejb.platform.SearchText;
import cn.fundperf.ejb.platform.ShortLivedCache;
import cn.fundperf.ejb.reference.FundCategory;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.security.DataScope;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** 项目库: projects of the caller's scope — entry, change, listing, library entry and budget. */
@Stateless
public class ProjectService {

    @PersistenceContext
    EntityManager em;

    @Inject
    UseCaseAudit audit;

    @Inject
    CurrentActor currentActor;

    @Inject
    ProjectCodeCounters counters;

    @Inject
    Clock clock;

    @Inject
    ShortLivedCache cache;

    @Inject
    Event<ProjectMoved> moved;

    private static final String COUNTS = "projectCounts";

    @Guarded(value = PROJECT_EDIT, audit = "project.created")
    public Project create(ProjectDetails details) {
        Organization unit = currentActor.get().scope().find(em, Organization.class, details.usingUnitId());
        String code = details.code() == null || details.code().isBlank() ? nextCode(details.fiscalYear()) : details.code().strip();
        if (!em.createNamedQuery("Project.byCode").setParameter("code", code).getResultList().isEmpty()) {
            throw new InvalidInputException("code.duplicate", code);
        }
        Project project = new Project(code, details, usableCategory(details, null), unit, LocalDateTime.now(clock));
        // the unit's project of the same name in an earlier year is this one continued (续建): one lineage
        em.createQuery("select p from Project p where p.name = :name and p.usingUnit = :unit and p.fiscalYear < :year "
                        + "order by p.fiscalYear desc", Project.class)
                .setParameter("name", project.getName()).setParameter("unit", unit).setParameter("year", project.getFiscalYear())
                .setMaxResults(1).getResultList().forEach(project::continues);
        em.persist(project);
        cache.forget(COUNTS);
        audit.change(null, summary(project));
        return project;
    }

    @Guarded(value = PROJECT_EDIT, audit = "project.updated")
    public Project update(@InScope(Project.class) long id, long version, ProjectDetails details) {
        Project project = em.find(Project.class, id);
        StaleVersionException.requireSame("Project", id, project.getVersion(), version);
        Organization unit = currentActor.get().scope().find(em, Organization.class, details.usingUnitId());
        String before = summary(project);
        project.describe(details, usableCategory(details, project.getCategory()), unit);
        moved.fire(new ProjectMoved(project));   // its sheets still with the unit go along (targetsheet listens)
        cache.forget(COUNTS);
        audit.change(before, summary(project));
        return project;
    }

    /** 统筹整合: integrated money joins the project; its unit is the performance subject, the origin is kept. */
    @Guarded(value = PROJECT_EDIT, audit = "project.fundsIntegrated")
    public Project attachIntegratedFunds(@InScope(Project.class) long id, long version, BigDecimal amount, String origin) {
        Project project = em.find(Project.class, id);
        StaleVersionException.requireSame("Project", id, project.getVersion(), version);
        BigDecimal before = project.getPlannedTotal();
        project.attachIntegratedFunds(amount, origin);
        audit.change(String.valueOf(before), project.getPlannedTotal() + " (" + origin + ")");
        return project;
    }

    @Guarded(PROJECT_READ)
    public Project view(@InScope(Project.class) long id) {
        return em.find(Project.class, id);
    }

    @Guarded(value = BUDGET_ARRANGE, audit = "project.enteredLibrary")
    public Project enterLibrary(@InScope(Project.class) long id, long version) {
        Project project = em.find(Project.class, id);
        StaleVersionException.requireSame("Project", id, project.getVersion(), version);
        project.enterLibrary(project.getTargetStatus());
        audit.change(null, project.getCode());
        return project;
    }

    @Guarded(PROJECT_READ)
    public List<Project> list(ProjectFilter filter, ProjectSort sort, boolean ascending, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Project> query = cb.createQuery(Project.class);
        Root<Project> project = query.from(Project.class);
        project.fetch("category");
        project.fetch("usingUnit");
        project.fetch("department");
        project.fetch("region");
        var path = project.get((sort == null ? ProjectSort.CODE : sort).attribute());
        query.where(conditions(cb, project, filter))
                // the tie-breaker follows the direction, so that a descending page walks the sort index backwards (V20)
                .orderBy(ascending ? cb.asc(path) : cb.desc(path), ascending ? cb.asc(project.get("id")) : cb.desc(project.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /**
     * How many projects the filter finds; a province's totals of many thousands are kept a short
     * while ({@link ShortLivedCache#count}).
     */
    @Guarded(PROJECT_READ)
    public long count(ProjectFilter filter) {
        return cache.count(List.of(COUNTS, currentActor.get().scope().grants(), filter), () -> countNow(filter));
    }

    private long countNow(ProjectFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Project> project = query.from(Project.class);
        query.select(cb.count(project)).where(conditions(cb, project, filter));
        return em.createQuery(query).getSingleResult();
    }

    /** Using units the caller may enter projects for. */
    @Guarded(PROJECT_EDIT)
    public List<Organization> unitsInScope() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Organization> query = cb.createQuery(Organization.class);
        Root<Organization> unit = query.from(Organization.class);
        query.where(cb.equal(unit.get("type"), OrganizationType.USING_UNIT), cb.isTrue(unit.get("active")),
                        currentActor.get().scope().restrict(cb, unit.get("path"), unit.get("regionPath")))
                .orderBy(cb.asc(unit.get("path")));
        return em.createQuery(query).getResultList();
    }

    /**
     * The departments of the caller's scope: the list screen's department filter. Read from the
     * organizations (a few hundred rows), not from the projects (a province has 100 000), and kept
     * a minute per scope.
     */
    @Guarded(PROJECT_READ)
    public List<Organization> departmentsInScope() {
        DataScope scope = currentActor.get().scope();
        return cache.get(List.of("departmentsInScope", scope.grants()), () -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Organization> query = cb.createQuery(Organization.class);
            Root<Organization> department = query.from(Organization.class);
            query.where(department.get("type").in(Arrays.stream(OrganizationType.values()).filter(OrganizationType::mayHaveUnits).toList()),
                            scope.restrict(cb, department.get("path"), department.get("regionPath")))
                    .orderBy(cb.asc(department.get("code")));
            return em.createQuery(query).getResultList();
        });
    }

    /** The regions where the caller's scope has organizations: the list screen's region filter, kept a minute per scope. */
    @Guarded(PROJECT_READ)
    public List<Region> regionsInScope() {
        DataScope scope = currentActor.get().scope();
        return cache.get(List.of("regionsInScope", scope.grants()), () -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Region> query = cb.createQuery(Region.class);
            Root<Organization> organization = query.from(Organization.class);
            var region = organization.<Organization, Region>join("region");
            query.select(region).distinct(true)
                    .where(scope.restrict(cb, organization.get("path"), organization.get("regionPath")));
            return em.createQuery(query).getResultList().stream().sorted(Comparator.comparing(Region::getPath)).toList();
        });
    }

    private Predicate[] conditions(CriteriaBuilder cb, Root<Project> project, ProjectFilter filter) {
        List<Predicate> where = new ArrayList<>();
        where.add(currentActor.get().scope().restrict(cb, project.get("scope")));
        if (filter.fiscalYear() != null) {
            where.add(cb.equal(project.get("fiscalYear"), filter.fiscalYear()));
        }
        if (filter.categoryId() != null) {
            where.add(cb.equal(project.get("category").get("id"), filter.categoryId()));
        }
        if (filter.departmentId() != null) {
            where.add(cb.equal(project.get("department").get("id"), filter.departmentId()));
        }
        if (filter.regionId() != null) {
            Region region = region(filter.regionId());
            where.add(cb.like(project.get("scope").get("regionPath"), region.getPath() + "%"));
        }
        if (filter.libraryStatus() != null) {
            where.add(cb.equal(project.get("libraryStatus"), filter.libraryStatus()));
        }
        if (filter.targetStatus() != null) {
            where.add(cb.equal(project.get("targetStatus"), filter.targetStatus()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = SearchText.containing(filter.text());
            where.add(cb.or(cb.like(project.get("name"), pattern), cb.like(project.get("code"), pattern)));
        }
        return where.toArray(Predicate[]::new);
    }

    /** The year's next free code, from the year's counter read under a write lock. */
    private String nextCode(int year) {
        ProjectCodeCounter counter = em.find(ProjectCodeCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                counters.start(year);
            } catch (EJBException startedMeanwhile) {
                // a parallel creation made the row first: reading it below is all that is needed
            }
            counter = em.find(ProjectCodeCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        }
        String code;
        do {
            code = counter.next();   // codes typed in by hand may already hold a number
        } while (!em.createNamedQuery("Project.byCode").setParameter("code", code).getResultList().isEmpty());
        return code;
    }

    /** A category of the project's fiscal year (its period's years); a project keeps the one it has. */
    private FundCategory usableCategory(ProjectDetails details, FundCategory current) {
        FundCategory category = category(details.categoryId());
        if (!category.equals(current) && !category.usableIn(details.fiscalYear())) {
            throw new InvalidInputException("project.categoryNotInYear", category.getName(), details.fiscalYear());
        }
        return category;
    }

    private FundCategory category(long id) {
        return NotFoundException.unlessMissing(em.find(FundCategory.class, id), FundCategory.class, id);
    }

    private Region region(long id) {
        return NotFoundException.unlessMissing(em.find(Region.class, id), Region.class, id);
    }

    static String summary(Project p) {
        return p.getCode() + " " + p.getName() + " " + p.getFiscalYear() + " 计划" + p.getPlannedTotal() + "元 "
                + p.getUsingUnit().getCode();
    }
}
