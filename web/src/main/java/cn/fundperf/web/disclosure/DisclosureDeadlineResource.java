package cn.fundperf.web.disclosure;

import cn.fundperf.ejb.disclosure.DisclosureDeadline;
import cn.fundperf.ejb.disclosure.DisclosureDeadlineService;
import cn.fundperf.ejb.disclosure.DueDisclosure;
import cn.fundperf.ejb.validation.Limits;
import cn.fundperf.ejb.validation.MaxItems;
import cn.fundperf.ejb.validation.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
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
import java.time.LocalDate;
import java.util.List;

/** 公开时限 over JSON: finance's overdue and due-soon list (paged), and recording publications. */
@Path("disclosure")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisclosureDeadlineResource {

    @Inject
    DisclosureDeadlineService deadlines;

    @JsonbPropertyOrder({"versionId", "sheetId", "year", "projectCode", "projectName", "unit", "department", "region", "versionNumber",
            "approvalDocument", "approvedOn", "dueOn", "standing", "daysOverdue", "workingDaysLeft"})
    public record DueView(long versionId, long sheetId, int year, String projectCode, String projectName, String unit, String department,
                          String region, int versionNumber, String approvalDocument, LocalDate approvedOn, LocalDate dueOn,
                          DisclosureDeadline.Standing standing, long daysOverdue, int workingDaysLeft) {
        static DueView of(DueDisclosure d) {
            return new DueView(d.versionId(), d.sheetId(), d.year(), d.projectCode(), d.projectName(), d.unit(), d.department(), d.region(),
                    d.versionNumber(), d.approvalDocument(), d.approvedOn(), d.dueOn(), d.standing(), d.daysOverdue(), d.workingDaysLeft());
        }
    }

    /** The page asked for, the totals, and the rule in force (working days). */
    @JsonbPropertyOrder({"workingDays", "total", "overdue", "rows"})
    public record DuePage(int workingDays, long total, long overdue, List<DueView> rows) {
    }

    /** Approved versions published on a day, and where (an address or the name of the publication). */
    public record PublicationInput(@MaxItems(Limits.IDS) List<@NotNull Long> versionIds, LocalDate publishedOn, @Text(max = 300) String channel) {
    }

    public record Recorded(int recorded) {
    }

    @GET
    @Path("deadlines")
    public DuePage deadlines(@QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("100") int max) {
        return new DuePage(deadlines.deadline().workingDays(), deadlines.countDue(), deadlines.countOverdue(),
                deadlines.due(first, max).stream().map(DueView::of).toList());
    }

    /** Records publications; answers how many were recorded. */
    @POST
    @Path("publications")
    public Recorded publish(@NotNull @Valid PublicationInput input) {
        return new Recorded(deadlines.recordPublication(input.versionIds(), input.publishedOn(), input.channel()).size());
    }
}
