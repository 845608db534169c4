package cn.fundperf.web.reference;

import cn.fundperf.ejb.reference.FundCategory;
import cn.fundperf.ejb.reference.FundPeriod;
import cn.fundperf.ejb.reference.FundSourceType;
import cn.fundperf.ejb.reference.ReferenceDataService;
import cn.fundperf.web.faces.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Fund categories and fund source types; the system administrator may add a category. */
@Named
@ViewScoped
public class CategoriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceDataService reference;

    private List<FundCategory> categories;
    private List<FundSourceType> sourceTypes;
    private String code;
    private String name;
    private String nameEn;
    private Long placedId;
    private FundPeriod period = FundPeriod.REVITALIZATION_LINKAGE;
    private Integer firstYear;
    private Integer lastYear;

    @PostConstruct
    void load() {
        categories = reference.categories();
        sourceTypes = reference.sourceTypes();
    }

    public void add() {
        FundCategory added = reference.addCategory(code, name, nameEn);
        Texts.info("reference.category.added", added.getName());
        code = name = nameEn = null;
        load();
    }

    /** Places the chosen category in a fund period and years. */
    public void place() {
        FundCategory category = categories.stream().filter(c -> c.getId().equals(placedId)).findFirst().orElse(null);
        if (category == null) {
            Texts.error("project.required");
            return;
        }
        FundCategory placed = reference.placeCategory(category.getId(), category.getVersion(), period, firstYear, lastYear);
        Texts.info("reference.category.placed", placed.getName());
        load();
    }

    /** "2021 年起", "至 2020 年", "2016–2020 年", "不限". */
    public String yearsOf(FundCategory c) {
        if (c.getFirstYear() == null && c.getLastYear() == null) {
            return Texts.text("reference.years.open");
        }
        if (c.getLastYear() == null) {
            return Texts.text("reference.years.from", String.valueOf(c.getFirstYear()));
        }
        if (c.getFirstYear() == null) {
            return Texts.text("reference.years.until", String.valueOf(c.getLastYear()));
        }
        return c.getFirstYear() + "–" + c.getLastYear();
    }

    public FundPeriod[] getPeriods() { return FundPeriod.values(); }
    public Long getPlacedId() { return placedId; }
    public void setPlacedId(Long placedId) { this.placedId = placedId; }
    public FundPeriod getPeriod() { return period; }
    public void setPeriod(FundPeriod period) { this.period = period; }
    public Integer getFirstYear() { return firstYear; }
    public void setFirstYear(Integer firstYear) { this.firstYear = firstYear; }
    public Integer getLastYear() { return lastYear; }
    public void setLastYear(Integer lastYear) { this.lastYear = lastYear; }

    public List<FundCategory> getCategories() {
        return categories;
    }

    public List<FundSourceType> getSourceTypes() {
        return sourceTypes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
