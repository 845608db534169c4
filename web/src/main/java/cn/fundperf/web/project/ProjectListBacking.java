package cn.fundperf.web.project;

import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.organization.Region;
import cn.fundperf.ejb.platform.ClockProducer;
import cn.fundperf.ejb.project.Project;
import cn.fundperf.ejb.project.ProjectFilter;
import cn.fundperf.ejb.project.ProjectLibraryStatus;
import cn.fundperf.ejb.project.ProjectService;
import cn.fundperf.ejb.project.ProjectSort;
import cn.fundperf.ejb.project.TargetSheetStatus;
import cn.fundperf.ejb.reference.FundCategory;
import cn.fundperf.ejb.reference.ReferenceDataService;
import cn.fundperf.ejb.targetsheet.DeclarationReader;
import cn.fundperf.ejb.targetsheet.ImportRejectedException;
import cn.fundperf.ejb.targetsheet.TargetSheetService;
import cn.fundperf.ejb.validation.Limits;
import cn.fundperf.web.api.BodyLimitFilter;
import cn.fundperf.web.faces.PagedModel;
import cn.fundperf.web.faces.Texts;
import cn.fundperf.web.task.TasksBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.model.file.UploadedFile;

/** 项目库: the projects of the user's scope, filtered and sorted on the server. */
@Named
@ViewScoped
public class ProjectListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectService projects;

    @Inject
    ReferenceDataService reference;

    @Inject
    TargetSheetService sheets;

    private Integer year = LocalDate.now(ClockProducer.officeZone()).getYear();
    private Long categoryId;
    private Long departmentId;
    private Long regionId;
    private List<Organization> departments;
    private List<Region> regions;
    private ProjectLibraryStatus libraryStatus;
    private TargetSheetStatus targetStatus;
    private String text;
    private List<FundCategory> categories;
    @Inject
    TasksBacking tasksBacking;

    private PagedModel<Project> model;
    private UploadedFile upload;
    private List<DeclarationReader.Problem> importProblems = List.of();

    @PostConstruct
    void init() {
        Object refusedMb = FacesContext.getCurrentInstance().getExternalContext().getSessionMap().remove(BodyLimitFilter.REFUSED_UPLOAD);
        if (refusedMb != null) {
            Texts.error("import.tooLarge", refusedMb);   // the upload was refused before it was read
        }
        categories = reference.categories();
        departments = projects.departmentsInScope();
        regions = projects.regionsInScope();
        model = new PagedModel<>(() -> projects.count(filter()),
                (first, max, field, ascending) -> projects.list(filter(), ProjectSort.parse(field), ascending, first, max),
                Project::getId);
    }

    private ProjectFilter filter() {
        return new ProjectFilter(year, categoryId, departmentId, regionId, libraryStatus, targetStatus, text);
    }

    /** All 申报表 of the chosen year within the user's scope, one worksheet per project: a background task. */
    public void exportDeclarations() {
        int chosen = year == null ? LocalDate.now(ClockProducer.officeZone()).getYear() : year;
        tasksBacking.started(sheets.exportDeclarations(chosen));
    }

    /** 申报表 import: all or nothing; the problems are listed with worksheet, row and column. */
    public void importDeclarations() {
        importProblems = List.of();
        if (upload == null || upload.getSize() == 0) {
            Texts.error("import.empty");
            return;
        }
        if (upload.getSize() > Limits.UPLOAD_BYTES.max()) {
            Texts.error("import.tooLarge", Limits.UPLOAD_BYTES.megabytes());
            return;
        }
        try {
            TargetSheetService.ImportSummary summary = sheets.importDeclarations(upload.getContent());
            Texts.info("import.done", summary.sheets(), summary.indicators());
            importProblems = summary.notices();   // passed over, not refused: listed so nothing goes unsaid
            if (!importProblems.isEmpty()) {
                Texts.warn("import.notices", importProblems.size());
            }
        } catch (ImportRejectedException rejected) {
            importProblems = rejected.getProblems();
            Texts.error("import.rejected", importProblems.size());
        }
    }

    /** "2026年城关镇…  第 12 行 E 列：指标值无法识别" */
    public String describe(DeclarationReader.Problem problem) {
        return Texts.text(problem.getKey(), problem.getArguments().toArray());
    }

    public List<DeclarationReader.Problem> getImportProblems() { return importProblems; }
    /** The browser refuses a larger file before sending it (PrimeFaces sizeLimit); the server refuses it again. */
    public long getUploadLimit() { return Limits.UPLOAD_BYTES.max(); }
    public String getUploadTooLarge() { return Texts.text("import.tooLarge", Limits.UPLOAD_BYTES.megabytes()); }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }

    public List<Integer> getYears() {
        int now = LocalDate.now(ClockProducer.officeZone()).getYear();
        return IntStream.rangeClosed(now - 3, now + 1).boxed().sorted((a, b) -> b - a).toList();
    }

    public ProjectLibraryStatus[] getLibraryStatuses() { return ProjectLibraryStatus.values(); }
    public TargetSheetStatus[] getTargetStatuses() { return TargetSheetStatus.values(); }
    public List<FundCategory> getCategories() { return categories; }
    public List<Organization> getDepartments() { return departments; }
    public List<Region> getRegions() { return regions; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public Long getRegionId() { return regionId; }
    public void setRegionId(Long regionId) { this.regionId = regionId; }
    public PagedModel<Project> getModel() { return model; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public ProjectLibraryStatus getLibraryStatus() { return libraryStatus; }
    public void setLibraryStatus(ProjectLibraryStatus libraryStatus) { this.libraryStatus = libraryStatus; }
    public TargetSheetStatus getTargetStatus() { return targetStatus; }
    public void setTargetStatus(TargetSheetStatus targetStatus) { this.targetStatus = targetStatus; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
