package cn.fundperf.ejb.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Where money comes from: 中央补助, 省级补助, 市级补助, 本级预算, 统筹整合. Fixed reference data. */
@Entity
@Table(name = "fund_source_type")
public class FundSourceType {

    @Id
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean integrated;

    protected FundSourceType() {
    }

    public Long getId() {
        return id;
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

    /** 统筹整合: money integrated from other sources; the project's new using unit becomes the performance subject. */
    public boolean isIntegrated() {
        return integrated;
    }
}
