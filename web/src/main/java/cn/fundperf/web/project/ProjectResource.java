package cn.fundperf.web.project;

import cn.fundperf.ejb.project.FundSource;
import cn.fundperf.ejb.project.Project;
import cn.fundperf.ejb.project.ProjectDetails;
import cn.fundperf.ejb.project.ProjectFilter;
import cn.fundperf.ejb.project.ProjectFunding;
import cn.fundperf.ejb.project.ProjectLibraryStatus;
import cn.fundperf.ejb.project.ProjectService;
import cn.fundperf.ejb.project.ProjectSort;
import cn.fundperf.ejb.project.TargetSheetStatus;
import cn.fundperf.ejb.validation.Count;
import cn.fundperf.ejb.validation.Limits;
import cn.fundperf.ejb.validation.MaxItems;
import cn.fundperf.ejb.validation.Money;
import cn.fundperf.ejb.validation.Text;
import cn.fundperf.ejb.validation.Year;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** 项目库 over JSON: the same service, permissions and data scope as the screens. Money in 元. */
@Path("projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    public static final int MAX_PAGE = 500;

    @Inject
    ProjectService projects;

    /** One fund line; name, task and document number as the 申报表 prints them (中央财政衔接推进乡村振兴补助资金, 少数民族发展任务, 指标文号). */
    public record Funding(@NotNull FundSource source,
                          @NotNull @Money BigDecimal amount,
                          @Text(max = 300) String origin,
                          @Text(max = 100) String fundName,
                          @Text(max = 100) String task,
                          @Text(max = 100) String documentNumber) {
    }

    public record ProjectView(long id, long version, int fiscalYear, String code, String name, String category,
                              String usingUnit, String department, String region, LocalDate periodStart, LocalDate periodEnd,
                              int beneficiaryHouseholds, int beneficiaryPeople, int registeredPoorPeople,
                              List<Funding> fundings, BigDecimal plannedTotal, ProjectLibraryStatus libraryStatus,
                              BigDecimal budgetAmount, TargetSheetStatus targetStatus) {

        static ProjectView of(Project p) {
            return new ProjectView(p.getId(), p.getVersion(), p.getFiscalYear(), p.getCode(), p.getName(),
                    p.getCategory().getCode(), p.getUsingUnit().getCode(), p.getDepartment().getCode(), p.getRegion().getCode(),
                    p.getPeriodStart(), p.getPeriodEnd(), p.getBeneficiaryHouseholds(), p.getBeneficiaryPeople(),
                    p.getRegisteredPoorPeople(),
                    p.getFundings().stream().map(f -> new Funding(f.getSource(), f.getAmount(), f.getOrigin(), f.getFundName(), f.getTask(),
                            f.getDocumentNumber())).toList(),
                    p.getPlannedTotal(), p.getLibraryStatus(), p.getBudgetAmount(), p.getTargetStatus());
        }
    }

    /**
     * departmentId and regionId are optional: a project takes its unit's, and others are refused (422).
     * Bounded as the columns are (Bean Validation; a refused value answers 422 naming the field).
     */
    public record ProjectInput(Long version, @Year int fiscalYear,
                               @Text(max = 40) String code,
                               @Text(max = 200) String name,
                               long categoryId, long usingUnitId,
                               @Text(max = 60) String responsiblePerson,
                               @Text(max = 40) String responsiblePhone,
                               Long departmentId, Long regionId,
                               LocalDate periodStart, LocalDate periodEnd,
                               @Count int beneficiaryHouseholds, @Count int beneficiaryPeople,
                               @Count int registeredPoorPeople,
                               @MaxItems(Limits.FUNDINGS) List<@NotNull @Valid Funding> fundings) {

        ProjectDetails details() {
            List<ProjectFunding> amounts = fundings == null ? List.of()
                    : fundings.stream().map(f -> new ProjectFunding(f.source(), f.amount(), f.origin(), f.fundName(), f.task(), f.documentNumber())).toList();
            return new ProjectDetails(fiscalYear, code, name, categoryId, usingUnitId, responsiblePerson, responsiblePhone,
                    departmentId, regionId, periodStart, periodEnd, beneficiaryHouseholds, beneficiaryPeople,
                    registeredPoorPeople, amounts);
        }
    }

    public record Page(long total, List<ProjectView> items) {
    }

    @GET
    public Page list(@QueryParam("year") Integer year, @QueryParam("categoryId") Long categoryId,
                     @QueryParam("targetStatus") TargetSheetStatus targetStatus, @QueryParam("text") String text,
                     @QueryParam("sort") String sort, @QueryParam("ascending") @DefaultValue("true") boolean ascending,
                     @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        ProjectFilter filter = new ProjectFilter(year, categoryId, null, null, null, targetStatus, text);
        List<ProjectView> items = projects.list(filter, ProjectSort.parse(sort), ascending, Math.max(0, first),
                Math.min(MAX_PAGE, Math.max(1, max))).stream().map(ProjectView::of).toList();
        return new Page(projects.count(filter), items);
    }

    @GET
    @Path("{id}")
    public ProjectView get(@PathParam("id") long id) {
        return ProjectView.of(projects.view(id));
    }

    @POST
    public Response create(@NotNull @Valid ProjectInput input) {
        Project created = projects.create(input.details());
        return Response.created(URI.create("projects/" + created.getId())).entity(ProjectView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    public ProjectView update(@PathParam("id") long id, @NotNull @Valid ProjectInput input) {
        return ProjectView.of(projects.update(id, input.version() == null ? -1 : input.version(), input.details()));
    }
}
