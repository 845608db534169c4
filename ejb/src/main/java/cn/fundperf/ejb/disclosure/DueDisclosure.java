package cn.fundperf.ejb.disclosure;

import cn.fundperf.ejb.disclosure.DisclosureDeadline.Standing;
import java.io.Serializable;
import java.time.LocalDate;

/** An approved target not yet recorded as published: overdue, or due within the warning window. */
public record DueDisclosure(long versionId, long sheetId, int year, String projectCode, String projectName, String unit, String department,
                            String region, int versionNumber, String approvalDocument, LocalDate approvedOn, LocalDate dueOn,
                            Standing standing, long daysOverdue, int workingDaysLeft) implements Serializable {

    /** One row as the query reads it (no deadline yet). */
    public record Approved(Long versionId, Long sheetId, Integer year, String projectCode, String projectName, String unit, String department,
                           String region, Integer versionNumber, String approvalDocument, LocalDate approvedOn) {

        DueDisclosure on(LocalDate today, DisclosureDeadline deadline) {
            return new DueDisclosure(versionId, sheetId, year, projectCode, projectName, unit, department, region, versionNumber,
                    approvalDocument, approvedOn, deadline.dueOn(approvedOn), deadline.standing(approvedOn, today),
                    deadline.daysOverdue(approvedOn, today), deadline.workingDaysLeft(approvedOn, today));
        }
    }

    // bean getters for the screen (Jakarta EL does not read record components)
    public long getVersionId() { return versionId; }
    public long getSheetId() { return sheetId; }
    public int getYear() { return year; }
    public String getProjectCode() { return projectCode; }
    public String getProjectName() { return projectName; }
    public String getUnit() { return unit; }
    public String getDepartment() { return department; }
    public String getRegion() { return region; }
    public int getVersionNumber() { return versionNumber; }
    public String getApprovalDocument() { return approvalDocument; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public Standing getStanding() { return standing; }
    public long getDaysOverdue() { return daysOverdue; }
    public int getWorkingDaysLeft() { return workingDaysLeft; }
    public boolean isOverdue() { return standing == Standing.OVERDUE; }
}
