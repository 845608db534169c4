package cn.fundperf.web.project;

import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.platform.ClockProducer;
import cn.fundperf.ejb.project.FundSource;
import cn.fundperf.ejb.project.Project;
import cn.fundperf.ejb.project.ProjectDetails;
import cn.fundperf.ejb.project.ProjectFunding;
import cn.fundperf.ejb.project.ProjectService;
import cn.fundperf.ejb.reference.FundCategory;
import cn.fundperf.ejb.reference.FundPeriod;
import cn.fundperf.ejb.reference.ReferenceDataService;
import cn.fundperf.web.faces.EnumLabels;
import cn.fundperf.web.faces.Texts;
import cn.fundperf.web.faces.UserLocale;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** 项目信息: enter or change a project; amounts by fund source in 元. */
@Named
@ViewScoped
public class ProjectEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectService projects;

    @Inject
    ReferenceDataService reference;

    @Inject
    EnumLabels labels;

    @Inject
    UserLocale userLocale;

    private Long id;
    private long version;
    private int fiscalYear = LocalDate.now(ClockProducer.officeZone()).getYear();
    private String code;
    private String name;
    private Long categoryId;
    private Long usingUnitId;
    private String responsiblePerson;
    private String responsiblePhone;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private int beneficiaryHouseholds;
    private int beneficiaryPeople;
    private int registeredPoorPeople;
    private final Map<FundSource, BigDecimal> amounts = new EnumMap<>(FundSource.class);
    // as the 申报表 prints a fund line: name, task and 指标文号 (one line per level on this screen; the API takes more)
    private final Map<FundSource, String> fundNames = new EnumMap<>(FundSource.class);
    private final Map<FundSource, String> tasks = new EnumMap<>(FundSource.class);
    private final Map<FundSource, String> documentNumbers = new EnumMap<>(FundSource.class);
    private List<Organization> units;
    private List<ProjectFunding> integrated = List.of();
    private BigDecimal integratedAmount;
    private String integratedOrigin;
    private List<FundCategory> categories;

    public void load() {
        categories = reference.categories();
        units = projects.unitsInScope();
        if (id != null) {
            Project p = projects.view(id);
            version = p.getVersion();
            fiscalYear = p.getFiscalYear();
            code = p.getCode();
            name = p.getName();
            categoryId = p.getCategory().getId();
            usingUnitId = p.getUsingUnit().getId();
            responsiblePerson = p.getResponsiblePerson();
            responsiblePhone = p.getResponsiblePhone();
            periodStart = p.getPeriodStart();
            periodEnd = p.getPeriodEnd();
            beneficiaryHouseholds = p.getBeneficiaryHouseholds();
            beneficiaryPeople = p.getBeneficiaryPeople();
            registeredPoorPeople = p.getRegisteredPoorPeople();
            p.getFundings().stream().filter(f -> f.getSource() != FundSource.INTEGRATED).forEach(f -> {
                amounts.merge(f.getSource(), f.getAmount(), BigDecimal::add);
                fundNames.putIfAbsent(f.getSource(), f.getFundName());
                tasks.putIfAbsent(f.getSource(), f.getTask());
                documentNumbers.putIfAbsent(f.getSource(), f.getDocumentNumber());
            });
            integrated = p.getFundings().stream().filter(f -> f.getSource() == FundSource.INTEGRATED).toList();
        }
    }

    public void save() throws IOException {
        Organization unit = units.stream().filter(u -> u.getId().equals(usingUnitId)).findFirst().orElse(null);
        if (unit == null || categoryId == null) {
            Texts.error("project.required");
            return;
        }
        List<ProjectFunding> fundings = new ArrayList<>();
        amounts.forEach((source, amount) -> {
            if (amount != null && amount.signum() > 0) {
                fundings.add(new ProjectFunding(source, amount, null, fundNames.get(source), tasks.get(source),
                        documentNumbers.get(source)));
            }
        });
        ProjectDetails details = new ProjectDetails(fiscalYear, code, name, categoryId, unit.getId(), responsiblePerson,
                responsiblePhone, unit.getParent().getId(), unit.getRegion().getId(), periodStart, periodEnd,
                beneficiaryHouseholds, beneficiaryPeople, registeredPoorPeople, fundings);
        Project saved = id == null ? projects.create(details) : projects.update(id, version, details);
        Texts.flashInfo("project.saved", saved.getCode());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/app/target/sheet.xhtml?project=" + saved.getId());
    }

    /** 统筹整合: attach integrated money with where it came from. */
    public void integrate() {
        Project p = projects.attachIntegratedFunds(id, version, integratedAmount, integratedOrigin);
        Texts.info("project.integrated", integratedOrigin);
        integratedAmount = null;
        integratedOrigin = null;
        version = p.getVersion();
        integrated = p.getFundings().stream().filter(f -> f.getSource() == FundSource.INTEGRATED).toList();
    }

    public List<ProjectFunding> getIntegrated() { return integrated; }
    public BigDecimal getIntegratedAmount() { return integratedAmount; }
    public void setIntegratedAmount(BigDecimal integratedAmount) { this.integratedAmount = integratedAmount; }
    public String getIntegratedOrigin() { return integratedOrigin; }
    public void setIntegratedOrigin(String integratedOrigin) { this.integratedOrigin = integratedOrigin; }

    /** Integrated money is attached with its origin, not typed in here. */
    public List<FundSource> getSources() {
        return java.util.Arrays.stream(FundSource.values()).filter(s -> s != FundSource.INTEGRATED).toList();
    }
    public Map<FundSource, BigDecimal> getAmounts() { return amounts; }
    public Map<FundSource, String> getFundNames() { return fundNames; }
    public Map<FundSource, String> getTasks() { return tasks; }
    public Map<FundSource, String> getDocumentNumbers() { return documentNumbers; }
    public List<Organization> getUnits() { return units; }
    public List<FundCategory> getCategories() { return categories; }

    /** The categories of the project's year, grouped by fund period (脱贫攻坚 categories, 衔接资金 tasks); its own stays offered. */
    public List<SelectItem> getCategoryGroups() {
        int year = fiscalYear;
        Map<FundPeriod, List<SelectItem>> byPeriod = new EnumMap<>(FundPeriod.class);
        for (FundCategory c : categories) {
            if (c.usableIn(year) || c.getId().equals(categoryId)) {
                byPeriod.computeIfAbsent(c.getFundPeriod(), k -> new ArrayList<>())
                        .add(new SelectItem(c.getId(), userLocale.isChinese() ? c.getName() : c.getNameEn()));
            }
        }
        List<SelectItem> groups = new ArrayList<>();
        byPeriod.forEach((period, items) -> groups.add(new SelectItemGroup(labels.of(period), null, false, items.toArray(SelectItem[]::new))));
        return groups;
    }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public int getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(int fiscalYear) { this.fiscalYear = fiscalYear; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public Long getUsingUnitId() { return usingUnitId; }
    public void setUsingUnitId(Long usingUnitId) { this.usingUnitId = usingUnitId; }
    public String getResponsiblePerson() { return responsiblePerson; }
    public void setResponsiblePerson(String responsiblePerson) { this.responsiblePerson = responsiblePerson; }
    public String getResponsiblePhone() { return responsiblePhone; }
    public void setResponsiblePhone(String responsiblePhone) { this.responsiblePhone = responsiblePhone; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
    public int getBeneficiaryHouseholds() { return beneficiaryHouseholds; }
    public void setBeneficiaryHouseholds(int beneficiaryHouseholds) { this.beneficiaryHouseholds = beneficiaryHouseholds; }
    public int getBeneficiaryPeople() { return beneficiaryPeople; }
    public void setBeneficiaryPeople(int beneficiaryPeople) { this.beneficiaryPeople = beneficiaryPeople; }
    public int getRegisteredPoorPeople() { return registeredPoorPeople; }
    public void setRegisteredPoorPeople(int registeredPoorPeople) { this.registeredPoorPeople = registeredPoorPeople; }
}
