package cn.fundperf.ejb.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectSortTest {

    @ParameterizedTest
    @CsvSource({
            "code, CODE", "name, NAME", "NAME, NAME", "Name, NAME",
            "plannedTotal, PLANNED_TOTAL", "plannedtotal, PLANNED_TOTAL", "PLANNED_TOTAL, PLANNED_TOTAL",
            "createdAt, CREATED", "created, CREATED",
            "targetStatus, TARGET_STATUS", "target_status, TARGET_STATUS"})
    void a_known_column_is_sorted_by_regardless_of_case(String field, ProjectSort expected) {
        assertEquals(expected, ProjectSort.parse(field));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"budgetAmount", "id", "name; drop table project", "name desc", "p.name", " name", "1"})
    void anything_else_sorts_by_code(String field) {
        assertEquals(ProjectSort.CODE, ProjectSort.parse(field));
        assertEquals("code", ProjectSort.parse(field).attribute());
    }
}
