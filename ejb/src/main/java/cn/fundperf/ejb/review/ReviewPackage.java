package cn.fundperf.ejb.review;

import cn.fundperf.ejb.targetsheet.Gap;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.targetsheet.TargetSheetEvent;
import cn.fundperf.ejb.targetsheet.TargetVersion;
import cn.fundperf.ejb.targetsheet.VersionDiff;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a reviewer has in front of them for one sheet: the sheet with its history, each line with
 * the reference library's usual value, the quality warnings, their own opinion and the others'
 * signed opinions (shown only once their own is signed, so that opinions stay independent), and
 * for an adjustment the version in force with what the adjustment changes in it.
 */
public record ReviewPackage(ReviewItem item, TargetSheet sheet, List<ReviewedLine> lines, List<TargetSheetEvent> history,
                            List<Gap> warnings, ReviewOpinion ownOpinion, List<ReviewOpinion> visibleOpinions,
                            boolean chair, TargetVersion inForce, List<VersionDiff.LineChange> adjustmentChanges,
                            Map<String, String> people) implements Serializable {

    /** An indicator line with what the library says is usual for it ("" when no template matches). */
    public record ReviewedLine(int number, IndicatorLine line, String usual) implements Serializable {
        public int getNumber() { return number; }
        public IndicatorLine getLine() { return line; }
        public String getUsual() { return usual; }
    }

    public boolean mayWrite() {
        return ownOpinion != null && !ownOpinion.isSigned() && !item.isConcluded();
    }

    public boolean mayConclude() {
        return chair && !item.isConcluded() && item.signedCount() == item.getOpinions().size();
    }

    public boolean isMayWrite() { return mayWrite(); }
    public boolean isMayConclude() { return mayConclude(); }
    public ReviewItem getItem() { return item; }
    public TargetSheet getSheet() { return sheet; }
    public List<ReviewedLine> getLines() { return lines; }
    public List<TargetSheetEvent> getHistory() { return history; }
    public List<Gap> getWarnings() { return warnings; }
    public ReviewOpinion getOwnOpinion() { return ownOpinion; }
    public List<ReviewOpinion> getVisibleOpinions() { return visibleOpinions; }
    public boolean isChair() { return chair; }

    /** An adjustment under review: the members see it against the approved version in force. */
    public boolean isAdjustment() { return inForce != null && sheet.isAdjusting(); }
    public TargetVersion getInForce() { return inForce; }
    /** "陈静（清河县财政局）" for a user name in the history. */
    public String person(String username) { return people.getOrDefault(username, username); }
    public List<VersionDiff.LineChange> getAdjustmentChanges() { return adjustmentChanges; }
    public boolean isGoalChanged() { return isAdjustment() && !java.util.Objects.equals(inForce.getOverallGoal(), sheet.getOverallGoal()); }
}
