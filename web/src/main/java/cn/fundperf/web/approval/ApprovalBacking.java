package cn.fundperf.web.approval;

import cn.fundperf.ejb.approval.ApprovalService;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.platform.ClockProducer;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.targetsheet.TargetVersion;
import cn.fundperf.web.faces.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    private List<TargetSheet> filed = List.of();
    private List<Organization> departments = List.of();

    @PostConstruct
    void init() {
        reload();
    }

    /** The departments with filed sheets waiting, and the sheets of the chosen one. */
    public void reload() {
        List<TargetSheet> all = approvals.awaitingApproval(year, null);
        Map<Long, Organization> byId = new LinkedHashMap<>();
        all.forEach(s -> byId.putIfAbsent(s.getProject().getDepartment().getId(), s.getProject().getDepartment()));
        departments = new ArrayList<>(byId.values());
        if (departmentId == null || !byId.containsKey(departmentId)) {
            departmentId = departments.isEmpty() ? null : departments.get(0).getId();
        }
        filed = all.stream().filter(s -> s.getProject().getDepartment().getId().equals(departmentId)).toList();
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
    public List<TargetSheet> getFiled() { return filed; }
    public List<Organization> getDepartments() { return departments; }
}
