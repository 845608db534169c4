package cn.fundperf.ejb.platform;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What the health checks ask of the application: can it reach its database, at which schema version. */
@Stateless
public class SystemStatus {

    @PersistenceContext
    EntityManager em;

    /** The latest applied migration; throws when the database cannot be reached. */
    public String schemaVersion() {
        Object version = em.createNativeQuery(
                "select max(\"version\") from \"flyway_schema_history\" where \"success\" = true").getSingleResult();
        return String.valueOf(version);
    }
}
