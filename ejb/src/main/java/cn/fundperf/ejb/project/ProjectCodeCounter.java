package cn.fundperf.ejb.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last project code number given in a year. Read under a write lock, so that two units creating
 * projects at the same moment never get the same code.
 */
@Entity
@Table(name = "project_code_counter")
public class ProjectCodeCounter {

    @Id
    @Column(name = "fiscal_year")
    private int fiscalYear;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected ProjectCodeCounter() {
    }

    /** A counter that continues after the codes the year already has. */
    ProjectCodeCounter(int fiscalYear, int lastNumber) {
        this.fiscalYear = fiscalYear;
        this.lastNumber = lastNumber;
    }

    /** The year's next code: XM20260042. */
    String next() {
        lastNumber++;
        return String.format("XM%d%04d", fiscalYear, lastNumber);
    }
}
