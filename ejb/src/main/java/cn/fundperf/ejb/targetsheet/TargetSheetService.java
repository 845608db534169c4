package cn.fundperf.ejb.targetsheet;

import static cn.fundperf.ejb.permission.Permission.BUDGET_ARRANGE;
import static cn.fundperf.ejb.permission.Permission.PROJECT_READ;
import static cn.fundperf.ejb.permission.Permission.TARGET_DEPARTMENT_CHECK;
import static cn.fundperf.ejb.permission.Permission.TARGET_EDIT;

import cn.fundperf.ejb.audit.UseCaseAudit;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.business.StaleVersionException;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.InScope;
import cn.fundperf.ejb.permission.Unscoped;
import cn.fundperf.ejb.platform.ShortLivedCache;
import cn.fundperf.ejb.project.Project;
import cn.fundperf.ejb.project.ProjectMoved;
import cn.fundperf.ejb.project.TargetSheetStatus;
import cn.fundperf.ejb.reference.FundCategory;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.security.PeopleNames;
import cn.fundperf.ejb.task.BackgroundTask;
import cn.fundperf.ejb.task.TaskKind;
import cn.fundperf.ejb.task.TaskService;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 绩效目标表: the unit drafts and submits, its department checks and forwards (or returns).
 * Every step is one transaction with its audit record; the project's list status follows.
 */
@Stateless
public class TargetSheetService {

    @PersistenceContext
    EntityManager em;

    @Inject
    IndicatorLibraryService library;

    @Inject
    PeopleNames peopleNames;

    @Inject
    UseCaseAudit audit;

    @Inject
    CurrentActor currentActor;

    @Inject
    TaskService tasks;

    @Inject
    Clock clock;

    @Inject
    ShortLivedCache cache;

    @Inject
    IndicatorSettings indicatorSettings;

    @Guarded(PROJECT_READ)
    public Optional<TargetSheet> sheetOf(@InScope(Project.class) long projectId) {
        Project project = em.find(Project.class, projectId);
        return em.createNamedQuery("TargetSheet.ofProject", TargetSheet.class)
                .setParameter("project", project).setParameter("year", project.getFiscalYear())
                .getResultList().stream().findFirst();
    }

    /** The unit starts this year's sheet of a project; a second call returns the same sheet. */
    @Guarded(value = TARGET_EDIT, audit = "target.started")
    public TargetSheet start(@InScope(Project.class) long projectId) {
        Optional<TargetSheet> existing = sheetOf(projectId);
        if (existing.isPresent()) {
            audit.nothingChanged();
            return existing.get();
        }
        TargetSheet sheet = startSheet(em.find(Project.class, projectId));
        audit.subject("TargetSheet", sheet.getId());
        audit.change(null, sheet.getProject().getCode());
        return sheet;
    }

    private TargetSheet startSheet(Project project) {
        TargetSheet sheet = new TargetSheet(project, project.getFiscalYear(), actor(), now());
        em.persist(sheet);
        return sheet;
    }

    @Guarded(PROJECT_READ)
    public TargetSheet view(@InScope(TargetSheet.class) long sheetId) {
        return em.find(TargetSheet.class, sheetId);
    }

    /** The names of the people in the sheet's history, by user name. */
    @Guarded(PROJECT_READ)
    public Map<String, String> historyNames(@InScope(TargetSheet.class) long sheetId) {
        return peopleNames.of(em.find(TargetSheet.class, sheetId).getHistory().stream().map(TargetSheetEvent::getActor).toList());
    }

    /** Saves the whole draft and says what is still missing. */
    @Guarded(value = TARGET_EDIT, audit = "target.saved")
    public SheetCheck saveDraft(@InScope(TargetSheet.class) long sheetId, long version, String overallGoal, BigDecimal budgetExecutionWeight,
                                List<IndicatorLine> lines) {
        TargetSheet sheet = em.find(TargetSheet.class, sheetId);
        StaleVersionException.requireSame("TargetSheet", sheetId, sheet.getVersion(), version);
        requireKnownTemplates(lines);
        int before = sheet.getIndicators().size();
        sheet.revise(overallGoal, budgetExecutionWeight, lines, now());
        SupersededIndicators.purge(em, sheet);
        audit.change(before + " indicators", lines.size() + " indicators");
        return check(sheet.getProject().getCategory().getId(), overallGoal, budgetExecutionWeight, lines);
    }

