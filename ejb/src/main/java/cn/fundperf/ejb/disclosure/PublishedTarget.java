package cn.fundperf.ejb.disclosure;

import cn.fundperf.ejb.targetsheet.IndicatorLine;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A target as the public sees it (信息公开): the approved version in force, with its budget and
 * approval, and nothing personal (no responsible person, no phone).
 */
public record PublishedTarget(long versionId, int year, String projectCode, String projectName, String department, String unit,
                              String category, String categoryEn, String region, BigDecimal budget, int versionNumber, String approvalDocument,
                              LocalDate approvedOn, String overallGoal, List<IndicatorLine> lines) implements Serializable {

    public long getVersionId() { return versionId; }
    public int getYear() { return year; }
    public String getProjectCode() { return projectCode; }
    public String getProjectName() { return projectName; }
    public String getDepartment() { return department; }
    public String getUnit() { return unit; }
    public String getCategory() { return category; }
    public String getCategoryEn() { return categoryEn; }
    public String getRegion() { return region; }
    public BigDecimal getBudget() { return budget; }
    public int getVersionNumber() { return versionNumber; }
    public String getApprovalDocument() { return approvalDocument; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public String getOverallGoal() { return overallGoal; }
    public List<IndicatorLine> getLines() { return lines; }
}
