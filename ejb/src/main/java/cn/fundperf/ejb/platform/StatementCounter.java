package cn.fundperf.ejb.platform;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends to the database on the current thread, so that a
 * request can say how many it cost (issue 11: a list page must cost a constant, not one statement
 * per row). Registered in persistence.xml; reading and resetting is the web filter's business.
 */
public class StatementCounter extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public void preExecuteCall(SessionEvent event) {
        COUNT.get()[0]++;
    }

    /** Starts counting afresh on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** Statements sent on this thread since the last reset. */
    public static int count() {
        return COUNT.get()[0];
    }
}
