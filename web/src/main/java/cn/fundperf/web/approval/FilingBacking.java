package cn.fundperf.web.approval;

import cn.fundperf.ejb.approval.ApprovalService;
import cn.fundperf.ejb.approval.FilingEntry;
import cn.fundperf.ejb.approval.FilingOutcome;
import cn.fundperf.ejb.permission.Permission;
import cn.fundperf.ejb.platform.ClockProducer;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.web.faces.PagedModel;
import cn.fundperf.web.faces.Texts;
import cn.fundperf.web.task.TasksBacking;
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
    private List<TargetSheet> chosen = new ArrayList<>();
    private final PagedModel<TargetSheet> passed = new PagedModel<>(() -> approvals.awaitingFilingCount(year),
            (first, max) -> approvals.awaitingFiling(year, first, max), TargetSheet::getId);
    private final PagedModel<FilingEntry> filings = new PagedModel<>(() -> approvals.filingsCount(year),
            (first, max) -> approvals.filings(year, first, max), f -> f.sheetId() + "/" + f.filingNumber());

    /** The year changed, or sheets were filed: both tables start again at their first page (they read the year on load). */
    public void reload() {
        chosen = new ArrayList<>();
        PagedModel.showFirstPage(":filing:passed", ":filing:filings");
    }

    /** Files the sheets chosen on this page here, or, for a large batch, in a background task shown below the lists. */
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

    /** Files every passed sheet of the year that has a budget (a county's or a province's batch, not page by page). */
    public void fileAllReady() {
        if (approvals.awaitingFilingCount(year) == 0) {
            Texts.info("filing.noneReady");
            return;
        }
        FilingOutcome outcome = approvals.fileAllReady(year);
        if (outcome.isQueued()) {
            Texts.info("filing.allQueued");
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
    public PagedModel<TargetSheet> getPassed() { return passed; }
    public List<TargetSheet> getChosen() { return chosen; }
    public void setChosen(List<TargetSheet> chosen) { this.chosen = chosen; }
    public PagedModel<FilingEntry> getFilings() { return filings; }
}
