package cn.fundperf.ejb.platform;

import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/** Counts the SQL statements EclipseLink sends (its FINE "sql" log), for the benchmarks' figures. */
public class StatementCount extends AbstractSessionLog {

    private static final AtomicLong STATEMENTS = new AtomicLong();

    /** Statements so far; a JDBC batch counts once (its rows are logged as "bind =>" lines). */
    public static long now() {
        return STATEMENTS.get();
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (SessionLog.SQL.equals(entry.getNameSpace())) {
            if (!entry.getMessage().stripLeading().startsWith("bind =>")) {
                STATEMENTS.incrementAndGet();
            }
            if (Boolean.getBoolean("benchmark.sql.print")) {
                System.out.println("SQL " + entry.getMessage());
            }
        } else if (entry.getLevel() >= SessionLog.WARNING) {
            System.err.println(entry.getMessage());
        }
    }
}
