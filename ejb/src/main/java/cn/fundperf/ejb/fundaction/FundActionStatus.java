package cn.fundperf.ejb.fundaction;

/**
 * A proposal waits for a person (PROPOSED), who decides it (DECIDED) or dismisses it (DISMISSED).
 * Nothing the system proposes takes effect on its own.
 */
public enum FundActionStatus {
    PROPOSED, DECIDED, DISMISSED
}
