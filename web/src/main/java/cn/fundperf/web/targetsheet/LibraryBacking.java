package cn.fundperf.web.targetsheet;

import cn.fundperf.ejb.permission.Permission;
import cn.fundperf.ejb.reference.FundCategory;
import cn.fundperf.ejb.reference.ReferenceDataService;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.targetsheet.BasisType;
import cn.fundperf.ejb.targetsheet.IndicatorLevel2;
import cn.fundperf.ejb.targetsheet.IndicatorLibraryService;
import cn.fundperf.ejb.targetsheet.IndicatorTemplate;
import cn.fundperf.ejb.targetsheet.Operator;
import cn.fundperf.ejb.targetsheet.TemplateChange;
import cn.fundperf.ejb.targetsheet.TemplateDraft;
import cn.fundperf.web.faces.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** 目标指标参考体系: browse by category; departments propose, finance approves or rejects. */
@Named
@ViewScoped
public class LibraryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IndicatorLibraryService library;

    @Inject
    ReferenceDataService reference;

    @Inject
    CurrentActor currentActor;

    private List<FundCategory> categories;
    private Long categoryId;
    private List<IndicatorTemplate> templates;
    private List<TemplateChange> pending;
    private TemplateChange.Kind kind = TemplateChange.Kind.ADD;
    private Long templateId;
    private LineRow draft = new LineRow();
    // a template keeps operator, unit and usual range apart (a sheet line writes them as one value)
    private Operator operator = Operator.GE;
    private String unit;
    private String qualitativeText;
    private BigDecimal typicalMin;
    private BigDecimal typicalMax;
    private String explanation;
    private String reason;
    private String comment;

    @PostConstruct
    void init() {
        categories = reference.categories();
        categoryId = categories.get(0).getId();
        load();
    }

    public void load() {
        templates = library.library(categoryId);
        pending = library.changes(TemplateChange.Status.PENDING, 200);
    }

    public void startNew() {
        kind = TemplateChange.Kind.ADD;
        templateId = null;
        draft = new LineRow();
        operator = Operator.GE;
        unit = qualitativeText = null;
        typicalMin = typicalMax = null;
        explanation = reason = null;
    }

    public void startChange(IndicatorTemplate template) {
        kind = TemplateChange.Kind.MODIFY;
        templateId = template.getId();
        draft = new LineRow(template.toLine(null));
        operator = template.getOperator();
        unit = template.getUnit();
        qualitativeText = template.getQualitativeText();
        typicalMin = template.getTypicalMin();
        typicalMax = template.getTypicalMax();
        explanation = template.getExplanation();
        reason = null;
    }

    public void startRetirement(IndicatorTemplate template) {
        startChange(template);
        kind = TemplateChange.Kind.RETIRE;
    }

    public void propose() {
        TemplateDraft content = kind == TemplateChange.Kind.RETIRE ? null
                : new TemplateDraft(draft.getLevel2(), draft.getName(), operator, unit, typicalMin, typicalMax,
                        qualitativeText, draft.getBasisType(), draft.getBasisText(), explanation, draft.getEvidence());
        library.propose(kind, categoryId, templateId, content, reason);
        Texts.info("library.proposed");
        startNew();
        load();
    }

    /** Finance marks a template as a core indicator (★) of the category, required in every sheet of it, or takes the mark away. */
    public void toggleCore(IndicatorTemplate template) {
        IndicatorTemplate marked = library.markCore(template.getId(), template.getVersion(), !template.isCore());
        Texts.info(marked.isCore() ? "library.core.marked" : "library.core.unmarked", marked.getName());
        load();
    }

    public void approve(TemplateChange change) {
        library.approve(change.getId(), change.getVersion(), comment);
        Texts.info("library.approved");
        comment = null;
        load();
    }

    public void reject(TemplateChange change) {
        library.reject(change.getId(), change.getVersion(), comment);
        Texts.info("library.rejected");
        comment = null;
        load();
    }

    public boolean isCanPropose() { return currentActor.get().may(Permission.LIBRARY_PROPOSE); }
    public boolean isCanDecide() { return currentActor.get().may(Permission.LIBRARY_APPROVE); }
    public boolean isRetiring() { return kind == TemplateChange.Kind.RETIRE; }
    public IndicatorLevel2[] getLevels() { return IndicatorLevel2.values(); }
    public Operator[] getOperators() { return Operator.values(); }
    public BasisType[] getBasisTypes() { return BasisType.values(); }
    public List<FundCategory> getCategories() { return categories; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public List<IndicatorTemplate> getTemplates() { return templates; }
    public List<TemplateChange> getPending() { return pending; }
    public TemplateChange.Kind getKind() { return kind; }
    public LineRow getDraft() { return draft; }
    public Operator getOperator() { return operator; }
    public void setOperator(Operator operator) { this.operator = operator; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getQualitativeText() { return qualitativeText; }
    public void setQualitativeText(String qualitativeText) { this.qualitativeText = qualitativeText; }
    public BigDecimal getTypicalMin() { return typicalMin; }
    public void setTypicalMin(BigDecimal typicalMin) { this.typicalMin = typicalMin; }
    public BigDecimal getTypicalMax() { return typicalMax; }
    public void setTypicalMax(BigDecimal typicalMax) { this.typicalMax = typicalMax; }
    public String getExplanation() { return explanation; }
    public void setExplanation(String explanation) { this.explanation = explanation; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
