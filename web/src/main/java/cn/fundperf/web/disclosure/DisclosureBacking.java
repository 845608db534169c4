package cn.fundperf.web.disclosure;

import cn.fundperf.ejb.disclosure.DisclosureService;
import cn.fundperf.ejb.disclosure.PublishedTarget;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.platform.ClockProducer;
import cn.fundperf.ejb.reference.FundCategory;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** 信息公开: the published targets, for anyone, without signing in. */
@Named
@ViewScoped
public class DisclosureBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DisclosureService disclosure;

    private int year = LocalDate.now(ClockProducer.officeZone()).getYear();
    private Long departmentId;
    private Long categoryId;
    private List<PublishedTarget> targets;
    private List<Organization> departments;
    private List<FundCategory> categories;

    @PostConstruct
    void init() {
        categories = disclosure.categories();
        search();
    }

    public void search() {
        departments = disclosure.departments(year);
        targets = disclosure.published(year, departmentId, categoryId);
    }

    public StreamedContent getWorkbook() {
        int chosenYear = year;
        Long department = departmentId;
        Long category = categoryId;
        return DefaultStreamedContent.builder().name(chosenYear + "年绩效目标公开.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(disclosure.workbook(chosenYear, department, category))).build();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(ClockProducer.officeZone()).getYear();
        return IntStream.rangeClosed(now - 5, now + 1).boxed().sorted((a, b) -> b - a).toList();
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public List<PublishedTarget> getTargets() { return targets; }
    public List<Organization> getDepartments() { return departments; }
    public List<FundCategory> getCategories() { return categories; }
}
