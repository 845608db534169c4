package cn.fundperf.web.reference;

import cn.fundperf.ejb.reference.FundCategory;
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
