package cn.fundperf.ejb.targetsheet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.List;
import java.util.Objects;

/**
 * Deletes the indicators a sheet replaced in one statement, instead of one DELETE per row that
 * orphan removal would send (issue 10 §1: replacing 2 000 lines must stay linear and cheap).
 */
public final class SupersededIndicators {

    private SupersededIndicators() {
    }

    /** Call after a change that may replace the sheet's lines, inside its transaction. */
    public static void purge(EntityManager em, TargetSheet sheet) {
        List<Indicator> superseded = sheet.takeSuperseded();
        List<Long> ids = superseded.stream().map(Indicator::getId).filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return;
        }
        // COMMIT: the new lines must not be flushed (and so deleted) before this statement runs
        em.createQuery("delete from Indicator i where i.sheet = :sheet and i.id in :ids")
                .setParameter("sheet", sheet).setParameter("ids", ids)
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
        // detached, they are no longer orphans to delete at commit
        superseded.forEach(em::detach);
    }
}
