package cn.fundperf.web.admin;

import cn.fundperf.ejb.job.JobOverview;
import cn.fundperf.ejb.job.JobRun;
import cn.fundperf.ejb.job.JobRunStatus;
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

/** 定时任务: each job, its next run and last outcome, "run now", and the run history. */
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

    public void runNow(ScheduledJob job) {
        JobRunStatus status = jobs.runNow(job);
        if (status == JobRunStatus.SUCCEEDED) {
            Texts.info("job.ran", job);
        } else {
            Texts.error("job.failed", job);
        }
        overview = jobs.overview();
    }

    /** The schedule in words and in the zone the timer really uses. */
    public String scheduleOf(JobOverview line) {
        return new ScheduleWords(ResourceBundle.getBundle(Texts.BUNDLE, userLocale.getLocale()), userLocale.getLocale())
                .of(line.schedule());
    }

    public List<JobOverview> getOverview() { return overview; }
    public PagedModel<JobRun> getHistory() { return history; }
}
