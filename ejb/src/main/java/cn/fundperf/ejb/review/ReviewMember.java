package cn.fundperf.ejb.review;

import cn.fundperf.ejb.organization.OrganizationType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A seat on the round's committee (审核领导小组): the user, and the kind of organization they
 * speak for, kept as it was when the round opened.
 */
@Entity
@Table(name = "review_member")
public class ReviewMember {

    @Id
    @SequenceGenerator(name = "review_member_seq", sequenceName = "review_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_member_seq")
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false)
    private ReviewRound round;

    @Column(name = "username", nullable = false, length = 80)
    private String username;

    @Column(name = "display_name", nullable = false, length = 80)
    private String displayName;

    @Column(name = "organization_name", nullable = false, length = 200)
    private String organizationName;

    @Enumerated(EnumType.STRING)
    @Column(name = "affiliation", nullable = false, length = 24)
    private OrganizationType affiliation;

    @Column(name = "chair", nullable = false)
    private boolean chair;

    protected ReviewMember() {
    }

    ReviewMember(ReviewRound round, Appointment appointment) {
        this.round = round;
        this.username = appointment.username();
        this.displayName = appointment.displayName();
        this.organizationName = appointment.organizationName();
        this.affiliation = appointment.affiliation();
        this.chair = appointment.chair();
    }

    public Long getId() { return id; }
    public ReviewRound getRound() { return round; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getOrganizationName() { return organizationName; }
    public OrganizationType getAffiliation() { return affiliation; }
    public boolean isChair() { return chair; }
}
