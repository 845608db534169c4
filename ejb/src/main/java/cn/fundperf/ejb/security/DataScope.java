package cn.fundperf.ejb.security;

import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.business.OutOfScopeException;
import cn.fundperf.ejb.organization.ScopePaths;
import cn.fundperf.ejb.organization.ScopedRecord;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Which records a user may see: a union of grants, each an exact organization, an
 * organization subtree or a region subtree (materialized paths). Applied to single loads by
 * {@link #permits} and to queries by {@link #restrict}; both read the same grants.
 */
public final class DataScope implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Reach { ORGANIZATION, ORGANIZATION_TREE, REGION_TREE }

    public record Grant(Reach reach, String path) implements Serializable {
        boolean permits(ScopedRecord record) {
            return switch (reach) {
                case ORGANIZATION -> path.equals(record.organizationPath());
                case ORGANIZATION_TREE -> record.organizationPath().startsWith(path) || record.departmentPath().startsWith(path);
                case REGION_TREE -> record.regionPath().startsWith(path);
            };
        }
    }

    private static final DataScope NOTHING = new DataScope(List.of());

    private final List<Grant> grants;

    private DataScope(List<Grant> grants) {
        this.grants = List.copyOf(grants);
    }

    public static DataScope nothing() {
        return NOTHING;
    }

    /** Everything in a region's subtree ("/" for the whole installation): the scope of jobs. */
    public static DataScope jurisdiction(String regionPath) {
        return new DataScope(List.of(new Grant(Reach.REGION_TREE, regionPath)));
    }

    /** The union of what each role sees from where the user sits. */
    public static DataScope of(Iterable<Role> roles, String organizationPath, String regionPath) {
        List<Grant> grants = new ArrayList<>();
        for (Role role : roles) {
            if (role.isAdministrative()) {
                continue; // administrators see no business records
            }
            Grant grant = switch (role.scopeRule()) {
                case OWN_ORGANIZATION -> new Grant(Reach.ORGANIZATION, organizationPath);
                case ORGANIZATION_TREE -> new Grant(Reach.ORGANIZATION_TREE, organizationPath);
                case REGION_TREE -> new Grant(Reach.REGION_TREE, regionPath);
                case ASSIGNED -> null;
            };
            if (grant != null && !grants.contains(grant)) {
                grants.add(grant);
            }
        }
        return new DataScope(grants);
    }

    public boolean permits(ScopedRecord record) {
        return grants.stream().anyMatch(grant -> grant.permits(record));
    }

    /** Refuses a record outside the scope; returns it otherwise, for chaining after a load. */
    public <T extends ScopedRecord> T require(T record, Object id) {
        if (!permits(record)) {
            throw new OutOfScopeException(record.getClass().getSimpleName(), id);
        }
        return record;
    }

    /** Loads a record by id: not found, or refused outside the scope. The one way services fetch a scoped record. */
    public <T extends ScopedRecord> T find(EntityManager em, Class<T> type, Object id) {
        return require(NotFoundException.unlessMissing(em.find(type, id), type, id), id);
    }

    public boolean isEmpty() {
        return grants.isEmpty();
    }

    public List<Grant> grants() {
        return grants;
    }

    /** The same decision as {@link #permits}, as a query predicate over the record's two paths. */
    public Predicate restrict(CriteriaBuilder cb, Expression<String> organizationPath, Expression<String> regionPath) {
        return restrict(cb, organizationPath, organizationPath, regionPath);
    }

    /** For records whose place is an embedded {@link ScopePaths} (projects, target sheets). */
    public Predicate restrict(CriteriaBuilder cb, Path<ScopePaths> scope) {
        return restrict(cb, scope.get("organizationPath"), scope.get("departmentPath"), scope.get("regionPath"));
    }

    /** For records with a supervising department besides their organization (projects, target sheets). */
    public Predicate restrict(CriteriaBuilder cb, Expression<String> organizationPath, Expression<String> departmentPath,
                              Expression<String> regionPath) {
        if (grants.isEmpty()) {
            return cb.disjunction();
        }
        List<Predicate> any = new ArrayList<>();
        for (Grant grant : grants) {
            any.add(switch (grant.reach()) {
                case ORGANIZATION -> cb.equal(organizationPath, grant.path());
                case ORGANIZATION_TREE -> cb.or(cb.like(organizationPath, grant.path() + "%"), cb.like(departmentPath, grant.path() + "%"));
                case REGION_TREE -> cb.like(regionPath, grant.path() + "%");
            });
        }
        return cb.or(any.toArray(Predicate[]::new));
    }

    @Override
    public String toString() {
        return "DataScope" + grants;
    }
}
