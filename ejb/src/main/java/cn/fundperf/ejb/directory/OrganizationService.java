package cn.fundperf.ejb.directory;

import static cn.fundperf.ejb.permission.Permission.ORGANIZATION_MANAGE;
import static cn.fundperf.ejb.permission.Permission.ORGANIZATION_READ;
import static cn.fundperf.ejb.permission.Permission.REGION_MANAGE;

import cn.fundperf.ejb.audit.AuditTrail;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.business.StaleVersionException;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.organization.OrganizationType;
import cn.fundperf.ejb.organization.Region;
import cn.fundperf.ejb.organization.RegionLevel;
import cn.fundperf.ejb.permission.Guarded;
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
import java.util.List;

/** Regions and organizations: maintained by the system administrator, read by business users in their scope. */
@Stateless
public class OrganizationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentActor currentActor;

    @Inject
    ShortLivedCache cache;

    // ---- regions (系统管理员) ---------------------------------------------------------------

    @Guarded(REGION_MANAGE)
    public Region createRegion(String code, String name, RegionLevel level, Long parentId) {
        requireUniqueCode("Region.byCode", code);
        Region parent = parentId == null ? null : region(parentId);
        Region region = new Region(code, name, level, parent);
        em.persist(region);
        region.assignPath();
        forgetChoices();
        auditTrail.record("region.created", "Region", region.getId(), null, region.getCode() + " " + region.getName());
        return region;
    }

    @Guarded(REGION_MANAGE)
    public Region renameRegion(long id, long version, String name) {
        Region region = region(id);
        StaleVersionException.requireSame("Region", id, region.getVersion(), version);
        String before = region.getName();
        region.rename(name);
        forgetChoices();
        auditTrail.record("region.renamed", "Region", id, before, region.getName());
        return region;
    }

    @Guarded(REGION_MANAGE)
    public List<Region> regionTree() {
        return em.createQuery("select r from Region r order by r.path", Region.class).getResultList();
    }

    // ---- organizations (系统管理员) -----------------------------------------------------------

    @Guarded(ORGANIZATION_MANAGE)
    public Organization createOrganization(String code, String name, OrganizationType type, long regionId, Long parentId) {
        requireUniqueCode("Organization.byCode", code);
        Organization parent = parentId == null ? null : organization(parentId);
        Organization org = new Organization(code, name, type, region(regionId), parent);
        em.persist(org);
        org.assignPath();
        forgetChoices();
        auditTrail.record("organization.created", "Organization", org.getId(), null, summary(org));
        return org;
    }

    @Guarded(ORGANIZATION_MANAGE)
    public Organization describeOrganization(long id, long version, String name, String contactPerson, String contactPhone) {
        Organization org = organization(id);
        StaleVersionException.requireSame("Organization", id, org.getVersion(), version);
        String before = summary(org);
        org.describe(name, contactPerson, contactPhone);
        forgetChoices();
        auditTrail.record("organization.updated", "Organization", id, before, summary(org));
        return org;
    }

    @Guarded(ORGANIZATION_MANAGE)
    public Organization setOrganizationActive(long id, long version, boolean active) {
        Organization org = organization(id);
        StaleVersionException.requireSame("Organization", id, org.getVersion(), version);
        if (active) {
            org.activate();
        } else {
            org.deactivate();
        }
        forgetChoices();
        auditTrail.record(active ? "organization.activated" : "organization.deactivated", "Organization", id, null, null);
        return org;
    }

    @Guarded(ORGANIZATION_MANAGE)
    public List<Organization> allOrganizations() {
        return em.createQuery("select o from Organization o join fetch o.region order by o.path", Organization.class)
                .getResultList();
    }

    // ---- directory (business users, scoped) ------------------------------------------------

    /** An organization the caller may see; refused, not hidden, when it lies outside the scope. */
    @Guarded(ORGANIZATION_READ)
    public Organization viewOrganization(long id) {
        return currentActor.get().scope().find(em, Organization.class, id);
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

    private Predicate[] directoryConditions(CriteriaBuilder cb, Root<Organization> org, String text) {
        DataScope scope = currentActor.get().scope();
        List<Predicate> where = new ArrayList<>();
        where.add(scope.restrict(cb, org.get("path"), org.get("regionPath")));
        if (text != null && !text.isBlank()) {
            String pattern = SearchText.containing(text);
            where.add(cb.or(cb.like(org.get("name"), pattern), cb.like(org.get("code"), pattern)));
        }
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
