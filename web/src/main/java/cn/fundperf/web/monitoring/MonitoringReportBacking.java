package cn.fundperf.web.monitoring;

import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.monitoring.DeviationCause;
import cn.fundperf.ejb.monitoring.ExecutedFunding;
import cn.fundperf.ejb.monitoring.Finding;
import cn.fundperf.ejb.monitoring.IndicatorOutcome;
import cn.fundperf.ejb.monitoring.Likelihood;
import cn.fundperf.ejb.monitoring.MonitoringEvidence;
import cn.fundperf.ejb.monitoring.MonitoringReport;
import cn.fundperf.ejb.monitoring.MonitoringSchedule;
import cn.fundperf.ejb.monitoring.MonitoringService;
import cn.fundperf.ejb.monitoring.MonitoringTask;
import cn.fundperf.ejb.monitoring.ReportEntry;
import cn.fundperf.ejb.monitoring.ReportedIndicator;
import cn.fundperf.ejb.monitoring.WarningLevel;
import cn.fundperf.ejb.monitoring.WarningRules;
import cn.fundperf.ejb.permission.Permission;
import cn.fundperf.ejb.project.FundSource;
import cn.fundperf.ejb.project.ProjectFunding;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.validation.Limits;
import cn.fundperf.web.api.BodyLimitFilter;
import cn.fundperf.web.faces.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * 绩效运行监控表 of one project in one period: the unit fills and submits it with evidence; the
 * department may send it back; everyone in scope reads its level and the findings that explain it.
 */
