package cn.fundperf.web.targetsheet;

import cn.fundperf.ejb.approval.AdjustmentService;
import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.project.TargetSheetStatus;
import cn.fundperf.ejb.targetsheet.AdjustmentType;
import cn.fundperf.ejb.targetsheet.Gap;
import cn.fundperf.ejb.targetsheet.ImportRejectedException;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.SheetCheck;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.targetsheet.TargetSheetService;
import cn.fundperf.ejb.targetsheet.TargetVersion;
import cn.fundperf.ejb.validation.Limits;
import cn.fundperf.ejb.validation.MaxItems;
import cn.fundperf.ejb.validation.Money;
import cn.fundperf.ejb.validation.Score;
import cn.fundperf.ejb.validation.Text;
import cn.fundperf.web.api.BusinessExceptionMapper;
import cn.fundperf.web.faces.Texts;
import cn.fundperf.web.task.TaskResource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** 绩效目标表 over JSON: read, save a draft, submit, forward, return — same rules as the editor. */
@Path("target-sheets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetSheetResource {

    @Inject
    TargetSheetService sheets;

    public record SheetView(long id, long version, long projectId, int fiscalYear, TargetSheetStatus status,
                            String overallGoal, BigDecimal budgetExecutionWeight, List<IndicatorLine> indicators,
                            List<Gap> gaps, String filingNumber, int releasedVersion) {

        static SheetView of(TargetSheet s) {
            return new SheetView(s.getId(), s.getVersion(), s.getProject().getId(), s.getFiscalYear(), s.getStatus(),
                    s.getOverallGoal(), s.getBudgetExecutionWeight(), s.lines(), s.gaps(), s.getFilingNumber(), s.getReleasedVersion());
        }
    }

    /** An approved, frozen version of a sheet. */
    public record VersionView(int number, String approvalDocument, java.time.LocalDate approvedOn, String filingNumber,
                              BigDecimal budgetAmount, AdjustmentType adjustmentType, String adjustmentReason, String overallGoal,
                              List<IndicatorLine> indicators) {

        public static VersionView of(TargetVersion v) {
            return new VersionView(v.getNumber(), v.getApprovalDocument(), v.getApprovedOn(), v.getFilingNumber(), v.getBudgetAmount(),
                    v.getAdjustmentType(), v.getAdjustmentReason(), v.getOverallGoal(), v.lines());
        }
    }

    public record SheetInput(long version, @Text(max = 2000) String overallGoal,
                             @Score BigDecimal budgetExecutionWeight,
                             @MaxItems(Limits.INDICATORS) List<@NotNull @Valid IndicatorLine> indicators) {
    }

    public record Transition(long version, @Text(max = 2000) String reason) {
    }

    /** This year's sheet of a project: {@code GET /api/target-sheets?projectId=…}. */
    @GET
    public SheetView ofProject(@QueryParam("projectId") long projectId) {
        return SheetView.of(sheets.sheetOf(projectId).orElseThrow(() -> new NotFoundException("TargetSheet", "project " + projectId)));
    }

    /** Starts (or returns) this year's sheet of a project. */
    @POST
    public SheetView start(@QueryParam("projectId") long projectId) {
        return SheetView.of(sheets.start(projectId));
    }

    /** One reason an import was refused, where it is in the workbook, in the caller's language. */
    public record ImportProblem(String sheet, int row, String column, String key, String message) {
    }

    @Context
    HttpHeaders headers;

    @Inject
    AdjustmentService adjustments;

    /** 申报表 import: the workbook as the body; 200 with counts, or 422 with every problem and nothing saved. */
    @POST
    @Path("import")
    @Consumes({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_OCTET_STREAM})
    public Response importDeclarations(byte[] workbook) {
        try {
            return Response.ok(sheets.importDeclarations(workbook)).build();
        } catch (ImportRejectedException rejected) {
            Locale locale = BusinessExceptionMapper.callersLocale(headers);
            return Response.status(422).entity(rejected.getProblems().stream()
                    .map(p -> new ImportProblem(p.sheet(), p.row(), p.column(), p.key(),
                            Texts.text(locale, p.key(), p.arguments().toArray())))
                    .toList()).build();
        }
    }

    /** An adjustment request of a released target. */
    /** A year's 申报表 within the caller's scope as one workbook: 202 with the background task that writes it. */
    @POST
    @Path("declarations")
    public Response exportDeclarations(@QueryParam("year") @NotNull Integer year) {
        return TaskResource.accepted(sheets.exportDeclarations(year));
    }

    public record AdjustmentInput(long version, @NotNull AdjustmentType type, @NotNull @Text(max = 2000) String reason,
                                  @Money BigDecimal proposedBudget) {
    }

    /** 调整: reopens a released target for the unit; it goes through review, filing and approval again. */
    @POST
    @Path("{id}/adjustment")
    public SheetView adjust(@PathParam("id") long id, @NotNull @Valid AdjustmentInput input) {
        adjustments.request(id, input.version(), input.type(), input.reason(), input.proposedBudget());
        return SheetView.of(sheets.view(id));
    }

    /** Every approved version of a sheet, oldest first; they never change. */
    @GET
    @Path("{id}/versions")
    public List<VersionView> versions(@PathParam("id") long id) {
        return adjustments.versions(id).stream().map(VersionView::of).toList();
    }

    @GET
    @Path("{id}")
    public SheetView get(@PathParam("id") long id) {
        return SheetView.of(sheets.view(id));
    }

    @PUT
    @Path("{id}")
    public SheetCheck save(@PathParam("id") long id, @NotNull @Valid SheetInput input) {
        return sheets.saveDraft(id, input.version(), input.overallGoal(), input.budgetExecutionWeight(),
                input.indicators() == null ? List.of() : input.indicators());
    }

    @POST
    @Path("{id}/submit")
    public SheetView submit(@PathParam("id") long id, @QueryParam("version") long version) {
        return SheetView.of(sheets.submitToDepartment(id, version));
    }

    @POST
    @Path("{id}/forward")
    public SheetView forward(@PathParam("id") long id, @QueryParam("version") long version) {
        return SheetView.of(sheets.forwardToFinance(id, version));
    }

    @POST
    @Path("{id}/return")
    public SheetView returnToUnit(@PathParam("id") long id, @NotNull @Valid Transition transition) {
        return SheetView.of(sheets.returnToUnit(id, transition.version(), transition.reason()));
    }
}
