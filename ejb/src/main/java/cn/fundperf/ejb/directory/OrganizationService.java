package cn.fundperf.ejb.directory;

import static cn.fundperf.ejb.permission.Permission.ORGANIZATION_MANAGE;
import static cn.fundperf.ejb.permission.Permission.ORGANIZATION_READ;
import static cn.fundperf.ejb.permission.Permission.REGION_MANAGE;

import cn.fundperf.ejb.audit.UseCaseAudit;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.business.StaleVersionException;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.organization.OrganizationType;
import cn.fundperf.ejb.organization.Region;
import cn.fundperf.ejb.organization.RegionLevel;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.InScope;
import cn.fundperf.ejb.permission.Unscoped;
import cn.fundperf.ejb.platform.SearchText;
import cn.fundperf.ejb.platform.ShortLivedCache;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.security.DataScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Regions and organizations: maintained by the system administrator, read by business users in their scope. */
@Stateless
public class OrganizationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    UseCaseAudit audit;

    @Inject
    CurrentActor currentActor;

    @Inject
    ShortLivedCache cache;

    /** How many organizations a choice suggests at once: type more to narrow. */
    static final int SUGGESTIONS = 20;

    // ---- regions (系统管理员) ---------------------------------------------------------------

    @Guarded(value = REGION_MANAGE, audit = "region.created")
    public Region createRegion(String code, String name, RegionLevel level, @Unscoped("the administrators' directory") Long parentId) {
        requireUniqueCode("Region.byCode", code);
        Region parent = parentId == null ? null : region(parentId);
        Region region = new Region(code, name, level, parent);
        em.persist(region);
        region.assignPath();
        forgetChoices();
        audit.change(null, region.getCode() + " " + region.getName());
        return region;
    }

    @Guarded(value = REGION_MANAGE, audit = "region.renamed")
    public Region renameRegion(@Unscoped("the administrators' directory") long id, long version, String name) {
        Region region = region(id);
        StaleVersionException.requireSame("Region", id, region.getVersion(), version);
        String before = region.getName();
        region.rename(name);
        forgetChoices();
        audit.subject("Region", id);
        audit.change(before, region.getName());
        return region;
    }

    @Guarded(REGION_MANAGE)
    public List<Region> regionTree() {
        return em.createQuery("select r from Region r order by r.path", Region.class).getResultList();
    }

    // ---- organizations (系统管理员) -----------------------------------------------------------

    @Guarded(value = ORGANIZATION_MANAGE, audit = "organization.created")
    public Organization createOrganization(String code, String name, OrganizationType type, @Unscoped("the administrators' directory") long regionId, @Unscoped("the administrators' directory") Long parentId) {
        requireUniqueCode("Organization.byCode", code);
        Organization parent = parentId == null ? null : organization(parentId);
        Organization org = new Organization(code, name, type, region(regionId), parent);
        em.persist(org);
        org.assignPath();
        forgetChoices();
        audit.subject("Organization", org.getId());
        audit.change(null, summary(org));
        return org;
    }

    @Guarded(value = ORGANIZATION_MANAGE, audit = "organization.updated")
    public Organization describeOrganization(@Unscoped("the administrators' directory") long id, long version, String name, String contactPerson, String contactPhone,
                                             String contactEmail) {
        Organization org = organization(id);
        StaleVersionException.requireSame("Organization", id, org.getVersion(), version);
        String before = summary(org);
        org.describe(name, contactPerson, contactPhone, contactEmail);
        forgetChoices();
        audit.subject("Organization", id);
        audit.change(before, summary(org));
        return org;
    }

    @Guarded(value = ORGANIZATION_MANAGE, audit = "organization.activated")
    public Organization setOrganizationActive(@Unscoped("the administrators' directory") long id, long version, boolean active) {
        Organization org = organization(id);
        StaleVersionException.requireSame("Organization", id, org.getVersion(), version);
        if (active) {
            org.activate();
        } else {
            org.deactivate();
        }
        forgetChoices();
        audit.subject("Organization", id);
        if (!active) {
            audit.action("organization.deactivated");
        }
        return org;
    }

    /** A page of every organization for the administrators, optionally filtered by name or code. */
    @Guarded(ORGANIZATION_MANAGE)
    public List<Organization> organizations(String text, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Organization> query = cb.createQuery(Organization.class);
        Root<Organization> org = query.from(Organization.class);
        org.fetch("region");
        query.where(matching(cb, org, text, false)).orderBy(cb.asc(org.get("path")));
        return em.createQuery(query).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
    }

    @Guarded(ORGANIZATION_MANAGE)
    public long organizationCount(String text) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Organization> org = query.from(Organization.class);
        query.select(cb.count(org)).where(matching(cb, org, text, false));
        return em.createQuery(query).getSingleResult();
    }

    /** What an administrator's choice of an organization suggests for the words typed: a few, departments only if asked. */
    @Guarded(ORGANIZATION_MANAGE)
    public List<Organization> suggestions(String text, boolean departmentsOnly) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Organization> query = cb.createQuery(Organization.class);
        Root<Organization> org = query.from(Organization.class);
        query.where(matching(cb, org, text, departmentsOnly)).orderBy(cb.asc(org.get("path")));
        return em.createQuery(query).setMaxResults(SUGGESTIONS).getResultList();
    }

    private Predicate[] matching(CriteriaBuilder cb, Root<Organization> org, String text, boolean departmentsOnly) {
        List<Predicate> where = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            String pattern = SearchText.containing(text);
            where.add(cb.or(cb.like(org.get("name"), pattern), cb.like(org.get("code"), pattern)));
        }
        if (departmentsOnly) {
            where.add(org.get("type").in(Arrays.stream(OrganizationType.values()).filter(OrganizationType::mayHaveUnits).toList()));
        }
        return where.toArray(Predicate[]::new);
    }


    // ---- directory (business users, scoped) ------------------------------------------------

    /** An organization the caller may see; refused, not hidden, when it lies outside the scope. */
    @Guarded(ORGANIZATION_READ)
    public Organization viewOrganization(@InScope(Organization.class) long id) {
        return em.find(Organization.class, id);
    }

    /** The organizations in the caller's scope, optionally filtered by name or code. */
    @Guarded(ORGANIZATION_READ)
    public List<Organization> directory(String text, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Organization> query = cb.createQuery(Organization.class);
        Root<Organization> org = query.from(Organization.class);
        query.where(directoryConditions(cb, org, text)).orderBy(cb.asc(org.get("path")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Guarded(ORGANIZATION_READ)
    public long directoryCount(String text) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Organization> org = query.from(Organization.class);
        query.select(cb.count(org)).where(directoryConditions(cb, org, text));
        return em.createQuery(query).getSingleResult();
    }

    /** The administrators' text filter, within the caller's scope. */
    private Predicate[] directoryConditions(CriteriaBuilder cb, Root<Organization> org, String text) {
        DataScope scope = currentActor.get().scope();
        List<Predicate> where = new ArrayList<>(List.of(matching(cb, org, text, false)));
        where.add(scope.restrict(cb, org.get("path"), org.get("regionPath")));
        return where.toArray(Predicate[]::new);
    }

    // ---- shared lookups --------------------------------------------------------------------

    Region region(long id) {
        return NotFoundException.unlessMissing(em.find(Region.class, id), Region.class, id);
    }

    Organization organization(long id) {
        return NotFoundException.unlessMissing(em.find(Organization.class, id), Organization.class, id);
    }

    private void requireUniqueCode(String namedQuery, String code) {
        if (code != null && !em.createNamedQuery(namedQuery).setParameter("code", code.strip()).getResultList().isEmpty()) {
            throw new InvalidInputException("code.duplicate", code);
        }
    }

    /** The filter choices and the public page's region list show regions and organizations: forgotten on change. */
    private void forgetChoices() {
        cache.forget("departmentsInScope");
        cache.forget("regionsInScope");
        cache.forget("regions");
    }

    private static String summary(Organization org) {
        return org.getCode() + " " + org.getName() + " " + org.getType()
                + (org.getContactPerson() == null ? "" : " " + org.getContactPerson())
                + (org.getContactPhone() == null ? "" : " " + org.getContactPhone());
    }
}
