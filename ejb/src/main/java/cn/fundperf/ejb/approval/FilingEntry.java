package cn.fundperf.ejb.approval;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One 备案 as the filing list shows it: a filing that was approved stays in the list as its
 * frozen version ({@code version} > 0), a filing awaiting 批复 has version 0. An adjusted target
 * therefore shows its first and its new filing, each with the budget it was filed with.
 */
public record FilingEntry(long sheetId, long projectId, String filingNumber, LocalDateTime filedAt, String projectCode,
                          String projectName, String departmentName, BigDecimal budgetAmount, int version, String approvalDocument)
        implements Serializable {

    public boolean isApproved() {
        return version > 0;
    }

    // bean-style accessors for Jakarta EL 5, which does not read record components
    public long getSheetId() { return sheetId; }
    public long getProjectId() { return projectId; }
    public String getFilingNumber() { return filingNumber; }
    public LocalDateTime getFiledAt() { return filedAt; }
    public String getProjectCode() { return projectCode; }
    public String getProjectName() { return projectName; }
    public String getDepartmentName() { return departmentName; }
    public BigDecimal getBudgetAmount() { return budgetAmount; }
    public int getVersion() { return version; }
    public String getApprovalDocument() { return approvalDocument; }
}
