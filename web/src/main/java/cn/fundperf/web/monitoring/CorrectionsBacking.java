package cn.fundperf.web.monitoring;

import cn.fundperf.ejb.fundaction.FundAction;
import cn.fundperf.ejb.fundaction.FundActionKind;
import cn.fundperf.ejb.fundaction.FundActionService;
import cn.fundperf.ejb.monitoring.MonitoringTask;
import cn.fundperf.ejb.permission.Permission;
import cn.fundperf.ejb.rectification.NoticeStatus;
import cn.fundperf.ejb.rectification.RectificationNotice;
import cn.fundperf.ejb.rectification.RectificationService;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.web.faces.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 整改与资金处理 beside a monitoring report: the department completes and issues the rectification
 * notice a RED report drafted; finance confirms or dismisses a draft 暂缓拨付 and records its own
 * suspensions, recalls and resumptions. The project's money ledger is shown to every reader.
 */
@Named
@ViewScoped
public class CorrectionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MonitoringReportBacking report;

    @Inject
    RectificationService rectifications;

    @Inject
    FundActionService funds;

    @Inject
    CurrentActor currentActor;

    private Long loadedFor;
    private List<RectificationNotice> notices = List.of();
    private FundActionService.Ledger ledger;
    private String problems;
    private String requiredActions;
    private LocalDate deadline;
    private FundActionKind kind;
    private BigDecimal amount;
    private String reason;
    private String document;
    private String decisionDocument;
    private String dismissReason;

    private MonitoringTask task() {
        MonitoringTask task = report.getReport().task();
        if (!task.getId().equals(loadedFor)) {
            reload(task);
        }
        return task;
    }

    private void reload(MonitoringTask task) {
        loadedFor = task.getId();
        long sheetId = task.getSheet().getId();
        notices = rectifications.noticesOf(sheetId).stream().filter(n -> n.getTask() == null || n.getTask().getId().equals(task.getId())).toList();
        ledger = funds.ledger(sheetId);
        if (problems == null) {
            // the department starts from the findings, explained as everybody reads them
            problems = report.getFindings().stream().map(report::explain).collect(Collectors.joining("；"));
        }
    }

    public void issue(RectificationNotice notice) {
        rectifications.issue(notice.getId(), notice.getVersion(), problems, requiredActions, deadline);
        Texts.info("rectification.issuedDone", task().getUsingUnit().getName());
        requiredActions = null;
        deadline = null;
        reload(task());
    }

    public void withdraw(RectificationNotice notice) {
        rectifications.withdraw(notice.getId(), notice.getVersion());
        reload(task());
    }

    public void record() {
        FundAction done = funds.record(task().getSheet().getId(), getLedger().actions().size(), kind, amount, reason, document);
        Texts.info("fund.recordedDone", Texts.text("enum.FundActionKind." + done.getKind()));
        kind = null;
        amount = null;
        reason = null;
        document = null;
        reload(task());
    }

    public void decide(FundAction proposal) {
        funds.decide(proposal.getId(), proposal.getVersion(), decisionDocument);
        Texts.info("fund.decidedDone", Texts.text("enum.FundActionKind." + proposal.getKind()));
        decisionDocument = null;
        reload(task());
    }

    public void dismiss(FundAction proposal) {
        funds.dismiss(proposal.getId(), proposal.getVersion(), dismissReason);
        Texts.info("fund.dismissedDone");
        dismissReason = null;
        reload(task());
    }

    public List<RectificationNotice> getNotices() {
        task();
        return notices;
    }

    public FundActionService.Ledger getLedger() {
        task();
        return ledger;
    }

    public boolean isDraft(RectificationNotice notice) {
        return notice.getStatus() == NoticeStatus.DRAFT;
    }

    public boolean isCanIssue() {
        return currentActor.get().may(Permission.RECTIFICATION_ISSUE);
    }

    public boolean isCanDecide() {
        return currentActor.get().may(Permission.FUND_ACTION_DECIDE);
    }

    public FundActionKind[] getKinds() { return FundActionKind.values(); }
    public String getProblems() { task(); return problems; }
    public void setProblems(String problems) { this.problems = problems; }
    public String getRequiredActions() { return requiredActions; }
    public void setRequiredActions(String requiredActions) { this.requiredActions = requiredActions; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public FundActionKind getKind() { return kind; }
    public void setKind(FundActionKind kind) { this.kind = kind; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getDocument() { return document; }
    public void setDocument(String document) { this.document = document; }
    public String getDecisionDocument() { return decisionDocument; }
    public void setDecisionDocument(String decisionDocument) { this.decisionDocument = decisionDocument; }
    public String getDismissReason() { return dismissReason; }
    public void setDismissReason(String dismissReason) { this.dismissReason = dismissReason; }
}
