package cn.fundperf.ejb.audit;

import java.io.Serializable;
import java.time.LocalDateTime;

/** The audit screen's filters; any may be null. */
public record AuditFilter(LocalDateTime from, LocalDateTime to, String username, String action, String entityType)
        implements Serializable {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
