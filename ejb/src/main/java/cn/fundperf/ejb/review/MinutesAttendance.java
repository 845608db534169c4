package cn.fundperf.ejb.review;

import cn.fundperf.ejb.validation.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** One appointed member in the minutes: present, or absent with the reason (named as when the round opened). */
@Embeddable
public class MinutesAttendance implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "username", nullable = false, length = 80)
    private String username;

    @Column(name = "display_name", nullable = false, length = 80)
    private String displayName;

    @Column(name = "present", nullable = false)
    private boolean present;

    @Column(name = "absence_reason", length = 200)
    @Text(max = 200)
    private String absenceReason;

    protected MinutesAttendance() {
    }

    MinutesAttendance(int position, ReviewMember member, boolean present, String absenceReason) {
        this.position = position;
        this.username = member.getUsername();
        this.displayName = member.getDisplayName();
        this.present = present;
        this.absenceReason = present ? null : absenceReason;
    }

    public int getPosition() { return position; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public boolean isPresent() { return present; }
    public String getAbsenceReason() { return absenceReason; }
}
