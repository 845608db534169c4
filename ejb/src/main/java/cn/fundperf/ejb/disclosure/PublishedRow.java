package cn.fundperf.ejb.disclosure;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the public list: an approved target in force, without its indicators (PublishedTarget has them). */
public record PublishedRow(long versionId, int year, String projectCode, String projectName, String department, String unit,
                           String category, String categoryEn, String region, BigDecimal budget, int versionNumber,
                           String approvalDocument, LocalDate approvedOn, String overallGoal) implements Serializable {

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
}
