package cn.fundperf.ejb.disclosure;

import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.targetsheet.TargetVersion;
import cn.fundperf.ejb.validation.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * 公开: an approved target version was published (on the government's information-disclosure page, with
 * the department budget...) on a day, and whether that was within the deadline. Recorded once per version.
 */
@Entity
@Table(name = "target_publication")
public class TargetPublication {

    @Id
    @SequenceGenerator(name = "target_publication_seq", sequenceName = "target_publication_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "target_publication_seq")
    private Long id;

    @Version
    private long version;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_version_id", nullable = false, unique = true, updatable = false)
    private TargetVersion targetVersion;

    @Column(name = "published_on", nullable = false, updatable = false)
    private LocalDate publishedOn;

    @Column(name = "channel", nullable = false, length = 300, updatable = false)
    @Text(max = 300)
    private String channel;

    @Column(name = "in_time", nullable = false, updatable = false)
    private boolean inTime;

    @Column(name = "recorded_by", nullable = false, length = 80, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    protected TargetPublication() {
    }

    /** Publication on a day not before the approval and not in the future, with where it was published. */
    public TargetPublication(TargetVersion targetVersion, LocalDate publishedOn, String channel, DisclosureDeadline deadline,
                             String actor, LocalDateTime now) {
        if (publishedOn == null) {
            throw new InvalidInputException("disclosure.publication.dateRequired");
        }
        if (channel == null || channel.isBlank()) {
            throw new InvalidInputException("disclosure.publication.channelRequired");
        }
        if (publishedOn.isBefore(targetVersion.getApprovedOn()) || publishedOn.isAfter(now.toLocalDate())) {
            throw new InvalidInputException("disclosure.publication.dateOutOfRange", targetVersion.getApprovedOn());
        }
        this.targetVersion = targetVersion;
        this.publishedOn = publishedOn;
        this.channel = channel.strip();
        this.inTime = deadline.inTime(targetVersion.getApprovedOn(), publishedOn);
        this.recordedBy = actor;
        this.recordedAt = now;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public TargetVersion getTargetVersion() { return targetVersion; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public String getChannel() { return channel; }
    public boolean isInTime() { return inTime; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
}