    /** A line may name the library template it came from; a name of no template is refused, not stored dangling. */
    private void requireKnownTemplates(List<IndicatorLine> lines) {
        Set<Long> named = lines.stream().map(IndicatorLine::templateId).filter(Objects::nonNull).collect(Collectors.toSet());
        if (named.isEmpty()) {
            return;
        }
        Set<Long> known = Set.copyOf(em.createQuery("select t.id from IndicatorTemplate t where t.id in :ids", Long.class)
                .setParameter("ids", named).getResultList());
        for (int i = 0; i < lines.size(); i++) {
            Long template = lines.get(i).templateId();
            if (template != null && !known.contains(template)) {
                throw new InvalidInputException("target.templateUnknown", i + 1);
            }
        }
    }

    /** The same checks as submit, on lines that need not be saved yet (the editor's live check). */
    @Guarded(PROJECT_READ)
    public SheetCheck check(@Unscoped("reference data") long categoryId, String overallGoal, BigDecimal budgetExecutionWeight, List<IndicatorLine> lines) {
        SheetRules rules = rulesFor(em.find(FundCategory.class, categoryId));
        return new SheetCheck(TargetSheetCompleteness.check(overallGoal, budgetExecutionWeight, lines, rules),
                IndicatorQuality.warnings(lines, templates(categoryId)), TargetSheetCompleteness.weightTotal(budgetExecutionWeight, lines));
    }

    @Guarded(PROJECT_READ)
    public List<IndicatorTemplate> templates(@Unscoped("reference data") long categoryId) {
        return em.createQuery("select t from IndicatorTemplate t where t.category.id = :category and t.active = true "
                        + "order by t.sortOrder", IndicatorTemplate.class)
                .setParameter("category", categoryId).getResultList();
    }

    /** Lines of the latest earlier sheet of the same project (same name and unit), to start from. */
    @Guarded(TARGET_EDIT)
    public List<IndicatorLine> lastYearsLines(@InScope(TargetSheet.class) long sheetId) {
        TargetSheet sheet = em.find(TargetSheet.class, sheetId);
        Project project = sheet.getProject();
        return em.createQuery("select s from TargetSheet s where s.project.lineage = :lineage "
                        + "and s.fiscalYear < :year order by s.fiscalYear desc", TargetSheet.class)
                .setParameter("lineage", project.getLineage())
                .setParameter("year", sheet.getFiscalYear()).setMaxResults(1)
                .getResultList().stream().findFirst().map(TargetSheet::lines)
                .orElseThrow(() -> new InvalidInputException("target.copy.noEarlierSheet"));
    }

    /** 申报表 of one sheet as xlsx or PDF; exports are audited like any other disclosure of data. */
    @Guarded(value = PROJECT_READ, audit = "target.exported")
    public byte[] declaration(@InScope(TargetSheet.class) long sheetId, boolean pdf) {
        TargetSheet sheet = em.find(TargetSheet.class, sheetId);
        List<DeclarationForm> forms = List.of(DeclarationForm.of(sheet, indicatorSettings.costStandsAlone(), indicatorSettings.declarationTitle(),
                coreTemplates(sheet.getProject().getCategory().getId())));
        audit.change(null, pdf ? "pdf" : "xlsx");
        return pdf ? DeclarationPdf.write(forms) : DeclarationWorkbook.write(forms);
    }

