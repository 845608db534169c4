package cn.fundperf.web.task;

import cn.fundperf.ejb.task.BackgroundTask;
import cn.fundperf.ejb.task.TaskService;
import cn.fundperf.ejb.task.TaskStatus;
import cn.fundperf.web.faces.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The "后台任务" panel: the user's recent tasks, polled while one is under way, with their files. */
@Named
@ViewScoped
public class TasksBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 5;

    @Inject
    TaskService tasks;

    private List<BackgroundTask> recent = List.of();

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        recent = tasks.mine(SHOWN);
    }

    /** Started by a page action: says so, and the panel shows it at once. */
    public void started(BackgroundTask task) {
        Texts.info("task.started", task.getKind());
        refresh();
    }

    public boolean isUnderWay() {
        return tasks.anyUnderWay(recent);
    }

    public String status(BackgroundTask task) {
        TaskStatus shown = task.isInterrupted(tasks.now()) ? TaskStatus.FAILED : task.getStatus();
        return Texts.text("enum.TaskStatus." + shown.name());
    }

    public String outcome(BackgroundTask task) {
        if (task.isInterrupted(tasks.now())) {
            return Texts.text("task.interrupted");
        }
        if (task.getOutcomeKey() == null) {
            return task.getTotal() == 0 ? "" : Texts.text("task.underWay", task.getDone(), task.getTotal());
        }
        // stored as text: numbers become numbers again for the plural forms
        Object[] arguments = task.getOutcomeArguments().stream()
                .map(a -> a.matches("-?\\d{1,18}") ? (Object) Long.valueOf(a) : a).toArray();
        return Texts.text(task.getOutcomeKey(), arguments);
    }

    public StreamedContent file(BackgroundTask task) {
        long id = task.getId();
        return DefaultStreamedContent.builder().name(task.getFile().fileName()).contentType(task.getFile().contentType())
                .stream(() -> tasks.download(id).content()).build();
    }

    public List<BackgroundTask> getTasks() {
        return recent;
    }
}
