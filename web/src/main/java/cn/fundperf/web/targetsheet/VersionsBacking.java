package cn.fundperf.web.targetsheet;

import cn.fundperf.ejb.approval.AdjustmentService;
import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.targetsheet.TargetAdjustment;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.targetsheet.TargetSheetService;
import cn.fundperf.ejb.targetsheet.TargetVersion;
import cn.fundperf.ejb.targetsheet.VersionDiff;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** 版本与调整: the approved versions of a sheet, each readable, and a line-by-line comparison of two. */
@Named
@ViewScoped
public class VersionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdjustmentService adjustments;

    @Inject
    TargetSheetService sheets;

    private Long sheetId;
    private TargetSheet sheet;
    private List<TargetVersion> versions = List.of();
    private List<TargetAdjustment> requests = List.of();
    private TargetVersion shown;
    private int from;
    private int to;
    private AdjustmentService.Comparison comparison;

    public void load() {
        if (sheetId == null) {
            throw new NotFoundException("TargetSheet", "-");
        }
        sheet = sheets.view(sheetId);
        versions = adjustments.versions(sheetId);
        requests = adjustments.adjustments(sheetId);
        if (versions.isEmpty()) {
            return;
        }
        shown = versions.get(versions.size() - 1);
        if (from == 0) {
            // the most telling default: the last change that was approved, or the adjustment being prepared
            from = versions.size() >= 2 ? versions.get(versions.size() - 2).getNumber() : shown.getNumber();
            to = versions.size() >= 2 ? shown.getNumber() : 0;
        }
        compare();
    }

    public void compare() {
        comparison = adjustments.compare(sheetId, from, to);
    }

    public void show(TargetVersion version) {
        shown = version;
    }

    /** Choices for the comparison: every version, and the sheet as it stands now. */
    public List<SelectItem> getChoices() {
        List<SelectItem> choices = new ArrayList<>();
        versions.forEach(v -> choices.add(new SelectItem(v.getNumber(), "v" + v.getNumber() + " · " + v.getApprovalDocument())));
        return choices;
    }

    public boolean changed(VersionDiff.LineChange change, String field) {
        return change.changedIn(VersionDiff.Field.valueOf(field));
    }

    public Long getSheetId() { return sheetId; }
    public void setSheetId(Long sheetId) { this.sheetId = sheetId; }
    public TargetSheet getSheet() { return sheet; }
    public List<TargetVersion> getVersions() { return versions; }
    public List<TargetAdjustment> getRequests() { return requests; }
    public TargetVersion getShown() { return shown; }
    public int getFrom() { return from; }
    public void setFrom(int from) { this.from = from; }
    public int getTo() { return to; }
    public void setTo(int to) { this.to = to; }
    public AdjustmentService.Comparison getComparison() { return comparison; }
}
