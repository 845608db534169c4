package cn.fundperf.web.approval;

import cn.fundperf.ejb.approval.ApprovalService;
import cn.fundperf.ejb.approval.FilingEntry;
import cn.fundperf.ejb.approval.FilingOutcome;
import cn.fundperf.ejb.platform.ClockProducer;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.validation.Limits;
import cn.fundperf.ejb.validation.MaxItems;
import cn.fundperf.ejb.validation.Text;
import cn.fundperf.ejb.validation.Year;
import cn.fundperf.web.project.ProjectResource;
import cn.fundperf.web.targetsheet.TargetSheetResource;
import cn.fundperf.web.task.TaskResource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** 备案 and 批复 over JSON, with the screens' permissions and scope. */
@Path("approval")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApprovalResource {

    @Inject
    ApprovalService approvals;

    /** One filing; {@code version} is the approved version it became, 0 while it waits for 批复. */
    public record FilingView(long sheetId, String projectCode, String projectName, String department, BigDecimal budgetAmount,
                             String filingNumber, LocalDateTime filedAt, int version, String approvalDocument) {
        static FilingView of(FilingEntry f) {
            return new FilingView(f.sheetId(), f.projectCode(), f.projectName(), f.departmentName(), f.budgetAmount(),
                    f.filingNumber(), f.filedAt(), f.version(), f.approvalDocument());
        }

        /** A sheet just filed: it waits for 批复. */
        static FilingView of(TargetSheet s) {
            return new FilingView(s.getId(), s.getProject().getCode(), s.getProject().getName(), s.getProject().getDepartment().getName(),
                    s.getBudgetInPlay(), s.getFilingNumber(), s.getFiledAt(), 0, null);
        }
    }

    public record FilingInput(@MaxItems(Limits.IDS) List<@NotNull Long> sheetIds) {
    }

    public record ApprovalInput(@Year int fiscalYear, long departmentId,
                                @NotNull @Text(max = 120) String document, LocalDate approvedOn) {
    }

    public record FilingPage(long total, List<FilingView> items) {
    }

    /** Filed (and approved) sheets of a year, newest first, a page at a time: what the poverty office receives. */
    @GET
    @Path("filings")
    public FilingPage filings(@QueryParam("year") Integer year, @QueryParam("first") @DefaultValue("0") int first,
                              @QueryParam("max") @DefaultValue("100") int max) {
        int chosen = year == null ? LocalDate.now(ClockProducer.officeZone()).getYear() : year;
        return new FilingPage(approvals.filingsCount(chosen), approvals.filings(chosen, Math.max(0, first),
                Math.min(ProjectResource.MAX_PAGE, Math.max(1, max))).stream().map(FilingView::of).toList());
    }

    /**
     * Files passed sheets that have a budget: 200 with the filings (all or nothing), or, for more
     * sheets than one request files, 202 with the background task that files them one by one.
     */
    @POST
    @Path("filings")
    public Response file(@NotNull @Valid FilingInput input) {
        FilingOutcome outcome = approvals.file(input.sheetIds() == null ? List.of() : input.sheetIds());
        if (outcome.isQueued()) {
            return TaskResource.accepted(outcome.task());
        }
        return Response.ok(outcome.filed().stream().map(FilingView::of).toList()).build();
    }

    /** 批复 of a department's filed targets with the budget: the frozen versions. */
    @POST
    @Path("approvals")
    public List<TargetSheetResource.VersionView> approve(@NotNull @Valid ApprovalInput input) {
        return approvals.approveDepartment(input.fiscalYear(), input.departmentId(), input.document(), input.approvedOn())
                .stream().map(TargetSheetResource.VersionView::of).toList();
    }
}
