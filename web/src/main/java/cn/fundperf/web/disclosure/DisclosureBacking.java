package cn.fundperf.web.disclosure;

import cn.fundperf.ejb.disclosure.DisclosureService;
import cn.fundperf.ejb.disclosure.PublicFilter;
import cn.fundperf.ejb.disclosure.PublishedPage;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.organization.Region;
import cn.fundperf.ejb.platform.ClockProducer;
import cn.fundperf.ejb.platform.ShortLivedCache;
import cn.fundperf.ejb.reference.FundCategory;
import cn.fundperf.web.faces.StatelessView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 信息公开: the published targets, for anyone, without signing in. One request is one question
 * (year, region, department, category, words, page, all in the address so that it can be linked);
 * the answers come from a short-lived cache, so that the page costs the database nothing when
 * many people look at the same thing.
 */
@Named
@RequestScoped
public class DisclosureBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    DisclosureService disclosure;

    @Inject
    ShortLivedCache cache;

    private int year = thisYear();
    private Long regionId;
    private Long departmentId;
    private Long categoryId;
    private String text;
    private int page = 1;
    private PublishedPage result;

    /** The question of the address, as one cache key. */
    private PublicFilter filter() {
        return new PublicFilter(year, regionId, departmentId, categoryId, text);   // it strips and bounds the words
    }

    @PostConstruct
    void stateless() {
        StatelessView.keepNoState();
    }

    public PublishedPage getResult() {
        if (result == null) {
            PublicFilter filter = filter();
            int first = (Math.max(1, page) - 1) * PAGE_SIZE;
            result = cache.get(List.of("page", filter, first), () -> disclosure.page(filter, first, PAGE_SIZE));
        }
        return result;
    }

    public int getPageCount() {
        return (int) Math.max(1, (getResult().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The search button: the same page with the question in the address. */
    public String search() {
        return "/public/index?faces-redirect=true&includeViewParams=true&page=1";
    }

    public StreamedContent getWorkbook() {
        int chosenYear = year;
        Long department = departmentId;
        Long category = categoryId;
        return DefaultStreamedContent.builder().name(chosenYear + "年绩效目标公开.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                // not cached: workbooks are large, and a visitor could vary the question to fill the memory
                .stream(() -> new ByteArrayInputStream(disclosure.workbook(chosenYear, department, category))).build();
    }

    public List<Integer> getYears() {
        int now = thisYear();
        return IntStream.rangeClosed(now - 5, now + 1).boxed().sorted((a, b) -> b - a).toList();
    }

    public List<Region> getRegions() {
        return cache.get("regions", disclosure::regions);
    }

    public List<Organization> getDepartments() {
        List<Object> key = Arrays.asList("departments", year, regionId);   // regionId may be null
        return cache.get(key, () -> disclosure.departments(year, regionId));
    }

    public List<FundCategory> getCategories() {
        return cache.get("categories", disclosure::categories);
    }

    private static int thisYear() {
        return LocalDate.now(ClockProducer.officeZone()).getYear();
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public Long getRegionId() { return regionId; }
    public void setRegionId(Long regionId) { this.regionId = regionId; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(1, page); }
}
