package cn.fundperf.web.review;

import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.platform.ClockProducer;
import cn.fundperf.ejb.project.ProjectService;
import cn.fundperf.ejb.reference.FundCategory;
import cn.fundperf.ejb.reference.ReferenceDataService;
import cn.fundperf.ejb.review.Appointment;
import cn.fundperf.ejb.review.OpenRoundRequest;
import cn.fundperf.ejb.review.ReviewRound;
import cn.fundperf.ejb.review.ReviewService;
import cn.fundperf.ejb.review.RoundSelection;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.web.faces.PagedModel;
import cn.fundperf.web.faces.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Finance opens a review round: which submitted sheets, and who sits on the committee. */
@Named
@ViewScoped
public class OpenRoundBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService reviews;

    @Inject
    ProjectService projects;

    @Inject
    ReferenceDataService reference;

    private int year = LocalDate.now(ClockProducer.officeZone()).getYear();
    private String title;
    private RoundSelection selection = RoundSelection.HAND_PICKED;
    private Long departmentId;
    private Long categoryId;
    private final PagedModel<TargetSheet> candidates = new PagedModel<>(
            () -> reviews.candidatesCount(year, departmentFilter(), categoryFilter()),
            (first, max) -> reviews.candidates(year, departmentFilter(), categoryFilter(), first, max),
            TargetSheet::getId, key -> reviews.candidate(Long.parseLong(key)));
    private List<TargetSheet> chosen = new ArrayList<>();
    private List<Appointment> eligible;
    private List<String> members = new ArrayList<>();
    private String chair;
    private List<Organization> departments;
    private List<FundCategory> categories;

    @PostConstruct
    void init() {
        title = Texts.text("review.open.defaultTitle", String.valueOf(year));
        eligible = reviews.eligibleMembers();
        departments = projects.departmentsInScope();
        categories = reference.categories();
    }

    /** The year, the way of choosing or its department or category changed: the list starts again, nothing chosen. */
    public void reloadCandidates() {
        chosen = new ArrayList<>();
        PagedModel.showFirstPage(":open:candidates");
    }

    // the list shows what a round by department or by category would take; hand-picking searches all
    private Long departmentFilter() {
        return selection == RoundSelection.DEPARTMENT ? departmentId : null;
    }

    private Long categoryFilter() {
        return selection == RoundSelection.CATEGORY ? categoryId : null;
    }

    public String open() {
        List<String> committee = new ArrayList<>(members);
        if (chair != null && !committee.contains(chair)) {
            committee.add(0, chair);   // the chair sits on the committee even when not ticked twice
        }
        ReviewRound round = reviews.openRound(new OpenRoundRequest(year, title, selection, departmentId, categoryId,
                chosen.stream().map(TargetSheet::getId).toList(), committee, chair));
        Texts.flashInfo("review.open.done", round.getTitle(), round.getItems().size());
        return "/app/review/round?faces-redirect=true&id=" + round.getId();
    }

    /** "赵立新（县发展改革局·发展改革局）" */
    public String describe(Appointment appointment) {
        return appointment.displayName() + "（" + appointment.organizationName() + "）";
    }

    public RoundSelection[] getSelections() { return RoundSelection.values(); }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public RoundSelection getSelection() { return selection; }
    public void setSelection(RoundSelection selection) { this.selection = selection; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public PagedModel<TargetSheet> getCandidates() { return candidates; }
    public List<TargetSheet> getChosen() { return chosen; }
    public void setChosen(List<TargetSheet> chosen) { this.chosen = chosen; }
    public List<Appointment> getEligible() { return eligible; }
    public List<String> getMembers() { return members; }
    public void setMembers(List<String> members) { this.members = members; }
    public String getChair() { return chair; }
    public void setChair(String chair) { this.chair = chair; }
    public List<Organization> getDepartments() { return departments; }
    public List<FundCategory> getCategories() { return categories; }
}
