package cn.fundperf.ejb.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The audit record a running use case declared ({@code @Guarded(audit = …)}): the interceptor
 * opens it with the action and the record worked on, the body adds what changed, and the
 * interceptor writes it when the body returns. Use cases nest (one service calling another), so
 * each thread keeps a stack; the body always speaks to its own, the top one.
 */
@ApplicationScoped
public class UseCaseAudit {

    private static final ThreadLocal<Deque<Entry>> RUNNING = ThreadLocal.withInitial(ArrayDeque::new);

    /** One use case's audit record in the making. */
    public static final class Entry {
        private String action;
        private String entityType;
        private Object entityId;
        private String before;
        private String after;
        private boolean unchanged;
        private final List<Line> lines = new ArrayList<>();

        private Entry(String action) {
            this.action = action;
        }

        public boolean isDeclared() {
            return !action.isEmpty() && (!unchanged || !lines.isEmpty());
        }

        public boolean hasSubject() {
            return entityType != null;
        }
    }

    private record Line(String entityType, Object entityId, String before, String after) {
    }

    /** Called by the interceptor before the body; "" for a use case that declares no audit. */
    public Entry begin(String action) {
        Entry entry = new Entry(action);
        RUNNING.get().push(entry);
        return entry;
    }

    /** Called by the interceptor when the body is done, however it ended; true when no use case is left running. */
    public boolean end(Entry entry) {
        Deque<Entry> running = RUNNING.get();
        running.remove(entry);
        if (running.isEmpty()) {
            RUNNING.remove();
            return true;
        }
        return false;
    }

    /** Writes the entry the body completed, into the use case's transaction. */
    public void write(AuditTrail trail, Entry entry) {
        if (entry.lines.isEmpty()) {
            trail.record(entry.action, entry.entityType, entry.entityId, entry.before, entry.after);
        }
        for (Line line : entry.lines) {
            trail.record(entry.action, line.entityType(), line.entityId(), line.before(), line.after());
        }
    }

    /** Names the record when it is not the use case's {@code @InScope} parameter (a record created, a child record). */
    public void subject(String entityType, Object entityId) {
        Entry entry = current();
        entry.entityType = entityType;
        entry.entityId = entityId;
    }

    /** What the change was, in words an auditor reads. */
    public void change(String before, String after) {
        Entry entry = current();
        entry.before = before;
        entry.after = after;
    }

    /** The action, where the body decides it (enabled or disabled, which step of a workflow). */
    public void action(String action) {
        current().action = action;
    }

    /**
     * A batch use case changed several records: one audit record each, under the declared action
     * (instead of the one record of the use case), so that every record's history shows it.
     */
    public void line(String entityType, Object entityId, String before, String after) {
        current().lines.add(new Line(entityType, entityId, before, after));
    }

    /** A repeat that changed nothing (a double submit): no record is written. */
    public void nothingChanged() {
        current().unchanged = true;
    }

    private Entry current() {
        Entry entry = RUNNING.get().peek();
        if (entry == null) {
            throw new IllegalStateException("no use case is running on this thread");
        }
        return entry;
    }
}
