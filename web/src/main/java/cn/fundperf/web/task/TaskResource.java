package cn.fundperf.web.task;

import cn.fundperf.ejb.task.BackgroundTask;
import cn.fundperf.ejb.task.TaskService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The caller's background tasks: poll one until it is finished, then take its file. Calls that
 * start long work answer 202 with the task and its address.
 */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    TaskService tasks;

    public record TaskView(long id, String kind, String status, int done, int total, int percent, LocalDateTime requestedAt,
                           LocalDateTime finishedAt, String outcomeKey, List<String> outcomeArguments, String file) {

        static TaskView of(BackgroundTask task, LocalDateTime now) {
            String status = task.isInterrupted(now) ? "INTERRUPTED" : task.getStatus().name();
            return new TaskView(task.getId(), task.getKind().name(), status, task.getDone(), task.getTotal(), task.getPercent(),
                    task.getRequestedAt(), task.getFinishedAt(), task.getOutcomeKey(), task.getOutcomeArguments(),
                    task.hasFile() ? "tasks/" + task.getId() + "/file" : null);
        }
    }

    /** 202 Accepted with the task and where to follow it, for the resources that start long work. */
    public static Response accepted(BackgroundTask task) {
        return Response.accepted(TaskView.of(task, task.getRequestedAt())).location(URI.create("tasks/" + task.getId())).build();
    }

    @GET
    public List<TaskView> mine() {
        LocalDateTime now = tasks.now();
        return tasks.mine(20).stream().map(t -> TaskView.of(t, now)).toList();
    }

    @GET
    @Path("{id}")
    public TaskView task(@PathParam("id") long id) {
        return TaskView.of(tasks.task(id), tasks.now());
    }

    @GET
    @Path("{id}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id) {
        TaskService.Download download = tasks.download(id);
        String name = URLEncoder.encode(download.file().fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(download.content(), download.file().contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + name).build();
    }
}
