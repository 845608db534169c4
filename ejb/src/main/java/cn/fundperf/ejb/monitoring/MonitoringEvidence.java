package cn.fundperf.ejb.monitoring;

import cn.fundperf.ejb.organization.ScopedRecord;
import cn.fundperf.ejb.task.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDateTime;

/**
 * A file backing a report (佐证材料): of one indicator (by key) or of the report as a whole. Kept in
 * the file store under a generated name with its SHA-256; read only through its task's data scope.
 */
@Entity
@Table(name = "monitoring_evidence")
public class MonitoringEvidence implements ScopedRecord {

    @Id
    @SequenceGenerator(name = "monitoring_evidence_seq", sequenceName = "monitoring_evidence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitoring_evidence_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false, updatable = false)
    private MonitoringTask task;

    @Column(name = "indicator_key", length = 36, updatable = false)
    private String indicatorKey;

    @Embedded
    private StoredFile file;

    @Column(name = "uploaded_by", nullable = false, length = 80, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private LocalDateTime uploadedAt;

    protected MonitoringEvidence() {
    }

    public MonitoringEvidence(MonitoringTask task, String indicatorKey, StoredFile file, String uploadedBy, LocalDateTime now) {
        this.task = task;
        this.indicatorKey = indicatorKey;
        this.file = file;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    /** A file is read where its report is read. */
    @Override
    public String organizationPath() {
        return task.organizationPath();
    }

    @Override
    public String departmentPath() {
        return task.departmentPath();
    }

    @Override
    public String regionPath() {
        return task.regionPath();
    }

    public Long getId() { return id; }
    public MonitoringTask getTask() { return task; }
    public String getIndicatorKey() { return indicatorKey; }
    public StoredFile getFile() { return file; }
    public String getFileName() { return file.fileName(); }
    public Long getBytes() { return file.bytes(); }
    public String getSha256() { return file.sha256(); }
    public String getUploadedBy() { return uploadedBy; }
    public LocalDateTime getUploadedAt() { return uploadedAt; }
}
