package cn.fundperf.ejb.project;

import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.organization.OrganizationType;
import cn.fundperf.ejb.organization.PlacedByPaths;
import cn.fundperf.ejb.organization.Region;
import cn.fundperf.ejb.organization.ScopePaths;
import cn.fundperf.ejb.reference.FundCategory;
import cn.fundperf.ejb.validation.CollectionValidation;
import cn.fundperf.ejb.validation.Count;
import cn.fundperf.ejb.validation.Limits;
import cn.fundperf.ejb.validation.MaxItems;
import cn.fundperf.ejb.validation.Money;
import cn.fundperf.ejb.validation.Text;
import cn.fundperf.ejb.validation.Year;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * 项目库 entry: what is done, by whom, where, for whom, with how much money from which sources.
 * It enters the budget project library, and gets a budget, only with a target that passed review.
 */
@Entity
@EntityListeners(CollectionValidation.class)
@Table(name = "project")
@NamedQuery(name = "Project.byCode", query = "select p from Project p where p.code = :code")
public class Project implements PlacedByPaths {

    @Id
    @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "fiscal_year", nullable = false)
    @Year
    private int fiscalYear;

    /** The same project across years (续建, next year's round): a new project starts a lineage or continues one. */
    @Column(name = "lineage", nullable = false, length = 40)
    private String lineage = java.util.UUID.randomUUID().toString();

    @Column(name = "code", nullable = false, unique = true, length = 40)
    @NotNull
    @Text(max = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    @NotNull
    @Text(max = 200)
    private String name;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private FundCategory category;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "using_unit_id", nullable = false)
    private Organization usingUnit;

    @Column(name = "responsible_person", length = 60)
    @Text(max = 60)
    private String responsiblePerson;

    @Column(name = "responsible_phone", length = 40)
    @Text(max = 40)
    private String responsiblePhone;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Organization department;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id", nullable = false)
    private Region region;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(name = "beneficiary_households", nullable = false)
    @Count
    private int beneficiaryHouseholds;

    @Column(name = "beneficiary_people", nullable = false)
    @Count
    private int beneficiaryPeople;

    @Column(name = "registered_poor_people", nullable = false)
    @Count
    private int registeredPoorPeople;

    /** At most one line per source, and one integrated line per origin: the lines and the total agree. */
    @BatchFetch(BatchFetchType.IN)
    @ElementCollection   // lazy: lists show totals; the fundings of a page's projects come in one statement (batch)
    @CollectionTable(name = "project_funding", joinColumns = @JoinColumn(name = "project_id"))
    @Valid
    @MaxItems(Limits.FUNDINGS)
    private List<ProjectFunding> fundings = new ArrayList<>();

    @Column(name = "planned_total", nullable = false, precision = 18, scale = 2)
    @Money
    private BigDecimal plannedTotal = BigDecimal.ZERO.setScale(2);

    @Enumerated(EnumType.STRING)
    @Column(name = "library_status", nullable = false, length = 16)
    private ProjectLibraryStatus libraryStatus = ProjectLibraryStatus.RESERVE;

    @Column(name = "budget_amount", precision = 18, scale = 2)
    @Money
    private BigDecimal budgetAmount;

    /** Set at 批复: from then on the budget changes only with a target adjustment (plan §六). */
    @Column(name = "budget_approved", nullable = false)
    private boolean budgetApproved;

    /** The status of this year's target sheet, kept here for lists and filters. */
    @Enumerated(EnumType.STRING)
    @Column(name = "target_status", length = 20)
    private TargetSheetStatus targetStatus;

    @Embedded
    private ScopePaths scope;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Project() {
    }

    public Project(String code, ProjectDetails details, FundCategory category, Organization usingUnit, LocalDateTime now) {
        this.code = requireText(code, "project.code.required");
        this.createdAt = now;
        describe(details, category, usingUnit);
    }

    /**
     * Everything the unit may change while the project is not yet in the library. The supervising
     * department and the region are the using unit's (its parent and its region): they decide who
     * sees the project, so they are never taken from the input; a department or region named in the
     * input that is not the unit's is refused.
     */
    public void describe(ProjectDetails details, FundCategory newCategory, Organization newUnit) {
        if (libraryStatus == ProjectLibraryStatus.IN_LIBRARY) {
            throw new InvalidInputException("project.inLibrary.readOnly");
        }
        if (newUnit.getType() != OrganizationType.USING_UNIT) {
            throw new InvalidInputException("project.usingUnit.type");
        }
        Organization newDepartment = newUnit.getParent();
        Region newRegion = newUnit.getRegion();
        if (newDepartment == null || !newDepartment.getType().mayHaveUnits()) {
            throw new InvalidInputException("project.department.type");
        }
        if (details.departmentId() != null && !details.departmentId().equals(newDepartment.getId())) {
            throw new InvalidInputException("project.department.notTheUnits", newUnit.getName(), newDepartment.getName());
        }
        if (details.regionId() != null && !details.regionId().equals(newRegion.getId())) {
            throw new InvalidInputException("project.region.notTheUnits", newUnit.getName(), newRegion.getName());
        }
        if (details.fiscalYear() < 2000 || details.fiscalYear() > 2100) {
            throw new InvalidInputException("project.year.invalid");
        }
        if (details.periodStart() != null && details.periodEnd() != null && details.periodEnd().isBefore(details.periodStart())) {
            throw new InvalidInputException("project.period.reversed");
        }
        if (details.beneficiaryHouseholds() < 0 || details.beneficiaryPeople() < 0 || details.registeredPoorPeople() < 0) {
            throw new InvalidInputException("project.beneficiaries.negative");
        }
        if (details.registeredPoorPeople() > details.beneficiaryPeople()) {
            throw new InvalidInputException("project.beneficiaries.poorExceedsAll");
        }
        List<ProjectFunding> newFundings = fundingsOf(details);
        fiscalYear = details.fiscalYear();
        name = requireText(details.name(), "project.name.required");
        category = Objects.requireNonNull(newCategory);
        usingUnit = newUnit;
        department = newDepartment;
        region = newRegion;
        responsiblePerson = blankToNull(details.responsiblePerson());
        responsiblePhone = blankToNull(details.responsiblePhone());
        periodStart = details.periodStart();
        periodEnd = details.periodEnd();
        beneficiaryHouseholds = details.beneficiaryHouseholds();
        beneficiaryPeople = details.beneficiaryPeople();
        registeredPoorPeople = details.registeredPoorPeople();
        // integrated money keeps its recorded origin; the form changes the other sources only
        fundings.removeIf(f -> f.getSource() != FundSource.INTEGRATED);
        fundings.addAll(newFundings);
        plannedTotal = fundings.stream().map(ProjectFunding::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        scope = ScopePaths.of(newUnit, newDepartment, newRegion);
    }

    /** The form's lines with money, one per source (two lines of one source would not agree with the total). */
    private static List<ProjectFunding> fundingsOf(ProjectDetails details) {
        List<ProjectFunding> lines = new ArrayList<>();
        Set<FundSource> sources = EnumSet.noneOf(FundSource.class);
        for (ProjectFunding f : details.fundings() == null ? List.<ProjectFunding>of() : details.fundings()) {
            if (f == null || f.getSource() == null || f.getSource() == FundSource.INTEGRATED || f.getAmount() == null || f.getAmount().signum() <= 0) {
                continue;
            }
            if (!sources.add(f.getSource())) {
                throw new InvalidInputException("project.funding.duplicateSource", f.getSource());
            }
            lines.add(f);
        }
        return lines;
    }

    /** 统筹整合: money from elsewhere joins the project; this project's unit is its performance subject. */
    public void attachIntegratedFunds(BigDecimal amount, String origin) {
        if (origin == null || origin.isBlank()) {
            throw new InvalidInputException("project.integration.originRequired");
        }
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidInputException("project.integration.amountRequired");
        }
        ProjectFunding added = new ProjectFunding(FundSource.INTEGRATED, amount, origin);
        // the same origin again adds to its line: two equal lines would be one row for the element collection
        for (int i = 0; i < fundings.size(); i++) {
            ProjectFunding line = fundings.get(i);
            if (line.getSource() == FundSource.INTEGRATED && Objects.equals(line.getOrigin(), added.getOrigin())) {
                added = new ProjectFunding(FundSource.INTEGRATED, line.getAmount().add(added.getAmount()), added.getOrigin());
                fundings.remove(i);
                break;
            }
        }
        fundings.add(added);
        plannedTotal = plannedTotal.add(Yuan.of(amount));
    }

    /** Into the budget project library: only with a target that passed review (plan §四, §五). */
    public void enterLibrary(TargetSheetStatus targetStatus) {
        requirePassedTarget(targetStatus);
        libraryStatus = ProjectLibraryStatus.IN_LIBRARY;
    }

    /**
     * A budget amount: only for a project whose target passed review, and only until the target is
     * filed with it; after that a budget change needs a synchronized target adjustment (plan §六).
     */
    public void arrangeBudget(BigDecimal amount, TargetSheetStatus targetStatus) {
        requirePassedTarget(targetStatus);
        if (budgetApproved || targetStatus != TargetSheetStatus.PASSED) {
            throw new BudgetNeedsAdjustmentException();
        }
        if (amount == null) {
            throw new InvalidInputException("project.budget.required");
        }
        budgetAmount = Yuan.of(amount);
    }

    /** 批复 of the target with the budget, or of an adjustment that brings a new budget. */
    public void approveBudget(BigDecimal amount) {
        budgetAmount = Yuan.of(amount);
        budgetApproved = true;
        libraryStatus = ProjectLibraryStatus.IN_LIBRARY;   // an approved budget project is in the library
    }

    private static void requirePassedTarget(TargetSheetStatus targetStatus) {
        if (targetStatus == null || !targetStatus.hasPassedReview()) {
            throw new TargetNotPassedException();
        }
    }

    /** Kept in step by the target sheet itself whenever it moves. */
    public void noteTargetStatus(TargetSheetStatus status) {
        targetStatus = status;
    }

    public boolean isIntegrated() {
        return fundings.stream().anyMatch(f -> f.getSource() == FundSource.INTEGRATED);
    }

    private static String requireText(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(key);
        }
        return text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public ScopePaths scopePaths() {
        return scope;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public int getFiscalYear() { return fiscalYear; }
    public String getCode() { return code; }
    public String getLineage() { return lineage; }

    /** This project continues an earlier year's one: they share a lineage. */
    public void continues(Project earlier) {
        if (earlier.fiscalYear >= fiscalYear) {
            throw new InvalidInputException("project.continuesLater", earlier.getCode());
        }
        lineage = earlier.lineage;
    }
    public String getName() { return name; }
    public FundCategory getCategory() { return category; }
    public Organization getUsingUnit() { return usingUnit; }
    public String getResponsiblePerson() { return responsiblePerson; }
    public String getResponsiblePhone() { return responsiblePhone; }
    public Organization getDepartment() { return department; }
    public Region getRegion() { return region; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public int getBeneficiaryHouseholds() { return beneficiaryHouseholds; }
    public int getBeneficiaryPeople() { return beneficiaryPeople; }
    public int getRegisteredPoorPeople() { return registeredPoorPeople; }
    public List<ProjectFunding> getFundings() { return List.copyOf(fundings); }
    public BigDecimal getPlannedTotal() { return plannedTotal; }
    public ProjectLibraryStatus getLibraryStatus() { return libraryStatus; }
    public BigDecimal getBudgetAmount() { return budgetAmount; }
    public boolean isBudgetApproved() { return budgetApproved; }
    public TargetSheetStatus getTargetStatus() { return targetStatus; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
