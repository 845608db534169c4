package cn.fundperf.web.admin;

import cn.fundperf.ejb.job.JobOverview;
import cn.fundperf.ejb.job.JobRun;
import cn.fundperf.ejb.job.JobService;
import cn.fundperf.ejb.job.ScheduledJob;
import cn.fundperf.web.faces.PagedModel;
import cn.fundperf.web.faces.Texts;
import cn.fundperf.web.faces.UserLocale;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;

/** 定时任务: each job, its next run and last outcome with progress, "run now" (in the background), and the run history. */
@Named
@ViewScoped
public class JobsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobService jobs;

    @Inject
    UserLocale userLocale;

    private List<JobOverview> overview;
    private PagedModel<JobRun> history;

    @PostConstruct
    void init() {
        overview = jobs.overview();
        history = new PagedModel<>(() -> jobs.historyCount(null), (first, max) -> jobs.history(null, first, max), JobRun::getId);
    }

    /** Queues the run and returns at once; the page polls while a run is under way. */
    public void runNow(ScheduledJob job) {
        jobs.runNow(job);
        Texts.info("job.queued", job);
        refresh();
    }

    public void refresh() {
        overview = jobs.overview();
    }

    public boolean isUnderWay() {
        return overview.stream().anyMatch(JobOverview::isUnderWay);
    }

    /** done/total (percent) of a line, or nothing when the job reported no total. */
    public String progressOf(JobOverview line) {
        return line.lastPercent() == null ? "" : Texts.text("job.progressOf", line.lastDone(), line.lastTotal(), line.lastPercent());
    }

    /** The same for a run of the history; a dash when it reported no total. */
    public String runProgress(JobRun run) {
        return run.getPercent() == null ? "—" : Texts.text("job.progressOf", run.getDone(), run.getTotal(), run.getPercent());
    }

    /** The schedule in words and in the zone the timer really uses. */
    public String scheduleOf(JobOverview line) {
        return new ScheduleWords(ResourceBundle.getBundle(Texts.BUNDLE, userLocale.getLocale()), userLocale.getLocale())
                .of(line.schedule());
    }

    public List<JobOverview> getOverview() { return overview; }
    public PagedModel<JobRun> getHistory() { return history; }
}