    /**
     * A year's 申报表 within the caller's scope, one worksheet per project: thousands of sheets at
     * a province, so it runs as a background task ({@link DeclarationExportWork}) with progress.
     */
    @Guarded(PROJECT_READ)
    public BackgroundTask exportDeclarations(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("project.year.invalid");
        }
        return tasks.submit(TaskKind.DECLARATION_EXPORT, String.valueOf(year));
    }

    /** A sheet to export and the department whose workbook it goes into. */
    public record DeclarationEntry(long sheetId, String departmentCode, String departmentName) {
    }

    /**
     * The sheets of a year the caller may read, by department and project code; the export is
     * audited here, where it is decided.
     */
    @Guarded(value = PROJECT_READ, audit = "target.exportedList")
    public List<DeclarationEntry> declarationSheets(int year) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(DeclarationEntry.class);
        var sheet = query.from(TargetSheet.class);
        var project = sheet.join("project");
        var department = project.join("department");
        query.select(cb.construct(DeclarationEntry.class, sheet.get("id"), department.get("code"), department.get("name")))
                .where(cb.equal(sheet.get("fiscalYear"), year), currentActor.get().scope().restrict(cb, sheet.get("scope")))
                .orderBy(cb.asc(department.get("code")), cb.asc(project.get("code")), cb.asc(sheet.get("id")));
        List<DeclarationEntry> entries = em.createQuery(query).getResultList();
        audit.subject("TargetSheet", null);
        audit.change(null, year + ": " + entries.size() + " sheets");
        return entries;
    }

    /** The 申报表 of some sheets, each loaded within the caller's scope. */
    @Guarded(PROJECT_READ)
    public List<DeclarationForm> declarationForms(List<Long> sheetIds) {
        boolean costStandsAlone = indicatorSettings.costStandsAlone();
        String title = indicatorSettings.declarationTitle();
        Map<Long, Set<Long>> coreByCategory = new java.util.HashMap<>();
        return sheetIds.stream().map(id -> {
            TargetSheet sheet = load(id);
            Set<Long> core = coreByCategory.computeIfAbsent(sheet.getProject().getCategory().getId(), this::coreTemplates);
            return DeclarationForm.of(sheet, costStandsAlone, title, core);
        }).toList();
    }

    /** What an import did, and what it passed over without stopping (header cells and columns the system does not keep). */
    public record ImportSummary(int sheets, int indicators, List<DeclarationReader.Problem> notices) implements java.io.Serializable {
    }

    /**
     * Imports 申报表 workbooks into the drafts of the caller's projects: all sheets or none. A sheet
     * names its project by 项目编码 or, as published tables do, by 项目名称 (one project of that name
     * in the caller's scope, of the table's year where it says one). Any problem of the file, an
     * unknown or foreign project or a sheet that left the unit rejects the whole file with every
     * problem listed.
     */
    @Guarded(value = TARGET_EDIT, audit = "target.imported")
    public ImportSummary importDeclarations(byte[] file) {
        DeclarationReader.Result read = DeclarationReader.read(file);
        List<DeclarationReader.Problem> problems = new java.util.ArrayList<>(read.problems());
        Map<DeclarationReader.Parsed, Project> projects = new java.util.LinkedHashMap<>();
        for (DeclarationReader.Parsed parsed : read.sheets()) {
            if (parsed.projectCode() == null && parsed.projectName() == null) {
                continue;   // already reported by the reader
            }
            Optional<Project> project = projectNamedBy(parsed);
            String named = parsed.projectCode() != null ? parsed.projectCode() : parsed.projectName();
            if (project.isEmpty()) {
                problems.add(new DeclarationReader.Problem(parsed.sheetName(), parsed.codeRow(), "B",
                        parsed.projectCode() != null ? "import.project.unknown" : "import.project.unknownName", List.of(named)));
                continue;
            }
            Optional<TargetSheet> existing = sheetOf(project.get().getId());
            if (existing.isPresent() && !existing.get().getStatus().isEditable()) {
                problems.add(new DeclarationReader.Problem(parsed.sheetName(), parsed.codeRow(), "B", "import.sheet.readOnly",
                        List.of(named, existing.get().getStatus())));
                continue;
            }
            projects.put(parsed, project.get());
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        int indicators = 0;
        for (Map.Entry<DeclarationReader.Parsed, Project> entry : projects.entrySet()) {
            requireKnownTemplates(entry.getKey().lines());   // the hidden data sheet can be edited too
            TargetSheet sheet = sheetOf(entry.getValue().getId()).orElseGet(() -> startSheet(entry.getValue()));
            sheet.revise(entry.getKey().overallGoal(), sheet.getBudgetExecutionWeight(), entry.getKey().lines(), now());
            SupersededIndicators.purge(em, sheet);
            indicators += entry.getKey().lines().size();
        }
        audit.subject("TargetSheet", null);
        audit.change(null, projects.size() + " sheets, " + indicators + " indicators");
        return new ImportSummary(projects.size(), indicators, read.notices());
    }

    private Optional<Project> projectNamedBy(DeclarationReader.Parsed parsed) {
        if (parsed.projectCode() != null) {
            return em.createNamedQuery("Project.byCode", Project.class).setParameter("code", parsed.projectCode())
                    .getResultList().stream().findFirst().filter(currentActor.get().scope()::permits);
        }
        List<Project> named = em.createQuery("select p from Project p where p.name = :name", Project.class)
                .setParameter("name", parsed.projectName().strip()).setMaxResults(50).getResultList().stream()
                .filter(currentActor.get().scope()::permits)
                .filter(p -> parsed.year() == null || p.getFiscalYear() == parsed.year()).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    @Guarded(value = TARGET_EDIT, audit = "target.submittedToDepartment")
    public TargetSheet submitToDepartment(@InScope(TargetSheet.class) long sheetId, long version) {
        TargetSheet sheet = em.find(TargetSheet.class, sheetId);
        StaleVersionException.requireSame("TargetSheet", sheetId, sheet.getVersion(), version);
        TargetSheetStatus before = sheet.getStatus();
        sheet.submitToDepartment(rulesFor(sheet.getProject().getCategory()), actor(), now());
        return moved(sheet, before);
    }

    @Guarded(value = TARGET_DEPARTMENT_CHECK, audit = "target.forwardedToFinance")
    public TargetSheet forwardToFinance(@InScope(TargetSheet.class) long sheetId, long version) {
        TargetSheet sheet = em.find(TargetSheet.class, sheetId);
        StaleVersionException.requireSame("TargetSheet", sheetId, sheet.getVersion(), version);
        TargetSheetStatus before = sheet.getStatus();
        sheet.forwardToFinance(rulesFor(sheet.getProject().getCategory()), actor(), now());
        return moved(sheet, before);
    }

    @Guarded(value = TARGET_DEPARTMENT_CHECK, audit = "target.returnedToUnit")
    public TargetSheet returnToUnit(@InScope(TargetSheet.class) long sheetId, long version, String reason) {
        TargetSheet sheet = em.find(TargetSheet.class, sheetId);
        StaleVersionException.requireSame("TargetSheet", sheetId, sheet.getVersion(), version);
        TargetSheetStatus before = sheet.getStatus();
        sheet.returnToUnit(reason, actor(), now());
        return moved(sheet, before);
    }

    private TargetSheet moved(TargetSheet sheet, TargetSheetStatus before) {
        cache.forget(SheetConditions.COUNTS);
        audit.change(before.name(), sheet.getStatus().name());
        return sheet;
    }

    /** The province's settings for the category and the core indicators (★) finance set for it. */
    private SheetRules rulesFor(FundCategory category) {
        return indicatorSettings.rulesFor(category).withCore(category == null ? List.of() : library.coreIndicators(category.getId()));
    }

    private Set<Long> coreTemplates(long categoryId) {
        return library.coreIndicators(categoryId).stream().map(SheetRules.CoreIndicator::templateId).collect(Collectors.toSet());
    }

    private TargetSheet load(long sheetId) {
        return currentActor.get().scope().find(em, TargetSheet.class, sheetId);
    }

    /**
     * 预算安排: finance arranges the budget of a project whose target passed review. A passed sheet
     * decides where the budget goes: the project, or its open adjustment.
     */
    @Guarded(value = BUDGET_ARRANGE, audit = "project.budgetArranged")
    public Project arrangeBudget(@InScope(Project.class) long projectId, long version, BigDecimal amount) {
        Project project = em.find(Project.class, projectId);
        StaleVersionException.requireSame("Project", projectId, project.getVersion(), version);
        List<TargetSheet> passed = em.createQuery("select s from TargetSheet s where s.project = :project and s.status = :passed", TargetSheet.class)
                .setParameter("project", project).setParameter("passed", TargetSheetStatus.PASSED).getResultList();
        if (passed.isEmpty()) {
            BigDecimal before = project.getBudgetAmount();
            project.arrangeBudget(amount, project.getTargetStatus());
            audit.change(String.valueOf(before), String.valueOf(project.getBudgetAmount()));
            return project;
        }
        TargetSheet sheet = passed.get(0);
        BigDecimal before = sheet.getBudgetInPlay();
        sheet.arrangeBudget(amount);
        audit.change(String.valueOf(before), String.valueOf(sheet.getBudgetInPlay()));
        return project;
    }

    /** A project's unit, department or region changed: its sheets still with the unit go along, in the same transaction. */
    public void followProject(@Observes ProjectMoved moved) {
        em.createQuery("select s from TargetSheet s where s.project = :project", TargetSheet.class)
                .setParameter("project", moved.project()).getResultList().forEach(TargetSheet::followProject);
    }

    private String actor() {
        return currentActor.get().username();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
