package cn.fundperf.web.targetsheet;

import cn.fundperf.ejb.approval.AdjustmentService;
import cn.fundperf.ejb.permission.Permission;
import cn.fundperf.ejb.project.BudgetNeedsAdjustmentException;
import cn.fundperf.ejb.project.Project;
import cn.fundperf.ejb.project.ProjectService;
import cn.fundperf.ejb.project.TargetSheetStatus;
import cn.fundperf.ejb.review.ReviewItem;
import cn.fundperf.ejb.review.ReviewService;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.targetsheet.AdjustmentType;
import cn.fundperf.ejb.targetsheet.BasisType;
import cn.fundperf.ejb.targetsheet.Gap;
import cn.fundperf.ejb.targetsheet.IndicatorLevel1;
import cn.fundperf.ejb.targetsheet.IndicatorLevel2;
import cn.fundperf.ejb.targetsheet.IndicatorLibraryService;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.IndicatorSettings;
import cn.fundperf.ejb.targetsheet.IndicatorTemplate;
import cn.fundperf.ejb.targetsheet.IndicatorValue;
import cn.fundperf.ejb.targetsheet.SheetCheck;
import cn.fundperf.ejb.targetsheet.SheetRules;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.targetsheet.TargetSheetService;
import cn.fundperf.web.faces.EnumLabels;
import cn.fundperf.web.faces.Texts;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 绩效目标表 editor: build the indicator table from the reference library, edit inline, reorder,
 * copy last year's sheet, see the weight total and what is missing, save and submit. The
 * department checks, forwards or returns. Read-only once the sheet has left the unit.
 */
