package cn.fundperf.web.monitoring;

import cn.fundperf.ejb.monitoring.Finding;
import cn.fundperf.ejb.monitoring.LineEntry;
import cn.fundperf.ejb.monitoring.MonitoringDashboard;
import cn.fundperf.ejb.monitoring.MonitoringEvidence;
import cn.fundperf.ejb.monitoring.MonitoringPeriod;
import cn.fundperf.ejb.monitoring.MonitoringReport;
import cn.fundperf.ejb.monitoring.MonitoringSchedule;
import cn.fundperf.ejb.monitoring.MonitoringService;
import cn.fundperf.ejb.monitoring.MonitoringTask;
import cn.fundperf.ejb.monitoring.ReportEntry;
import cn.fundperf.ejb.monitoring.ReportStatus;
import cn.fundperf.ejb.monitoring.ReportedIndicator;
import cn.fundperf.ejb.monitoring.WarningLevel;
import cn.fundperf.ejb.monitoring.WarningRules;
import cn.fundperf.ejb.project.FundSource;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.validation.Limits;
import cn.fundperf.ejb.validation.MaxItems;
import cn.fundperf.ejb.validation.Text;
import cn.fundperf.web.api.BusinessExceptionMapper;
import cn.fundperf.web.faces.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * 运行监控 over JSON, for a province's own systems and scripts: periods, a unit's reports (read,
 * save a draft, submit, return), evidence files and a period's dashboard, with the same rules,
 * scope and audit as the screens. Findings come explained in the caller's language.
 */
