package cn.fundperf.web.approval;

import cn.fundperf.ejb.approval.ApprovalService;
import cn.fundperf.ejb.approval.FilingEntry;
import cn.fundperf.ejb.approval.FilingOutcome;
import cn.fundperf.ejb.platform.ClockProducer;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.security.Permission;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.web.faces.Texts;
import cn.fundperf.web.task.TasksBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 备案: finance files passed sheets with a budget; finance and the poverty office read the filings. */
@Named
@ViewScoped
public class FilingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApprovalService approvals;

    @Inject
    CurrentActor currentActor;

    @Inject
    TasksBacking tasksBacking;

    private int year = LocalDate.now(ClockProducer.officeZone()).getYear();
    private List<TargetSheet> passed = List.of();
    private List<TargetSheet> chosen = new ArrayList<>();
    private List<FilingEntry> filings;

    @PostConstruct
    void init() {
        reload();
    }

    public void reload() {
        if (isCanFile()) {
            passed = approvals.awaitingFiling(year);
        }
        filings = approvals.filings(year);
        chosen = new ArrayList<>();
    }

    /** Files the chosen sheets here, or, for a large batch, in a background task shown below the lists. */
    public void file() {
        FilingOutcome outcome = approvals.file(chosen.stream().map(TargetSheet::getId).toList());
        if (outcome.isQueued()) {
            Texts.info("filing.queued", chosen.size(), approvals.inlineFilings());
            tasksBacking.started(outcome.task());
        } else {
            Texts.info("filing.done", outcome.filed().size());
        }
        reload();
    }

    public boolean isCanFile() {
        return currentActor.get().may(Permission.TARGET_FILE);
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public List<TargetSheet> getPassed() { return passed; }
    public List<TargetSheet> getChosen() { return chosen; }
    public void setChosen(List<TargetSheet> chosen) { this.chosen = chosen; }
    public List<FilingEntry> getFilings() { return filings; }
}
