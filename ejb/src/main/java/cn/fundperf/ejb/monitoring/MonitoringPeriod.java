package cn.fundperf.ejb.monitoring;

import cn.fundperf.ejb.business.IllegalTransitionException;
import cn.fundperf.ejb.organization.Region;
import cn.fundperf.ejb.permission.Permission;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.DataScope;
import cn.fundperf.ejb.security.ReachableRecord;
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
import java.util.List;

/**
 * A monitoring period of a region's year (a quarter end, the August concentrated monitoring, a
 * month of 重点监控, or one finance adds): measured up to its end, open for reports from its
 * opening day to its deadline. Opened once by the daily job, which then creates its tasks.
 */
@Entity
@Table(name = "monitoring_period")
public class MonitoringPeriod implements ReachableRecord {

    @Id
    @SequenceGenerator(name = "monitoring_period_seq", sequenceName = "monitoring_period_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitoring_period_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id", nullable = false, updatable = false)
    private Region region;

    @Column(name = "region_path", nullable = false, length = 400, updatable = false)
    private String regionPath;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    /** 重点监控: only the projects finance chose get a task in this period. */
    @Column(name = "key_only", nullable = false)
    private boolean keyOnly;

    @Column(name = "opened_at")
    private LocalDateTime openedAt;

    @Column(name = "task_count", nullable = false)
    private int taskCount;

    @Column(name = "created_by", nullable = false, length = 80, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected MonitoringPeriod() {
    }

    public MonitoringPeriod(Region region, int fiscalYear, PeriodPlan plan, boolean keyOnly, String createdBy, LocalDateTime now) {
        this.region = region;
        this.regionPath = region.getPath();
        this.fiscalYear = fiscalYear;
        this.name = plan.name();
        this.periodEnd = plan.periodEnd();
        this.opensOn = plan.opensOn();
        this.deadline = plan.deadline();
        this.keyOnly = keyOnly;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Dates can move until the period is opened; after that the units work to them. */
    public void reschedule(PeriodPlan plan) {
        if (isOpened()) {
            throw new IllegalTransitionException("monitoring.periodOpened", name);
        }
        this.name = plan.name();
        this.periodEnd = plan.periodEnd();
        this.opensOn = plan.opensOn();
        this.deadline = plan.deadline();
    }

    void opened(int tasks, LocalDateTime now) {
        this.openedAt = now;
        this.taskCount = tasks;
    }

    public PeriodPlan plan() {
        return new PeriodPlan(name, periodEnd, opensOn, deadline);
    }

    public boolean isOpened() {
        return openedAt != null;
    }

    /**
     * A period is a calendar, not business data: every reader of monitoring reaches it whose region
     * lies above or below it (a county's finance office its province's periods and its own), and
     * units and departments, whose counts and lists are limited to their own projects anyway.
     */
    @Override
    public boolean reachableBy(Actor actor) {
        if (!actor.may(Permission.MONITORING_READ)) {
            return false;
        }
        List<DataScope.Grant> regions = actor.scope().grants().stream().filter(g -> g.reach() == DataScope.Reach.REGION_TREE).toList();
        return regions.isEmpty() ? !actor.scope().isEmpty()
                : regions.stream().anyMatch(g -> regionPath.startsWith(g.path()) || g.path().startsWith(regionPath));
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Region getRegion() { return region; }
    public String getRegionPath() { return regionPath; }
    public int getFiscalYear() { return fiscalYear; }
    public String getName() { return name; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public LocalDate getOpensOn() { return opensOn; }
    public LocalDate getDeadline() { return deadline; }
    public boolean isKeyOnly() { return keyOnly; }
    public LocalDateTime getOpenedAt() { return openedAt; }
    public int getTaskCount() { return taskCount; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
