package cn.fundperf.ejb.project;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What a user enters about a project (screen, import row, API body). */
public record ProjectDetails(int fiscalYear, String code, String name, long categoryId, long usingUnitId,
                             String responsiblePerson, String responsiblePhone, long departmentId, long regionId,
                             LocalDate periodStart, LocalDate periodEnd, int beneficiaryHouseholds,
                             int beneficiaryPeople, int registeredPoorPeople, List<ProjectFunding> fundings)
        implements Serializable {
}
