package cn.fundperf.ejb.reference;

import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.validation.Text;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Cache;

/**
 * A fund category: the plan's 13 (产业扶贫, 易地扶贫搬迁, ...) for 脱贫攻坚 funds and the 衔接资金 tasks from
 * 2021 (产业发展, 少数民族发展任务, 以工代赈任务, ...) ship built in. First and last year bound the fiscal
 * years a project may be filed under it; an administrator sets them.
 */
@Entity
// reference data read on nearly every request: in the shared cache; another server's change shows within a minute
@Cacheable
@Cache(expiry = 60_000)
@Table(name = "fund_category")
public class FundCategory {

    @Id
    @SequenceGenerator(name = "fund_category_seq", sequenceName = "fund_category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fund_category_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 32)
    @Text(max = 32)
    private String code;

    @Column(nullable = false, length = 60)
    @Text(max = 60)
    private String name;

    @Column(name = "name_en", nullable = false, length = 100)
    @Text(max = 100)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean builtin;

    @Column(nullable = false)
    private boolean active = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "fund_period", nullable = false, length = 24)
    private FundPeriod fundPeriod = FundPeriod.POVERTY_ALLEVIATION;

    @Column(name = "first_year")
    private Integer firstYear;

    @Column(name = "last_year")
    private Integer lastYear;

    protected FundCategory() {
    }

    public FundCategory(String code, String name, String nameEn, int sortOrder) {
        if (code == null || code.isBlank() || name == null || name.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new InvalidInputException("fundCategory.incomplete");
        }
        this.code = code.strip().toUpperCase();
        this.name = name.strip();
        this.nameEn = nameEn.strip();
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public boolean isActive() {
        return active;
    }

    public FundPeriod getFundPeriod() {
        return fundPeriod;
    }

    public Integer getFirstYear() {
        return firstYear;
    }

    public Integer getLastYear() {
        return lastYear;
    }

    /** May a project of this fiscal year be filed under this category? */
    public boolean usableIn(int fiscalYear) {
        return active && (firstYear == null || firstYear <= fiscalYear) && (lastYear == null || fiscalYear <= lastYear);
    }

    /** The administrator places the category in a period and its years (either bound may stay open). */
    public void placeIn(FundPeriod period, Integer first, Integer last) {
        if (period == null || first != null && last != null && first > last) {
            throw new InvalidInputException("fundCategory.years");
        }
        fundPeriod = period;
        firstYear = first;
        lastYear = last;
    }
}
