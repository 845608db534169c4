package cn.fundperf.web.approval;

import cn.fundperf.ejb.approval.ApprovalService;
import cn.fundperf.ejb.approval.ApprovalService.DepartmentAwaiting;
import cn.fundperf.ejb.platform.ClockProducer;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.targetsheet.TargetVersion;
import cn.fundperf.web.faces.PagedModel;
import cn.fundperf.web.faces.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** 批复: finance approves a department's filed targets together with its budget, in one batch. */
@Named
@ViewScoped
public class ApprovalBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApprovalService approvals;

    private int year = LocalDate.now(ClockProducer.officeZone()).getYear();
    private Long departmentId;
    private String document;
    private LocalDate approvedOn = LocalDate.now(ClockProducer.officeZone());
    private List<DepartmentAwaiting> departments = List.of();
    private final PagedModel<TargetSheet> filed = new PagedModel<>(
            () -> departmentId == null ? 0 : approvals.awaitingApprovalCount(year, departmentId),
            (first, max) -> departmentId == null ? List.of() : approvals.awaitingApproval(year, departmentId, first, max),
            TargetSheet::getId);

    @PostConstruct
    void init() {
        reload();
    }

    /** The departments with filed sheets waiting (counted in the database), and a page of the chosen one's sheets. */
    public void reload() {
        departments = approvals.departmentsAwaitingApproval(year);
        if (departmentId == null || departments.stream().noneMatch(d -> d.departmentId() == departmentId)) {
            departmentId = departments.isEmpty() ? null : departments.get(0).departmentId();
        }
        PagedModel.showFirstPage(":approval:filed");
    }

    /** The chosen department's line: how many sheets and what budget the 批复 covers. */
    public DepartmentAwaiting getChosen() {
        return departments.stream().filter(d -> departmentId != null && d.departmentId() == departmentId).findFirst().orElse(null);
    }

    public void approve() {
        if (departmentId == null) {
            Texts.error("approval.nothingToApprove");
            return;
        }
        List<TargetVersion> versions = approvals.approveDepartment(year, departmentId, document, approvedOn);
        Texts.info("approval.done", versions.size(), document);
        document = null;
        reload();
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public String getDocument() { return document; }
    public void setDocument(String document) { this.document = document; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public void setApprovedOn(LocalDate approvedOn) { this.approvedOn = approvedOn; }
    public PagedModel<TargetSheet> getFiled() { return filed; }
    public List<DepartmentAwaiting> getDepartments() { return departments; }
}