@Path("monitoring")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MonitoringResource {

    @Inject
    MonitoringSchedule schedule;

    @Inject
    MonitoringService monitoring;

    @Inject
    MonitoringDashboard dashboard;

    @Context
    HttpHeaders headers;

    public record PeriodView(long id, long version, int fiscalYear, String name, LocalDate periodEnd, LocalDate opensOn, LocalDate deadline,
                             boolean keyOnly, LocalDateTime openedAt, int taskCount) {
        static PeriodView of(MonitoringPeriod p) {
            return new PeriodView(p.getId(), p.getVersion(), p.getFiscalYear(), p.getName(), p.getPeriodEnd(), p.getOpensOn(), p.getDeadline(),
                    p.isKeyOnly(), p.getOpenedAt(), p.getTaskCount());
        }
    }

    public record OverviewView(PeriodView period, BigDecimal timeProgress, MonitoringDashboard.Counts counts,
                               List<MonitoringDashboard.Group> byCategory, List<MonitoringDashboard.Group> byDepartment,
                               List<MonitoringDashboard.Group> byRegion) {
    }

    public record PeriodInput(@NotNull Integer fiscalYear, @NotNull @Text(max = 60) String name, @NotNull LocalDate periodEnd,
                              @NotNull LocalDate opensOn, @NotNull LocalDate deadline, boolean keyOnly) {
    }

    public record Opening(long version) {
    }

    public record TaskView(long id, long version, long periodId, String period, LocalDate deadline, long projectId, String projectCode,
                           String projectName, String usingUnit, ReportStatus status, WarningLevel level, BigDecimal releasedBudget,
                           BigDecimal executed, BigDecimal executionRate, LocalDate overdueSince, LocalDateTime submittedAt) {
        static TaskView of(MonitoringTask t) {
            return new TaskView(t.getId(), t.getVersion(), t.getPeriod().getId(), t.getPeriod().getName(), t.getPeriod().getDeadline(),
                    t.getProject().getId(), t.getProject().getCode(), t.getProject().getName(), t.getUsingUnit().getName(), t.getStatus(),
                    t.getLevel(), t.getReleasedBudget(), t.getExecutedTotal(), t.getExecutionRate(), t.getOverdueSince(), t.getSubmittedAt());
        }
    }

    public record TaskPage(long total, List<TaskView> items) {
    }

    /** One indicator of the report: the approved target beside what the unit wrote, and whether evidence backs it. */
    public record LineView(String key, String level2, String name, String target, LineEntry reported, boolean evidenced, WarningLevel level) {
    }

    public record FindingView(WarningLevel level, String rule, List<String> arguments, String indicatorKey, String text) {
    }

    public record EvidenceView(long id, String indicatorKey, String fileName, String contentType, long bytes, String sha256,
                               LocalDateTime uploadedAt) {
        static EvidenceView of(MonitoringEvidence e) {
            return new EvidenceView(e.getId(), e.getIndicatorKey(), e.getFileName(), e.getFile().contentType(), e.getBytes(), e.getSha256(),
                    e.getUploadedAt());
        }
    }

    public record ExecutedView(FundSource source, BigDecimal amount) {
    }

    public record ReportView(TaskView task, List<LineView> lines, List<ExecutedView> executed, WarningLevel level, List<FindingView> findings,
                             List<EvidenceView> evidence, String returnedReason) {
    }

    public record ReportInput(long version, @NotNull @MaxItems(Limits.INDICATORS) List<@Valid @NotNull LineEntry> lines,
                              @MaxItems(Limits.FUNDINGS) List<ReportEntry.@Valid @NotNull Executed> executed) {
        ReportEntry entry() {
            return new ReportEntry(lines, executed);
        }
    }

    public record Transition(long version, @NotNull @Text(max = 1000) String reason) {
    }

    @GET
    @Path("periods")
    public List<PeriodView> periods(@QueryParam("year") @NotNull Integer year) {
        return schedule.periods(year).stream().map(PeriodView::of).toList();
    }

    /** Finance adds a period to its region; the daily job opens it on its day. */
    @POST
    @Path("periods")
    public PeriodView addPeriod(@NotNull @Valid PeriodInput input) {
        return PeriodView.of(schedule.addPeriod(input.fiscalYear(), input.name(), input.periodEnd(), input.opensOn(), input.deadline(),
                input.keyOnly()));
    }

    /** Opens a period now: its tasks are created and the units told. Answers how many. */
    @POST
    @Path("periods/{id}/opening")
    public int open(@PathParam("id") long id, @NotNull @Valid Opening opening) {
        return schedule.openNow(id, opening.version());
    }

    /** 监控看板 as numbers: the period's reports by level, by category, department and region, execution against time progress. */
    @GET
    @Path("periods/{id}/overview")
    public OverviewView overview(@PathParam("id") long id) {
        MonitoringDashboard.Overview o = dashboard.overview(id);
        return new OverviewView(PeriodView.of(o.period()), o.timeProgress(), o.counts(), o.byCategory(), o.byDepartment(), o.byRegion());
    }

    @GET
    @Path("tasks")
    public TaskPage tasks(@QueryParam("year") Integer year, @QueryParam("period") Long period, @QueryParam("status") ReportStatus status,
                          @QueryParam("level") WarningLevel level, @QueryParam("overdue") Boolean overdue,
                          @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        MonitoringService.TaskFilter filter = new MonitoringService.TaskFilter(year, period, status, level, overdue);
        return new TaskPage(monitoring.taskCount(filter), monitoring.tasks(filter, first, max).stream().map(TaskView::of).toList());
    }

    @GET
    @Path("tasks/{id}")
    public ReportView report(@PathParam("id") long id) {
        return view(monitoring.report(id));
    }

    /** Saves a draft: lines not sent keep what was saved before. */
    @PUT
    @Path("tasks/{id}")
    public ReportView save(@PathParam("id") long id, @NotNull @Valid ReportInput input) {
        return view(monitoring.save(id, input.version(), input.entry()));
    }

    /** Submits the report: 422 naming every gap, or the report as judged. */
    @POST
    @Path("tasks/{id}/submission")
    public ReportView submit(@PathParam("id") long id, @NotNull @Valid ReportInput input) {
        return view(monitoring.submit(id, input.version(), input.entry()));
    }

    @POST
    @Path("tasks/{id}/return")
    public TaskView returnToUnit(@PathParam("id") long id, @NotNull @Valid Transition transition) {
        return TaskView.of(monitoring.returnReport(id, transition.version(), transition.reason()));
    }

    /** An evidence file as the body, its name in the query; the type is judged by the content. */
    @POST
    @Path("tasks/{id}/evidence")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "application/pdf", "image/jpeg", "image/png", "application/zip",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    public EvidenceView addEvidence(@PathParam("id") long id, @QueryParam("name") String name, @QueryParam("indicator") String indicator,
                                    byte[] content) {
        return EvidenceView.of(monitoring.addEvidence(id, indicator == null || indicator.isBlank() ? null : indicator, name, content));
    }

    /** The 绩效运行监控表 of a report: {@code ?format=pdf} or xlsx (the default). */
    @GET
    @Path("tasks/{id}/form")
    @Produces(MediaType.WILDCARD)
    public Response form(@PathParam("id") long id, @QueryParam("format") @DefaultValue("xlsx") String format) {
        boolean pdf = "pdf".equalsIgnoreCase(format);
        return file(monitoring.form(id, pdf), "monitoring-" + id, pdf);
    }

    /** A form filled offline (an export of this report) as the body: read back into the report as a draft. */
    @PUT
    @Path("tasks/{id}/form")
    @Consumes({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_OCTET_STREAM})
    public ReportView importForm(@PathParam("id") long id, @QueryParam("version") long version, byte[] workbook) {
        return view(monitoring.importForm(id, version, workbook));
    }

    /** Every form of a period in the caller's scope, in one file. */
    @GET
    @Path("periods/{id}/forms")
    @Produces(MediaType.WILDCARD)
    public Response forms(@PathParam("id") long id, @QueryParam("format") @DefaultValue("xlsx") String format) {
        boolean pdf = "pdf".equalsIgnoreCase(format);
        return file(monitoring.forms(id, pdf), "monitoring-period-" + id, pdf);
    }

    private static Response file(byte[] content, String name, boolean pdf) {
        return Response.ok(content, pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"" + name + (pdf ? ".pdf" : ".xlsx") + "\"").build();
    }

    @GET
    @Path("evidence/{id}")
    @Produces(MediaType.WILDCARD)
    public Response evidence(@PathParam("id") long id) {
        MonitoringEvidence evidence = monitoring.evidence(id);
        StreamingOutput body = out -> {
            try (var in = monitoring.evidenceContent(id)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, evidence.getFile().contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(evidence.getFileName(), StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private ReportView view(MonitoringReport report) {
        MonitoringTask task = report.task();
        WarningRules.Assessment assessment = monitoring.assessment(task.getId());
        Locale locale = BusinessExceptionMapper.callersLocale(headers);
        List<LineView> lines = report.indicators().stream().map(line -> line(task, line, assessment)).toList();
        List<FindingView> findings = assessment.findings().stream().map(f -> finding(f, locale)).toList();
        WarningLevel level = !task.isSubmitted() && assessment.findings().isEmpty() ? null : assessment.level();
        return new ReportView(TaskView.of(task), lines, task.getExecuted().stream().map(e -> new ExecutedView(e.getSource(), e.getExecuted()))
                .toList(), level, findings, report.evidence().stream().map(EvidenceView::of).toList(), task.getReturnedReason());
    }

    private static LineView line(MonitoringTask task, IndicatorLine line, WarningRules.Assessment assessment) {
        ReportedIndicator reported = task.line(line.key()).orElse(null);
        WarningLevel level = !task.isSubmitted() ? null : assessment.indicators().stream().filter(o -> o.key().equals(line.key()))
                .map(o -> o.level()).findFirst().orElse(null);
        return new LineView(line.key(), line.level2().name(), line.name(), line.target(), reported == null ? null : reported.entry(),
                reported != null && reported.isEvidenced(), level);
    }

    private static FindingView finding(Finding f, Locale locale) {
        return new FindingView(f.level(), f.rule(), f.arguments(), f.indicatorKey(), Texts.text(locale, f.rule(), f.arguments().toArray()));
    }
}
