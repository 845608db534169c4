package cn.fundperf.ejb.task;

import java.util.List;

/** What a finished task tells its requester: a message key with arguments, and a file when it made one. */
public record TaskOutcome(String key, List<?> arguments, StoredFile file) {

    public static TaskOutcome message(String key, Object... arguments) {
        return new TaskOutcome(key, List.of(arguments), null);
    }

    public static TaskOutcome file(StoredFile file, String key, Object... arguments) {
        return new TaskOutcome(key, List.of(arguments), file);
    }
}