@Named
@ViewScoped
public class TargetSheetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TargetSheetService sheets;

    @Inject
    ProjectService projects;

    @Inject
    CurrentActor currentActor;

    @Inject
    IndicatorSettings indicatorSettings;

    @Inject
    EnumLabels labels;

    @Inject
    ReviewService reviews;

    @Inject
    AdjustmentService adjustments;

    @Inject
    IndicatorLibraryService library;

    private Set<Long> coreTemplates = Set.of();

    private transient List<SelectItem> levelGroups;
    private ReviewItem latestReview;
    private AdjustmentType adjustmentType;
    private String adjustmentReason;
    private BigDecimal proposedBudget;
    private boolean offerAdjustment;
    private Long projectId;
    private Project project;
    private TargetSheet sheet;
    private String overallGoal;
    private BigDecimal budgetExecutionWeight = TargetSheet.DEFAULT_BUDGET_EXECUTION_WEIGHT;
    private List<LineRow> rows = new ArrayList<>();
    private List<IndicatorTemplate> templates = List.of();
    private Long templateId;
    private SheetCheck check;
    private String returnReason;
    private BigDecimal budgetAmount;
    private Map<String, String> people = Map.of();

    public void load() {
        if (projectId == null) {
            throw new cn.fundperf.ejb.business.NotFoundException("Project", "-");
        }
        project = projects.view(projectId);
        coreTemplates = library.coreIndicators(project.getCategory().getId()).stream().map(SheetRules.CoreIndicator::templateId)
                .collect(java.util.stream.Collectors.toSet());
        templates = sheets.templates(project.getCategory().getId());
        sheet = sheets.sheetOf(projectId).orElse(null);
        if (sheet != null) {
            overallGoal = sheet.getOverallGoal();
            budgetExecutionWeight = sheet.getBudgetExecutionWeight();
            rows = new ArrayList<>(sheet.lines().stream().map(LineRow::new).toList());
            recheck();
            latestReview = reviews.latestReview(sheet.getId()).orElse(null);
            people = sheets.historyNames(sheet.getId());
        }
    }

    public void start() {
        sheet = sheets.start(projectId);
        load();
    }

    public void addFromLibrary() {
        templates.stream().filter(t -> t.getId().equals(templateId)).findFirst()
                .ifPresent(t -> rows.add(new LineRow(t.toLine(null))));
        templateId = null;
        recheck();
    }

    public void addAllFromLibrary() {
        templates.forEach(t -> rows.add(new LineRow(t.toLine(null))));
        recheck();
    }

    public void addEmpty() {
        rows.add(new LineRow());
    }

    public void remove(LineRow row) {
        rows.remove(row);
        recheck();
    }

    public void moveUp(LineRow row) {
        int i = rows.indexOf(row);
        if (i > 0) {
            Collections.swap(rows, i, i - 1);
        }
    }

    public void moveDown(LineRow row) {
        int i = rows.indexOf(row);
        if (i >= 0 && i < rows.size() - 1) {
            Collections.swap(rows, i, i + 1);
        }
    }

    public void copyLastYear() {
        rows = new ArrayList<>(sheets.lastYearsLines(sheet.getId()).stream().map(LineRow::new).toList());
        Texts.info("target.copied", rows.size());
        recheck();
    }

    /** Live check while typing: weight total, gaps and warnings, without saving. */
    public void recheck() {
        check = sheets.check(project.getCategory().getId(), overallGoal, budgetExecutionWeight,
                rows.stream().map(LineRow::toLine).toList());
    }

    public void save() {
        check = sheets.saveDraft(sheet.getId(), sheet.getVersion(), overallGoal, budgetExecutionWeight,
                rows.stream().map(LineRow::toLine).toList());
        sheet = sheets.view(sheet.getId());
        Texts.info(check.isComplete() ? "target.savedComplete" : "target.savedIncomplete", check.getGaps().size());
    }

    public void submit() {
        save();
        if (!check.isComplete()) {
            Texts.error("target.incomplete", check.getGaps().size());
            return;
        }
        sheet = sheets.submitToDepartment(sheet.getId(), sheet.getVersion());
        Texts.info("target.submittedToDepartment");
        load();
    }

    public void forward() {
        sheet = sheets.forwardToFinance(sheet.getId(), sheet.getVersion());
        Texts.info("target.forwardedToFinance");
        load();
    }

    public void returnToUnit() {
        sheet = sheets.returnToUnit(sheet.getId(), sheet.getVersion(), returnReason);
        Texts.info("target.returnedToUnit");
        returnReason = null;
        load();
    }

    /** 申报表 downloads; the export is audited by the service. */
    public StreamedContent getDeclarationXlsx() {
        long id = sheet.getId();
        return DefaultStreamedContent.builder().name(project.getCode() + "-绩效目标申报表.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(sheets.declaration(id, false))).build();
    }

    public StreamedContent getDeclarationPdf() {
        long id = sheet.getId();
        return DefaultStreamedContent.builder().name(project.getCode() + "-绩效目标申报表.pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(sheets.declaration(id, true))).build();
    }

    /** "第 3 行：缺少单位" — the gap in the user's language, with its line. */
    public String describe(Gap gap) {
        String text = Texts.text(gap.getKey(), gap.getArguments().toArray());
        return gap.getLine() == 0 ? text : Texts.text("target.line", gap.getLine()) + text;
    }

    /** Finance: into the budget project library — refused with the plan's words while the target has not passed review. */
    public void enterLibrary() {
        project = projects.enterLibrary(project.getId(), project.getVersion());
        Texts.info("project.enteredLibrary");
    }

    /** A budget change after filing is refused; the page then offers the synchronized target adjustment. */
    public void arrangeBudget() {
        try {
            project = sheets.arrangeBudget(project.getId(), project.getVersion(), budgetAmount);
            Texts.info("project.budgetArranged");
        } catch (BudgetNeedsAdjustmentException refused) {
            Texts.error(refused.getKey());
            offerAdjustment = true;
            adjustmentType = AdjustmentType.LOCAL_BUDGET_CHANGE;
            proposedBudget = budgetAmount;
        }
    }

    public void requestAdjustment() {
        adjustments.request(sheet.getId(), sheet.getVersion(), adjustmentType, adjustmentReason, proposedBudget);
        Texts.info("adjustment.requested");
        offerAdjustment = false;
        adjustmentReason = null;
        load();
    }

    public void withdrawAdjustment() {
        adjustments.withdraw(sheet.getId(), sheet.getVersion());
        Texts.info("adjustment.withdrawn");
        load();
    }

    public boolean isCanAdjust() {
        return sheet != null && sheet.getStatus() == TargetSheetStatus.RELEASED && currentActor.get().may(Permission.TARGET_ADJUST);
    }

    public boolean isCanWithdrawAdjustment() {
        return sheet != null && sheet.isAdjusting() && sheet.getStatus().isEditable() && currentActor.get().may(Permission.TARGET_ADJUST);
    }

    /** "陈静（清河县财政局）" for a user name in the history. */
    public String person(String username) {
        return people.getOrDefault(username, username);
    }

    /** The budget that goes with the sheet: an open adjustment's new budget, else the project's. */
    public BigDecimal getBudgetInPlay() {
        return sheet != null ? sheet.getBudgetInPlay() : project == null ? null : project.getBudgetAmount();
    }

    /** Approved unless an open adjustment brings a budget of its own. */
    public boolean isBudgetInPlayApproved() {
        return project != null && project.isBudgetApproved() && getBudgetInPlay() != null
                && (sheet == null || !sheet.isAdjusting() || !sheet.getAdjustment().changesBudget());
    }

    public AdjustmentType[] getAdjustmentTypes() { return AdjustmentType.values(); }
    public ReviewItem getLatestReview() { return latestReview; }
    public AdjustmentType getAdjustmentType() { return adjustmentType; }
    public void setAdjustmentType(AdjustmentType adjustmentType) { this.adjustmentType = adjustmentType; }
    public String getAdjustmentReason() { return adjustmentReason; }
    public void setAdjustmentReason(String adjustmentReason) { this.adjustmentReason = adjustmentReason; }
    public BigDecimal getProposedBudget() { return proposedBudget; }
    public void setProposedBudget(BigDecimal proposedBudget) { this.proposedBudget = proposedBudget; }
    public boolean isOfferAdjustment() { return offerAdjustment; }

    public boolean isCanArrangeBudget() {
        return currentActor.get().may(Permission.BUDGET_ARRANGE);
    }

    public BigDecimal getBudgetAmount() { return budgetAmount; }
    public void setBudgetAmount(BigDecimal budgetAmount) { this.budgetAmount = budgetAmount; }

    public boolean isEditable() {
        return sheet != null && sheet.getStatus().isEditable() && currentActor.get().may(Permission.TARGET_EDIT);
    }

    public boolean isCanStart() {
        return sheet == null && currentActor.get().may(Permission.TARGET_EDIT);
    }

    public boolean isCanDepartmentCheck() {
        return sheet != null && sheet.getStatus() == TargetSheetStatus.DEPARTMENT_CHECK
                && currentActor.get().may(Permission.TARGET_DEPARTMENT_CHECK);
    }

    /** The level-2 choices grouped under their level 1, as this deployment groups 成本 (IndicatorSettings). */
    public List<SelectItem> getLevelGroups() {
        if (levelGroups == null) {
            Map<IndicatorLevel1, List<SelectItem>> byLevel1 = new EnumMap<>(IndicatorLevel1.class);
            for (IndicatorLevel2 level2 : IndicatorLevel2.values()) {
                byLevel1.computeIfAbsent(indicatorSettings.level1Of(level2), k -> new ArrayList<>())
                        .add(new SelectItem(level2, labels.of(level2)));
            }
            levelGroups = new ArrayList<>();
            byLevel1.forEach((level1, items) -> levelGroups.add(new SelectItemGroup(labels.of(level1), null, false, items.toArray(SelectItem[]::new))));
        }
        return levelGroups;
    }
    /** A line from a core indicator (★) of the category, which every sheet of it must carry. */
    public boolean isCore(LineRow row) {
        return row.getTemplateId() != null && coreTemplates.contains(row.getTemplateId());
    }

    /** How the system reads what was typed: "未写符号，按“≥”理解", "时限：2026-09-30 前", "定性（文字）". */
    public String readingOf(LineRow row) {
        IndicatorLine line = row.toLine();
        IndicatorValue value = line.targetValue();
        if (value instanceof IndicatorValue.Quantity q) {
            IndicatorLevel2 kind = line.level2() == null ? IndicatorLevel2.QUANTITY : line.level2();
            return q.operatorWritten() ? "" : Texts.text("target.reading.implied", q.operator(kind, indicatorSettings.implicitOperators()).symbol());
        }
        if (value instanceof IndicatorValue.TimeLimit t) {
            return Texts.text("target.reading.timeLimit", t.deadline(sheet.getFiscalYear()).map(Object::toString).orElse(""));
        }
        if (value instanceof IndicatorValue.Range) {
            return Texts.text("target.reading.range");
        }
        return value == null ? "" : Texts.text("target.reading.qualitative");
    }

    public BasisType[] getBasisTypes() { return BasisType.values(); }
    public Long getProjectId() { return projectId; }
    public void setProjectId(Long projectId) { this.projectId = projectId; }
    public Project getProject() { return project; }
    public TargetSheet getSheet() { return sheet; }
    public String getOverallGoal() { return overallGoal; }
    public void setOverallGoal(String overallGoal) { this.overallGoal = overallGoal; }
    public BigDecimal getBudgetExecutionWeight() { return budgetExecutionWeight; }
    public void setBudgetExecutionWeight(BigDecimal budgetExecutionWeight) { this.budgetExecutionWeight = budgetExecutionWeight; }
    public List<LineRow> getRows() { return rows; }
    public List<IndicatorTemplate> getTemplates() { return templates; }
    public Long getTemplateId() { return templateId; }
    public void setTemplateId(Long templateId) { this.templateId = templateId; }
    public SheetCheck getCheck() { return check; }
    public String getReturnReason() { return returnReason; }
    public void setReturnReason(String returnReason) { this.returnReason = returnReason; }
}
