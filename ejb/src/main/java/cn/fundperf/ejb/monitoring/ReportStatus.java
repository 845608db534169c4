package cn.fundperf.ejb.monitoring;

/**
 * Where a unit's monitoring report stands in its period: OPEN until the unit saves something,
 * DRAFT while it works, SUBMITTED (final for the period) unless its department RETURNED it.
 */
public enum ReportStatus {
    OPEN, DRAFT, SUBMITTED, RETURNED;

    public boolean isEditable() {
        return this != SUBMITTED;
    }
}
