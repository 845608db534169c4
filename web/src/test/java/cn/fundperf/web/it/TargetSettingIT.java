package cn.fundperf.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.business.NotPermittedException;
import cn.fundperf.ejb.business.OutOfScopeException;
import cn.fundperf.ejb.business.StaleVersionException;
import cn.fundperf.ejb.project.FundSource;
import cn.fundperf.ejb.project.Project;
import cn.fundperf.ejb.project.ProjectDetails;
import cn.fundperf.ejb.project.ProjectFilter;
import cn.fundperf.ejb.project.ProjectFunding;
import cn.fundperf.ejb.project.ProjectService;
import cn.fundperf.ejb.project.ProjectSort;
import cn.fundperf.ejb.project.TargetNotPassedException;
import cn.fundperf.ejb.project.TargetSheetStatus;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.targetsheet.BasisType;
import cn.fundperf.ejb.targetsheet.DeclarationWorkbook;
import cn.fundperf.ejb.targetsheet.ImportRejectedException;
import cn.fundperf.ejb.targetsheet.IncompleteTargetSheetException;
import cn.fundperf.ejb.targetsheet.IndicatorLevel1;
import cn.fundperf.ejb.targetsheet.IndicatorLevel2;
import cn.fundperf.ejb.targetsheet.IndicatorLibraryService;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.IndicatorTemplate;
import cn.fundperf.ejb.targetsheet.Operator;
import cn.fundperf.ejb.targetsheet.SheetCheck;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.targetsheet.TargetSheetService;
import cn.fundperf.ejb.targetsheet.TemplateChange;
import cn.fundperf.ejb.targetsheet.TemplateDraft;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Project entry and the target sheet's way from the unit through its department to finance, on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class TargetSettingIT {

    @Deployment
    static WebArchive application() {
        return Deployments.applicationWithProbe();
    }

    @Inject
    TestProbe probe;

    @Inject
    CurrentActor currentActor;

    @Inject
    ProjectService projects;

    @Inject
    TargetSheetService sheets;

    @Inject
    IndicatorLibraryService library;

    private SheetScenario scenario() {
        return new SheetScenario(probe, currentActor, projects, sheets);
    }

    private void actAs(String username) {
        scenario().actAs(username);
    }

    private Project newProject(String name) {
        return scenario().newProject(name);
    }

    private List<IndicatorLine> completeLines(long categoryId) {
        return scenario().completeLines(categoryId);
    }

    @Test
    void a_unit_builds_a_sheet_from_the_library_the_department_forwards_it_and_no_budget_is_possible_before_review() {
        Project project = newProject("集成测试项目");
        assertEquals(new BigDecimal("350000.46"), project.getPlannedTotal(), "money is kept in 元 with two decimals");

        Project integrated = projects.attachIntegratedFunds(project.getId(), project.getVersion(), new BigDecimal("100000"),
                "统筹整合：县交通局农村公路资金");
        assertTrue(integrated.isIntegrated());
        assertEquals(new BigDecimal("450000.46"), integrated.getPlannedTotal(), "integrated money adds to the plan, keeping its origin");

        TargetSheet sheet = sheets.start(project.getId());
        assertEquals(sheet.getId(), sheets.start(project.getId()).getId(), "starting twice gives the same sheet");

        long category = project.getCategory().getId();
        List<IndicatorLine> lines = completeLines(category);
        List<IndicatorLine> withoutTimeliness = lines.stream().filter(l -> l.level2() != cn.fundperf.ejb.targetsheet.IndicatorLevel2.TIMELINESS).toList();
        SheetCheck incomplete = sheets.saveDraft(sheet.getId(), sheet.getVersion(), "带动脱贫户增收", new BigDecimal("10"), withoutTimeliness);
        assertFalse(incomplete.isComplete());
        assertTrue(incomplete.gaps().stream().anyMatch(g -> g.key().equals("target.gap.missingLevel2")));

        TargetSheet saved = sheets.view(sheet.getId());
        IncompleteTargetSheetException refused = assertThrows(IncompleteTargetSheetException.class,
                () -> sheets.submitToDepartment(saved.getId(), saved.getVersion()));
        assertFalse(refused.getGaps().isEmpty());
        assertEquals(TargetSheetStatus.DRAFT, sheets.view(sheet.getId()).getStatus());

        TargetSheet again = sheets.view(sheet.getId());
        SheetCheck complete = sheets.saveDraft(again.getId(), again.getVersion(), "带动脱贫户增收", new BigDecimal("10"), lines);
        assertTrue(complete.isComplete(), () -> complete.gaps().toString());
        assertEquals(0, new BigDecimal("100").compareTo(complete.weightTotal()));

        TargetSheet ready = sheets.view(sheet.getId());
        assertThrows(StaleVersionException.class, () -> sheets.saveDraft(ready.getId(), ready.getVersion() - 1, "x", null, lines),
                "an edit made on an older version is refused");
        sheets.submitToDepartment(ready.getId(), ready.getVersion());
        assertEquals(1, probe.countAuditOfEntity("target.submittedToDepartment", String.valueOf(sheet.getId())));

        TargetSheet submitted = sheets.view(sheet.getId());
        assertThrows(cn.fundperf.ejb.business.IllegalTransitionException.class,
                () -> sheets.saveDraft(submitted.getId(), submitted.getVersion(), "改", null, lines), "read-only while submitted");
        assertThrows(NotPermittedException.class, () -> sheets.forwardToFinance(submitted.getId(), submitted.getVersion()),
                "the unit cannot forward its own sheet");

        actAs("unit02");
        assertThrows(OutOfScopeException.class, () -> sheets.view(sheet.getId()));
        actAs("dept02");
        assertThrows(OutOfScopeException.class, () -> projects.view(project.getId()), "education does not see agriculture's projects");

        actAs("dept01");
        TargetSheet checked = sheets.forwardToFinance(submitted.getId(), submitted.getVersion());
        assertEquals(TargetSheetStatus.SUBMITTED, checked.getStatus());
        assertEquals(TargetSheetStatus.SUBMITTED, projects.view(project.getId()).getTargetStatus());

        actAs("finance01");
        Project seen = projects.view(project.getId());
        assertThrows(TargetNotPassedException.class, () -> projects.enterLibrary(seen.getId(), seen.getVersion()));
        assertThrows(TargetNotPassedException.class, () -> sheets.arrangeBudget(seen.getId(), seen.getVersion(), new BigDecimal("300000")));
        assertEquals(null, projects.view(project.getId()).getBudgetAmount());
    }

    @Test
    void the_department_returns_a_sheet_with_a_reason_and_the_unit_submits_it_again() {
        Project project = newProject("退回测试项目");
        TargetSheet sheet = sheets.start(project.getId());
        sheets.saveDraft(sheet.getId(), sheet.getVersion(), "目标", null, completeLines(project.getCategory().getId()));
        TargetSheet saved = sheets.view(sheet.getId());
        sheets.submitToDepartment(saved.getId(), saved.getVersion());

        actAs("dept01");
        TargetSheet withDepartment = sheets.view(sheet.getId());
        assertThrows(cn.fundperf.ejb.business.InvalidInputException.class,
                () -> sheets.returnToUnit(withDepartment.getId(), withDepartment.getVersion(), " "));
        sheets.returnToUnit(withDepartment.getId(), withDepartment.getVersion(), "满意度目标偏低");

        actAs("unit01");
        TargetSheet returned = sheets.view(sheet.getId());
        assertEquals(TargetSheetStatus.RETURNED, returned.getStatus());
        assertEquals("满意度目标偏低", returned.lastReturnReason());
        sheets.saveDraft(returned.getId(), returned.getVersion(), "目标（修改后）", null, completeLines(project.getCategory().getId()));
        TargetSheet revised = sheets.view(sheet.getId());
        assertEquals(TargetSheetStatus.DEPARTMENT_CHECK, sheets.submitToDepartment(revised.getId(), revised.getVersion()).getStatus());
        assertEquals(4, sheets.view(sheet.getId()).getHistory().size(), "started, submitted, returned, submitted again: each step recorded");
    }

    @Test
    void an_exported_declaration_imports_back_and_a_file_touching_a_submitted_sheet_saves_nothing() {
        actAs("unit01");
        int year = LocalDate.now().getYear();
        Project draft = projects.list(new ProjectFilter(year, null, null, null, null, TargetSheetStatus.DRAFT, null),
                ProjectSort.CODE, true, 0, 1).get(0);
        TargetSheet before = sheets.sheetOf(draft.getId()).orElseThrow();
        byte[] own = sheets.declaration(before.getId(), false);
        TargetSheetService.ImportSummary summary = sheets.importDeclarations(own);
        assertEquals(1, summary.sheets());
        assertEquals(before.getIndicators().size(), summary.indicators());
        assertEquals(TargetSheetStatus.DRAFT, sheets.view(before.getId()).getStatus());

        byte[] all = DeclarationWorkbook.write(sheets.declarationForms(sheets.declarationSheets(year).stream().map(TargetSheetService.DeclarationEntry::sheetId).toList()));   // the unit's drafts and its submitted sheets
        long importsBefore = probe.countAuditOf("target.imported", "unit01");
        ImportRejectedException rejected = assertThrows(ImportRejectedException.class, () -> sheets.importDeclarations(all));
        assertTrue(rejected.getProblems().stream().anyMatch(p -> p.key().equals("import.sheet.readOnly")), rejected.getProblems()::toString);
        assertEquals(importsBefore, probe.countAuditOf("target.imported", "unit01"), "a rejected file leaves no trace but the refusal");

        actAs("unit02");
        ImportRejectedException foreign = assertThrows(ImportRejectedException.class, () -> sheets.importDeclarations(own));
        assertEquals("import.project.unknown", foreign.getProblems().get(0).key(), "another unit's project is not found, not overwritten");
    }

    @Test
    void a_department_proposes_a_reference_indicator_and_it_enters_the_library_only_when_finance_approves() {
        long industry = probe.categoryId("INDUSTRY");
        TemplateDraft draft = new TemplateDraft(IndicatorLevel2.QUANTITY, "带动监测户数" + UUID.randomUUID().toString().substring(0, 4),
                Operator.GE, "户", new BigDecimal("10"), new BigDecimal("200"), null, BasisType.PLAN, "县产业规划", "带动的监测户数", "花名册");
        actAs("unit01");
        assertThrows(NotPermittedException.class, () -> library.propose(TemplateChange.Kind.ADD, industry, null, draft, "理由"));

        actAs("dept01");
        TemplateChange proposal = library.propose(TemplateChange.Kind.ADD, industry, null, draft, "巩固衔接期新要求");
        assertTrue(library.library(industry).stream().noneMatch(t -> t.getName().equals(draft.getName())), "not before approval");
        assertThrows(NotPermittedException.class, () -> library.approve(proposal.getId(), proposal.getVersion(), null));

        actAs("finance01");
        library.approve(proposal.getId(), proposal.getVersion(), "同意");
        assertTrue(sheets.templates(industry).stream().anyMatch(t -> t.getName().equals(draft.getName())), "offered to new sheets");
        assertThrows(StaleVersionException.class, () -> library.reject(proposal.getId(), proposal.getVersion(), "重复"));
    }

    @Test
    void project_lists_are_scoped_filtered_and_sorted_on_the_server() {
        actAs("dept01");
        ProjectFilter thisYear = ProjectFilter.ofYear(LocalDate.now().getYear());
        long agriculture = projects.count(thisYear);
        assertTrue(agriculture >= 10, "the demo gives agriculture's units many projects");
        List<Project> byName = projects.list(thisYear, ProjectSort.parse("name"), true, 0, 500);
        assertTrue(byName.stream().allMatch(p -> p.getDepartment().getCode().equals("BM-NYJ")), "only the department's own projects");

        actAs("finance01");
        assertTrue(projects.count(thisYear) >= 40, "finance sees the whole county");
        assertEquals(1, projects.count(new ProjectFilter(null, null, null, null, null, null, "XM" + LocalDate.now().getYear() + "0040")));
        List<Project> expensiveFirst = projects.list(thisYear, ProjectSort.parse("plannedTotal; drop table project"), false, 0, 5);
        assertEquals(5, expensiveFirst.size(), "an unknown sort field falls back to the default order");

        actAs("unit02");
        assertTrue(projects.list(thisYear, ProjectSort.CODE, true, 0, 500).stream()
                .allMatch(p -> p.getUsingUnit().getCode().equals("DW-SQX")));
    }

    /** The same project, described again for another using unit; department and region are left to the domain. */
    private Project moveTo(Project project, String unitCode) {
        ProjectDetails details = new ProjectDetails(project.getFiscalYear(), project.getCode(), project.getName(),
                project.getCategory().getId(), probe.organizationId(unitCode), project.getResponsiblePerson(),
                project.getResponsiblePhone(), null, null, project.getPeriodStart(), project.getPeriodEnd(),
                project.getBeneficiaryHouseholds(), project.getBeneficiaryPeople(), project.getRegisteredPoorPeople(),
                project.getFundings());
        return projects.update(project.getId(), project.getVersion(), details);
    }

    @Test
    void a_project_is_filed_under_its_units_department_and_region_and_no_other() {
        Project project = newProject("部门不可指定项目");
        assertEquals("BM-NYJ", project.getDepartment().getCode());

        ProjectDetails elsewhere = new ProjectDetails(LocalDate.now().getYear(), null, "挂靠教育局的项目", probe.categoryId("INDUSTRY"),
                probe.organizationId("DW-CGZ"), null, null, probe.organizationId("BM-JYJ"), null, null, null, 1, 1, 0, List.of());
        cn.fundperf.ejb.business.InvalidInputException refused = assertThrows(cn.fundperf.ejb.business.InvalidInputException.class,
                () -> projects.create(elsewhere));
        assertEquals("project.department.notTheUnits", refused.getKey());
        cn.fundperf.ejb.business.InvalidInputException moved = assertThrows(cn.fundperf.ejb.business.InvalidInputException.class,
                () -> projects.update(project.getId(), project.getVersion(), new ProjectDetails(project.getFiscalYear(), project.getCode(),
                        project.getName(), project.getCategory().getId(), probe.organizationId("DW-CGZ"), null, null, null,
                        probe.regionId("511001201"), null, null, 1, 1, 0, List.of())));
        assertEquals("project.region.notTheUnits", moved.getKey());

        actAs("dept02");
        long refusalsBefore = probe.countAuditOf("security.scope.denied", "dept02");
        OutOfScopeException hidden = assertThrows(OutOfScopeException.class, () -> projects.view(project.getId()),
                "education does not see it");
        assertEquals("error.notFound", hidden.getKey(), "to the caller it is a record that does not exist");
        assertEquals(refusalsBefore + 1, probe.countAuditOf("security.scope.denied", "dept02"), "the refusal is audited once");
    }

    @Test
    void a_draft_follows_its_project_to_another_unit_and_a_sheet_sent_to_the_department_stays_where_it_was_sent() {
        Project withDraft = newProject("迁移草稿项目");
        TargetSheet draft = sheets.start(withDraft.getId());
        Project withSent = newProject("迁移已报项目");
        TargetSheet sent = sheets.start(withSent.getId());
        sheets.saveDraft(sent.getId(), sent.getVersion(), "目标", null, completeLines(withSent.getCategory().getId()));
        TargetSheet saved = sheets.view(sent.getId());
        sheets.submitToDepartment(saved.getId(), saved.getVersion());

        actAs("dept01");   // the agriculture bureau gives both projects to 石桥乡 (unit02), through the edit use case
        Project moved = moveTo(projects.view(withDraft.getId()), "DW-SQX");
        moveTo(projects.view(withSent.getId()), "DW-SQX");
        assertEquals("DW-SQX", moved.getUsingUnit().getCode());
        assertEquals(probe.organizationId("DW-SQX"), moved.getUsingUnit().getId());
        assertEquals("511001201", moved.getRegion().getCode(), "the region is the new unit's");

        actAs("unit02");
        assertEquals(TargetSheetStatus.DRAFT, sheets.view(draft.getId()).getStatus(), "the new unit sees the draft");
        assertThrows(OutOfScopeException.class, () -> sheets.view(sent.getId()), "a sheet that left the unit is frozen where it was sent");
        actAs("unit01");
        assertThrows(OutOfScopeException.class, () -> sheets.view(draft.getId()), "the old unit no longer sees the draft");
        assertEquals(TargetSheetStatus.DEPARTMENT_CHECK, sheets.view(sent.getId()).getStatus());

        actAs("dept01");
        TargetSheet checking = sheets.view(sent.getId());
        sheets.returnToUnit(checking.getId(), checking.getVersion(), "请新单位重新填报");
        actAs("unit02");
        assertEquals(TargetSheetStatus.RETURNED, sheets.view(sent.getId()).getStatus(), "returned, it goes to the project's unit of today");
        actAs("unit01");
        assertThrows(OutOfScopeException.class, () -> sheets.view(sent.getId()));
    }
}
