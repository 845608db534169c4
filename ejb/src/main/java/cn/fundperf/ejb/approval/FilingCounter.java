package cn.fundperf.ejb.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last filing number given in a year. Read under a write lock, so that two finance clerks
 * filing at the same moment never get the same 备案号.
 */
@Entity
@Table(name = "filing_counter")
public class FilingCounter {

    @Id
    @Column(name = "fiscal_year")
    private int fiscalYear;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected FilingCounter() {
    }

    FilingCounter(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    /** A counter that continues after filings made outside the service (the demo county's). */
    public FilingCounter(int fiscalYear, int lastNumber) {
        this.fiscalYear = fiscalYear;
        this.lastNumber = lastNumber;
    }

    /** The year's next filing number: 扶贫绩备〔2026〕12号 */
    public String next() {
        lastNumber++;
        return "扶贫绩备〔" + fiscalYear + "〕" + lastNumber + "号";
    }
}
