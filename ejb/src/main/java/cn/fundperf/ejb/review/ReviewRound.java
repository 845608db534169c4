package cn.fundperf.ejb.review;

import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.organization.ScopedRecord;
import cn.fundperf.ejb.permission.Permission;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.ReachableRecord;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.validation.Limits;
import cn.fundperf.ejb.validation.MaxItems;
import cn.fundperf.ejb.validation.Text;
import cn.fundperf.ejb.validation.Year;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * 审核轮次: finance puts submitted sheets before a committee (审核领导小组) with a chair. Every
 * member rates every sheet on the four criteria and signs; the chair concludes sheet by sheet.
 * The round belongs to the finance office that opened it (its scope paths).
 */
@Entity
@Table(name = "review_round")
public class ReviewRound implements ScopedRecord, ReachableRecord {

    public static final int MIN_MEMBERS = 3;

    @Id
    @SequenceGenerator(name = "review_round_seq", sequenceName = "review_round_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_round_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "fiscal_year", nullable = false)
    @Year
    private int fiscalYear;

    @Column(name = "title", nullable = false, length = 200)
    @Text(max = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "selection", nullable = false, length = 16)
    private RoundSelection selection;

    @Column(name = "selection_label", length = 200)
    private String selectionLabel;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private RoundStatus status = RoundStatus.OPEN;

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL)
    @OrderBy("chair desc, id")
    @MaxItems(Limits.MEMBERS)
    private List<ReviewMember> members = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<ReviewItem> items = new ArrayList<>();

    @Column(name = "opened_by", nullable = false, length = 80)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "scope_org_path", nullable = false, length = 400)
    private String organizationPath;

    @Column(name = "scope_region_path", nullable = false, length = 400)
    private String regionPath;

    protected ReviewRound() {
    }

    /**
     * Opens a round over the given sheets (each moves to IN_REVIEW) with a committee of at least
     * three members, exactly one of them the chair, each user once, and nobody from the unit or the
     * supervising department of a sheet in the round.
     */
    public ReviewRound(int fiscalYear, String title, RoundSelection selection, String selectionLabel, List<Appointment> committee,
                       List<TargetSheet> sheets, String organizationPath, String regionPath, String actor, LocalDateTime now) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("review.round.titleRequired");
        }
        if (sheets.isEmpty()) {
            throw new InvalidInputException("review.round.noSheets");
        }
        if (committee.size() < MIN_MEMBERS) {
            throw new InvalidInputException("review.round.tooFewMembers", MIN_MEMBERS);
        }
        if (committee.stream().filter(Appointment::chair).count() != 1) {
            throw new InvalidInputException("review.round.oneChair");
        }
        Set<String> seen = new HashSet<>();
        for (Appointment appointment : committee) {
            if (!seen.add(appointment.username())) {
                throw new InvalidInputException("review.round.duplicateMember", appointment.displayName());
            }
        }
        for (TargetSheet sheet : sheets) {
            for (Appointment appointment : committee) {
                if (standsAside(appointment, sheet)) {
                    throw new InvalidInputException("review.round.conflictOfInterest", appointment.displayName(), sheet.getProject().getName());
                }
            }
        }
        this.fiscalYear = fiscalYear;
        this.title = title.strip();
        this.selection = selection == null ? RoundSelection.HAND_PICKED : selection;
        this.selectionLabel = selectionLabel;
        this.organizationPath = organizationPath;
        this.regionPath = regionPath;
        this.openedBy = actor;
        this.openedAt = now;
        committee.forEach(appointment -> members.add(new ReviewMember(this, appointment)));
        for (TargetSheet sheet : sheets) {
            sheet.enterReview(actor, now);
            items.add(new ReviewItem(this, sheet, items.size() + 1, members));
        }
    }

    /** 回避: nobody reviews the targets of their own unit or of the units their department supervises. */
    private static boolean standsAside(Appointment appointment, TargetSheet sheet) {
        String own = appointment.organizationPath();
        return own != null && (own.equals(sheet.organizationPath()) || own.equals(sheet.departmentPath()));
    }

    /** Finance of the round's jurisdiction who manage reviews, and the committee's members. */
    @Override
    public boolean reachableBy(Actor actor) {
        return (actor.may(Permission.REVIEW_MANAGE) && actor.scope().permits(this)) || isMember(actor.username());
    }

    public boolean isMember(String username) {
        return members.stream().anyMatch(m -> m.getUsername().equals(username));
    }

    public boolean isChair(String username) {
        return members.stream().anyMatch(m -> m.isChair() && m.getUsername().equals(username));
    }

    public ReviewMember chair() {
        return members.stream().filter(ReviewMember::isChair).findFirst().orElseThrow();
    }

    void closeWhenDone(LocalDateTime now) {
        if (items.stream().allMatch(ReviewItem::isConcluded)) {
            status = RoundStatus.CLOSED;
            closedAt = now;
        }
    }

    public long concludedCount() {
        return items.stream().filter(ReviewItem::isConcluded).count();
    }

    @Override
    public String organizationPath() {
        return organizationPath;
    }

    @Override
    public String regionPath() {
        return regionPath;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public int getFiscalYear() { return fiscalYear; }
    public String getTitle() { return title; }
    public RoundSelection getSelection() { return selection; }
    public String getSelectionLabel() { return selectionLabel; }
    public RoundStatus getStatus() { return status; }
    public List<ReviewMember> getMembers() { return List.copyOf(members); }
    public List<ReviewItem> getItems() { return List.copyOf(items); }
    public String getOpenedBy() { return openedBy; }
    public LocalDateTime getOpenedAt() { return openedAt; }
    public LocalDateTime getClosedAt() { return closedAt; }
    public long getConcludedCount() { return concludedCount(); }
}
