package cn.fundperf.ejb.project;

import static cn.fundperf.ejb.project.ProjectBuilder.aProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.business.BusinessException;
import cn.fundperf.ejb.project.BudgetNeedsAdjustmentException;
import cn.fundperf.ejb.project.TargetSheetStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectTest {

    private static ProjectFunding funding(FundSource source, String amount) {
        return new ProjectFunding(source, new BigDecimal(amount), null);
    }

    // ---- money ------------------------------------------------------------------------------

    @Test
    void the_planned_total_is_the_sum_of_the_fundings() {
        Project project = aProject().fundedBy(funding(FundSource.CENTRAL, "800000"), funding(FundSource.PROVINCE, "150000.50"),
                funding(FundSource.LOCAL, "49999.5")).build();

        assertEquals(new BigDecimal("1000000.00"), project.getPlannedTotal());
    }

    @Test
    void fundings_of_nothing_are_dropped() {
        Project project = aProject().fundedBy(funding(FundSource.CENTRAL, "800000"), funding(FundSource.PROVINCE, "0"),
                funding(FundSource.CITY, "0.00")).build();

        assertEquals(List.of(FundSource.CENTRAL), project.getFundings().stream().map(ProjectFunding::getSource).toList());
        assertEquals(new BigDecimal("800000.00"), project.getPlannedTotal());
    }

    @Test
    void a_project_without_fundings_plans_nothing() {
        Project project = aProject().fundedBy().build();

        assertEquals(new BigDecimal("0.00"), project.getPlannedTotal());
    }

    @Test
    void a_negative_funding_is_refused() {
        BusinessException e = assertThrows(BusinessException.class, () -> funding(FundSource.LOCAL, "-1"));

        assertEquals("money.negative", e.getKey());
    }

    // ---- no passed target, no library and no budget -----------------------------------------

    @ParameterizedTest
    @NullSource
    @EnumSource(value = TargetSheetStatus.class, names = {"PASSED", "FILED", "RELEASED", "ADJUSTING"},
            mode = EnumSource.Mode.EXCLUDE)
    void a_project_without_a_passed_target_cannot_enter_the_library(TargetSheetStatus targetStatus) {
        Project project = aProject().build();

        BusinessException e = assertThrows(TargetNotPassedException.class, () -> project.enterLibrary(targetStatus));

        assertEquals("project.targetNotPassed", e.getKey());
        assertEquals(ProjectLibraryStatus.RESERVE, project.getLibraryStatus());
    }

    @ParameterizedTest
    @NullSource
    @EnumSource(value = TargetSheetStatus.class, names = {"PASSED", "FILED", "RELEASED", "ADJUSTING"},
            mode = EnumSource.Mode.EXCLUDE)
    void a_project_without_a_passed_target_gets_no_budget(TargetSheetStatus targetStatus) {
        Project project = aProject().build();

        BusinessException e = assertThrows(TargetNotPassedException.class,
                () -> project.arrangeBudget(new BigDecimal("500000"), targetStatus));

        assertEquals("project.targetNotPassed", e.getKey());
        assertNull(project.getBudgetAmount());
    }

    @ParameterizedTest
    @EnumSource(value = TargetSheetStatus.class, names = {"PASSED", "FILED", "RELEASED"})
    void a_project_with_a_passed_target_enters_the_library(TargetSheetStatus targetStatus) {
        Project project = aProject().build();

        project.enterLibrary(targetStatus);

        assertEquals(ProjectLibraryStatus.IN_LIBRARY, project.getLibraryStatus());
    }

    @Test
    void a_project_with_a_passed_target_gets_its_budget() {
        Project project = aProject().build();

        project.arrangeBudget(new BigDecimal("500000"), TargetSheetStatus.PASSED);

        assertEquals(new BigDecimal("500000.00"), project.getBudgetAmount());
    }

    @ParameterizedTest
    @EnumSource(value = TargetSheetStatus.class, names = {"FILED", "RELEASED", "ADJUSTING"})
    void once_filed_the_budget_changes_only_with_a_target_adjustment(TargetSheetStatus targetStatus) {
        Project project = aProject().build();

        BusinessException e = assertThrows(BudgetNeedsAdjustmentException.class,
                () -> project.arrangeBudget(new BigDecimal("600000"), targetStatus));

        assertEquals("project.budget.needsAdjustment", e.getKey());
        assertNull(project.getBudgetAmount());
    }

    @Test
    void an_approved_budget_is_refused_even_while_a_new_review_has_passed() {
        Project project = aProject().build();
        project.approveBudget(new BigDecimal("500000"));

        assertThrows(BudgetNeedsAdjustmentException.class, () -> project.arrangeBudget(new BigDecimal("1"), TargetSheetStatus.PASSED));
        assertEquals(new BigDecimal("500000.00"), project.getBudgetAmount());
        assertEquals(ProjectLibraryStatus.IN_LIBRARY, project.getLibraryStatus());
    }

    @ParameterizedTest
    @CsvSource({"1234.565, 1234.57", "1234.564, 1234.56", "0.005, 0.01", "7, 7.00"})
    void a_budget_is_rounded_to_fen_half_up(String amount, String expected) {
        Project project = aProject().build();

        project.arrangeBudget(new BigDecimal(amount), TargetSheetStatus.PASSED);

        assertEquals(new BigDecimal(expected), project.getBudgetAmount());
    }

    @Test
    void a_negative_budget_is_refused() {
        Project project = aProject().build();

        BusinessException e = assertThrows(BusinessException.class,
                () -> project.arrangeBudget(new BigDecimal("-0.01"), TargetSheetStatus.PASSED));

        assertEquals("money.negative", e.getKey());
        assertNull(project.getBudgetAmount());
    }

    // ---- fund integration -------------------------------------------------------------------

    @Test
    void integrated_funds_keep_their_origin_and_add_to_the_plan() {
        Project project = aProject().build();

        project.attachIntegratedFunds(new BigDecimal("250000.005"), " 县交通局农村公路资金 ");

        assertTrue(project.isIntegrated());
        ProjectFunding integrated = project.getFundings().get(2);
        assertEquals(FundSource.INTEGRATED, integrated.getSource());
        assertEquals("县交通局农村公路资金", integrated.getOrigin());
        assertEquals(new BigDecimal("250000.01"), integrated.getAmount());
        assertEquals(new BigDecimal("1250000.01"), project.getPlannedTotal());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void integrated_funds_need_an_origin(String origin) {
        Project project = aProject().build();

        BusinessException e = assertThrows(BusinessException.class,
                () -> project.attachIntegratedFunds(new BigDecimal("250000"), origin));

        assertEquals("project.integration.originRequired", e.getKey());
        assertFalse(project.isIntegrated());
        assertEquals(new BigDecimal("1000000.00"), project.getPlannedTotal());
    }

    @Test
    void a_project_of_its_own_money_is_not_integrated() {
        assertFalse(aProject().build().isIntegrated());
    }

    // ---- description ------------------------------------------------------------------------

    @Test
    void a_project_lies_in_the_scope_of_its_unit_its_department_and_its_region() {
        Project project = aProject().build();

        assertEquals("/5/9/", project.organizationPath());
        assertEquals("/5/", project.departmentPath());
        assertEquals("/1/7/", project.regionPath());
    }

    @Test
    void only_a_using_unit_may_carry_out_a_project() {
        ProjectBuilder builder = aProject();

        BusinessException e = assertThrows(BusinessException.class, () -> new Project("XM2026001", builder.details(),
                builder.category(), builder.department(), ProjectBuilder.CREATED));

        assertEquals("project.usingUnit.type", e.getKey());
    }

    @Test
    void a_project_takes_its_units_department_and_region_when_the_input_names_none() {
        ProjectBuilder builder = aProject().naming(null, null);

        Project project = builder.build();

        assertEquals(builder.department(), project.getDepartment());
        assertEquals(builder.township(), project.getRegion());
        assertEquals("/5/", project.departmentPath());
        assertEquals("/1/7/", project.regionPath());
    }

    @Test
    void a_department_other_than_the_units_is_refused_so_that_no_other_department_sees_the_project() {
        ProjectBuilder builder = aProject().naming(6L, 7L);

        BusinessException e = assertThrows(BusinessException.class, builder::build);

        assertEquals("project.department.notTheUnits", e.getKey());
    }

    @Test
    void a_region_other_than_the_units_is_refused() {
        ProjectBuilder builder = aProject().naming(5L, 8L);

        BusinessException e = assertThrows(BusinessException.class, builder::build);

        assertEquals("project.region.notTheUnits", e.getKey());
    }

    @Test
    void a_project_moved_to_another_unit_goes_to_that_units_department_and_region() {
        ProjectBuilder builder = aProject();
        Project project = builder.build();

        project.describe(builder.naming(null, null).details(), builder.category(), builder.school());

        assertEquals("/6/11/", project.organizationPath());
        assertEquals("/6/", project.departmentPath());
        assertEquals("/1/8/", project.regionPath());
    }

    @Test
    void a_period_ending_before_it_starts_is_refused() {
        ProjectBuilder builder = aProject().running(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31));

        BusinessException e = assertThrows(BusinessException.class, builder::build);

        assertEquals("project.period.reversed", e.getKey());
    }

    @Test
    void a_period_of_a_single_day_is_accepted() {
        Project project = aProject().running(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1)).build();

        assertEquals(project.getPeriodStart(), project.getPeriodEnd());
    }

    @Test
    void more_registered_poor_than_beneficiaries_is_refused() {
        ProjectBuilder builder = aProject().serving(120, 450, 451);

        BusinessException e = assertThrows(BusinessException.class, builder::build);

        assertEquals("project.beneficiaries.poorExceedsAll", e.getKey());
    }

    @Test
    void negative_beneficiaries_are_refused() {
        ProjectBuilder builder = aProject().serving(-1, 450, 300);

        BusinessException e = assertThrows(BusinessException.class, builder::build);

        assertEquals("project.beneficiaries.negative", e.getKey());
    }

    @Test
    void a_project_in_the_library_cannot_be_redescribed() {
        ProjectBuilder builder = aProject();
        Project project = builder.build();
        project.enterLibrary(TargetSheetStatus.PASSED);

        BusinessException e = assertThrows(BusinessException.class, () -> project.describe(
                builder.serving(10, 40, 20).details(), builder.category(), builder.unit()));

        assertEquals("project.inLibrary.readOnly", e.getKey());
        assertEquals(120, project.getBeneficiaryHouseholds());
    }

    @Test
    void a_reserve_project_can_be_redescribed() {
        ProjectBuilder builder = aProject();
        Project project = builder.build();

        project.describe(builder.serving(10, 40, 20).details(), builder.category(), builder.unit());

        assertEquals(10, project.getBeneficiaryHouseholds());
        assertEquals(40, project.getBeneficiaryPeople());
    }

}