@Named
@ViewScoped
public class MonitoringReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MonitoringService monitoring;

    @Inject
    CurrentActor currentActor;

    @Inject
    MonitoringSchedule schedule;

    private boolean keyProject;

    private Long id;
    private MonitoringReport report;
    private List<ReportRow> rows = new ArrayList<>();
    private List<ExecutedRow> executed = new ArrayList<>();
    private String returnReason;
    private UploadedFile upload;
    private String evidenceKey;
    private UploadedFile formUpload;
    private WarningRules.Assessment assessment;

    /** 预算执行数 of one fund source, as the form edits it. */
    public static class ExecutedRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final FundSource source;
        private final BigDecimal planned;
        private BigDecimal amount;

        ExecutedRow(FundSource source, BigDecimal planned, BigDecimal amount) {
            this.source = source;
            this.planned = planned;
            this.amount = amount;
        }

        public FundSource getSource() { return source; }
        public BigDecimal getPlanned() { return planned; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
    }

    public void load() {
        Object refusedMb = FacesContext.getCurrentInstance().getExternalContext().getSessionMap().remove(BodyLimitFilter.REFUSED_UPLOAD);
        if (refusedMb != null) {
            Texts.error("monitoring.evidence.tooLarge", "", refusedMb);
        }
        if (id == null) {
            throw new NotFoundException("MonitoringTask", "-");
        }
        show(monitoring.report(id));
    }

    private void show(MonitoringReport shown) {
        report = shown;
        assessment = monitoring.assessment(shown.task().getId());
        keyProject = schedule.isKeyProject(shown.task().getSheet().getId());
        rows = new ArrayList<>();
        List<IndicatorLine> indicators = shown.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorLine indicator = indicators.get(i);
            ReportedIndicator reported = shown.task().line(indicator.key()).orElse(null);
            rows.add(new ReportRow(i + 1, indicator, reported));
        }
        Map<FundSource, BigDecimal> planned = new LinkedHashMap<>();
        for (ProjectFunding funding : shown.task().getProject().getFundings()) {
            planned.merge(funding.getSource(), funding.getAmount(), BigDecimal::add);
        }
        Map<FundSource, BigDecimal> spent = new LinkedHashMap<>();
        for (ExecutedFunding funding : shown.task().getExecuted()) {
            spent.put(funding.getSource(), funding.getExecuted());
            planned.putIfAbsent(funding.getSource(), null);
        }
        executed = new ArrayList<>();
        planned.forEach((source, amount) -> executed.add(new ExecutedRow(source, amount, spent.get(source))));
    }

    private ReportEntry entry() {
        return new ReportEntry(rows.stream().map(ReportRow::entry).toList(),
                executed.stream().filter(row -> row.getAmount() != null).map(row -> new ReportEntry.Executed(row.getSource(), row.getAmount()))
                        .toList());
    }

    public void save() {
        show(monitoring.save(id, report.task().getVersion(), entry()));
        Texts.info("monitoring.saved");
    }

    public void submit() {
        show(monitoring.submit(id, report.task().getVersion(), entry()));
        Texts.info("monitoring.submitted", labelOf(report.task().getLevel()));
    }

    public void returnToUnit() {
        monitoring.returnReport(id, report.task().getVersion(), returnReason);
        returnReason = null;
        show(monitoring.report(id));
        Texts.info("monitoring.returned");
    }

    /** Keeps the chosen file as evidence of the chosen indicator (or of the whole report); drafts typed meanwhile are saved first. */
    public void addEvidence() {
        if (upload == null || upload.getSize() == 0) {
            Texts.error("monitoring.evidence.empty", "");
            return;
        }
        if (upload.getSize() > Limits.UPLOAD_BYTES.max()) {
            Texts.error("monitoring.evidence.tooLarge", upload.getFileName(), Limits.UPLOAD_BYTES.megabytes());
            return;
        }
        String key = evidenceKey == null || evidenceKey.isBlank() ? null : evidenceKey;
        monitoring.save(id, report.task().getVersion(), entry());
        MonitoringEvidence added = monitoring.addEvidence(id, key, upload.getFileName(), upload.getContent());
        show(monitoring.report(id));
        Texts.info("monitoring.evidence.added", added.getFileName());
    }

    public void removeEvidence(MonitoringEvidence evidence) {
        monitoring.removeEvidence(evidence.getId());
        show(monitoring.report(id));
        Texts.info("monitoring.evidence.removed", evidence.getFileName());
    }

    /** The 绩效运行监控表 of this report (values without evidence marked unverified). */
    public StreamedContent getFormXlsx() {
        return form(false);
    }

    public StreamedContent getFormPdf() {
        return form(true);
    }

    private StreamedContent form(boolean pdf) {
        byte[] file = monitoring.form(id, pdf);
        MonitoringTask task = report.task();
        return DefaultStreamedContent.builder().name(task.getProject().getCode() + " " + task.getPeriod().getName() + " 绩效运行监控表"
                        + (pdf ? ".pdf" : ".xlsx"))
                .contentType(pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(file)).build();
    }

    /** A form filled offline (an export of this report) read back as a draft. */
    public void importForm() {
        if (formUpload == null || formUpload.getSize() == 0) {
            Texts.error("monitoring.evidence.empty", "");
            return;
        }
        show(monitoring.importForm(id, report.task().getVersion(), formUpload.getContent()));
        Texts.info("monitoring.imported");
    }

    public StreamedContent download(MonitoringEvidence evidence) {
        MonitoringEvidence chosen = monitoring.evidence(evidence.getId());
        return DefaultStreamedContent.builder().name(chosen.getFileName()).contentType(chosen.getFile().contentType())
                .stream(() -> monitoring.evidenceContent(chosen.getId())).build();
    }

    /** A finding in the reader's language, with its numbers ("执行率 31.2 % 低于时间进度 74.8 % − 20 个百分点"). */
    public String explain(Finding finding) {
        return Texts.text(finding.rule(), finding.arguments().toArray());
    }

    /** The level as the rules judge the report today; none for a report not submitted and not yet late. */
    public WarningLevel getLevel() {
        return !report.task().isSubmitted() && assessment.findings().isEmpty() ? null : assessment.level();
    }

    public List<Finding> getFindings() {
        return assessment.findings();
    }

    /** The level of one line today, by its key. */
    public WarningLevel lineLevel(String key) {
        return report.task().isSubmitted() ? assessment.indicators().stream().filter(o -> o.key().equals(key)).map(IndicatorOutcome::level)
                .findFirst().orElse(null) : null;
    }

    /** Which indicator an evidence file backs, by name; empty for the whole report. */
    public String indicatorName(String key) {
        return key == null ? Texts.text("monitoring.evidence.wholeReport")
                : rows.stream().filter(row -> Objects.equals(row.getIndicator().key(), key)).map(row -> row.getIndicator().name())
                        .findFirst().orElse(key);
    }

    private static String labelOf(Enum<?> level) {
        return level == null ? "" : Texts.text("enum." + level.getClass().getSimpleName() + "." + level.name());
    }

    public boolean isCanEdit() {
        return currentActor.get().may(Permission.MONITORING_REPORT) && report.task().getStatus().isEditable();
    }

    /** Finance puts the project on (or off) the list of 重点监控, reported monthly besides the quarters. */
    public void toggleKeyProject() {
        keyProject = schedule.chooseKeyProject(report.task().getSheet().getId(), !keyProject);
        Texts.info(keyProject ? "monitoring.keyProject.on" : "monitoring.keyProject.off");
    }

    public boolean isKeyProject() {
        return keyProject;
    }

    public boolean isCanChooseKeyProjects() {
        return currentActor.get().may(Permission.MONITORING_MANAGE);
    }

    public boolean isCanReturn() {
        return currentActor.get().may(Permission.MONITORING_RETURN) && report.task().isSubmitted();
    }

    public Likelihood[] getLikelihoods() { return Likelihood.values(); }
    public DeviationCause[] getCauses() { return DeviationCause.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MonitoringReport getReport() { return report; }
    public List<ReportRow> getRows() { return rows; }
    public List<ExecutedRow> getExecuted() { return executed; }
    public String getReturnReason() { return returnReason; }
    public void setReturnReason(String returnReason) { this.returnReason = returnReason; }
    public UploadedFile getFormUpload() { return formUpload; }
    public void setFormUpload(UploadedFile formUpload) { this.formUpload = formUpload; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
    public String getEvidenceKey() { return evidenceKey; }
    public void setEvidenceKey(String evidenceKey) { this.evidenceKey = evidenceKey; }
    public long getUploadLimit() { return Limits.UPLOAD_BYTES.max(); }
}
