package cn.fundperf.ejb.project;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a user enters about a project (screen, import row, API body). The department and region
 * are optional: a project takes its using unit's; when given they must be the unit's.
 */
public record ProjectDetails(int fiscalYear, String code, String name, long categoryId, long usingUnitId,
                             String responsiblePerson, String responsiblePhone, Long departmentId, Long regionId,
                             LocalDate periodStart, LocalDate periodEnd, int beneficiaryHouseholds,
                             int beneficiaryPeople, int registeredPoorPeople, List<ProjectFunding> fundings)
        implements Serializable {
}
