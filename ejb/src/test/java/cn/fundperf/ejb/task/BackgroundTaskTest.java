package cn.fundperf.ejb.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2026, 11, 29, 12, 0);

    private final BackgroundTask task = new BackgroundTask(TaskKind.DECLARATION_EXPORT, "2026", 7L, "10.0.0.1", NOON);

    @Test
    void a_task_runs_once_and_shows_its_progress() {
        task.start("node-a", NOON);
        assertThrows(IllegalStateException.class, () -> task.start("node-b", NOON), "a second start must not run the work twice");
        task.progress(30, 120, NOON.plusSeconds(5));
        assertEquals(25, task.getPercent());
        task.progress(500, 120, NOON.plusSeconds(6));
        assertEquals(120, task.getDone(), "progress cannot pass the total");
        assertEquals(100, task.getPercent());
    }

    @Test
    void a_finished_task_is_complete_and_keeps_its_outcome_arguments() {
        task.start("node-a", NOON);
        task.progress(3, 10, NOON);
        task.succeed(TaskOutcome.file(new StoredFile("2026年绩效目标申报表.xlsx", "application/xlsx", "0123456789abcdef0123456789abcdef", 10, "x"),
                "task.declarations.done", 2026, 10), NOON.plusMinutes(1));
        assertEquals(TaskStatus.SUCCEEDED, task.getStatus());
        assertEquals(100, task.getPercent());
        assertEquals(List.of("2026", "10"), task.getOutcomeArguments());
        assertTrue(task.hasFile());
        assertFalse(task.isUnderWay(NOON.plusDays(1)), "a finished task is never interrupted");
    }

    @Test
    void a_task_whose_node_fell_silent_is_interrupted() {
        assertTrue(task.isUnderWay(NOON.plusMinutes(1)), "queued");
        assertTrue(task.isInterrupted(NOON.plus(BackgroundTask.SILENCE_LIMIT).plusSeconds(1)), "queued and never started");
        task.start("node-a", NOON.plusMinutes(1));
        task.progress(1, 5, NOON.plusMinutes(9));
        assertFalse(task.isInterrupted(NOON.plusMinutes(18)), "it beat 9 minutes ago");
        assertTrue(task.isInterrupted(NOON.plusMinutes(20)));
    }

    @Test
    void only_the_requester_owns_the_task() {
        assertTrue(task.isRequestedBy(7L));
        assertFalse(task.isRequestedBy(8L));
        assertFalse(task.isRequestedBy(null));
    }
}
