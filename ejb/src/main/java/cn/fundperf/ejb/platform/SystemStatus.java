package cn.fundperf.ejb.platform;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What the health checks ask of the application: can it reach its database, at which schema version. */
@Stateless
public class SystemStatus {

    @PersistenceContext
    EntityManager em;

    /** The latest applied migration; throws when the database cannot be reached or is still being migrated. */
    public String schemaVersion() {
        if (!DatabaseMigration.finished()) {
            // asking the history table while Flyway creates it fails with a stack trace in the log
            throw new IllegalStateException("the database is being migrated");
        }
        Object version = em.createNativeQuery(
                "select max(\"version\") from \"flyway_schema_history\" where \"success\" = true").getSingleResult();
        return String.valueOf(version);
    }
}
