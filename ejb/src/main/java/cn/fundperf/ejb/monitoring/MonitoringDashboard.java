package cn.fundperf.ejb.monitoring;

import static cn.fundperf.ejb.permission.Permission.MONITORING_READ;

import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.InScope;
import cn.fundperf.ejb.platform.ShortLivedCache;
import cn.fundperf.ejb.security.CurrentActor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 双监控 at a glance for finance and the poverty office (and, within their scope, departments):
 * a period's reports by warning level, by fund category, department and region, each group's
 * execution rate beside the period's time progress, the late reports; every number leads to the
 * list of the projects behind it. Counted in the database, whatever the size of the jurisdiction.
 */
@Stateless
public class MonitoringDashboard {

    /** How many groups a breakdown shows (the worst first); a province's regions beyond are in the list. */
    static final int GROUPS_SHOWN = 50;

    /** A count of reports by level and standing, and what was released and spent. */
    public record Counts(long red, long yellow, long green, long unjudged, long submitted, long overdue, long total,
                         BigDecimal released, BigDecimal executed) implements Serializable {

        /** 预算执行率 of the group: spent of released, in percent; null when nothing was released. */
        public BigDecimal executionRate() {
            return released == null || released.signum() <= 0 || executed == null ? null
                    : executed.multiply(BigDecimal.valueOf(100)).divide(released, 1, RoundingMode.HALF_UP);
        }

        public long getRed() { return red; }
        public long getYellow() { return yellow; }
        public long getGreen() { return green; }
        public long getUnjudged() { return unjudged; }
        public long getSubmitted() { return submitted; }
        public long getOverdue() { return overdue; }
        public long getTotal() { return total; }
        public BigDecimal getReleased() { return released; }
        public BigDecimal getExecuted() { return executed; }
        public BigDecimal getExecutionRate() { return executionRate(); }
    }

    /** One line of a breakdown: a category, a department or a region, and its counts. */
    public record Group(Long id, String name, Counts counts) implements Serializable {
        public Long getId() { return id; }
        public String getName() { return name; }
        public Counts getCounts() { return counts; }
    }

    /** The whole picture of a period. */
    public record Overview(MonitoringPeriod period, BigDecimal timeProgress, Counts counts, List<Group> byCategory,
                           List<Group> byDepartment, List<Group> byRegion) implements Serializable {
        public MonitoringPeriod getPeriod() { return period; }
        public BigDecimal getTimeProgress() { return timeProgress; }
        public Counts getCounts() { return counts; }
        public List<Group> getByCategory() { return byCategory; }
        public List<Group> getByDepartment() { return byDepartment; }
        public List<Group> getByRegion() { return byRegion; }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    ShortLivedCache cache;

    /** The cache name of monitoring's large totals; what changes reports forgets it. */
    public static final String COUNTS = "monitoringCounts";

    /**
     * A period's picture in the caller's scope. A province's (ten thousand reports or more) is kept a
     * minute, as the large totals of the lists are: counting them costs half a second each time;
     * this server forgets it when reports are submitted, judged or opened.
     */
    @Guarded(MONITORING_READ)
    public Overview overview(@InScope(MonitoringPeriod.class) long periodId) {
        MonitoringPeriod period = em.find(MonitoringPeriod.class, periodId);
        List<List<Group>> breakdowns = cache.get(List.of(COUNTS, currentActor.get().scope().grants(), periodId),
                () -> List.of(groups(periodId, null), groups(periodId, "category"), groups(periodId, "department"), groups(periodId, "region")),
                kept -> !kept.get(0).isEmpty() && kept.get(0).get(0).counts().total() >= ShortLivedCache.LARGE_COUNT);
        List<Group> total = breakdowns.get(0);
        Counts counts = total.isEmpty() ? new Counts(0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO) : total.get(0).counts();
        return new Overview(period, TimeProgress.at(period.getPeriodEnd(), period.getFiscalYear()), counts,
                breakdowns.get(1), breakdowns.get(2), breakdowns.get(3));
    }

    /** The counts of a period's reports in the caller's scope, grouped by a relation of the project (none: one line for all). */
    private List<Group> groups(long periodId, String by) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<MonitoringTask> task = query.from(MonitoringTask.class);
        Path<WarningLevel> level = task.get("level");
        Path<ReportStatus> status = task.get("status");
        List<Selection<?>> columns = new ArrayList<>();
        Expression<Long> groupId = null;
        Expression<String> groupName = null;
        if (by != null) {
            Join<?, ?> group = task.join("project").join(by);
            groupId = group.get("id");
            groupName = group.get("name");
            columns.add(groupId.alias("id"));
            columns.add(groupName.alias("name"));
        }
        columns.add(count(cb, cb.equal(level, WarningLevel.RED)).alias("red"));
        columns.add(count(cb, cb.equal(level, WarningLevel.YELLOW)).alias("yellow"));
        columns.add(count(cb, cb.equal(level, WarningLevel.GREEN)).alias("green"));
        columns.add(count(cb, cb.isNull(level)).alias("unjudged"));
        columns.add(count(cb, cb.equal(status, ReportStatus.SUBMITTED)).alias("submitted"));
        columns.add(count(cb, cb.isNotNull(task.get("overdueSince"))).alias("overdue"));
        columns.add(cb.count(task).alias("total"));
        columns.add(cb.sum(task.<BigDecimal>get("releasedBudget")).alias("released"));
        columns.add(cb.sum(cb.<BigDecimal>selectCase().when(cb.equal(status, ReportStatus.SUBMITTED), task.<BigDecimal>get("executedTotal"))
                .otherwise(BigDecimal.ZERO)).alias("executed"));
        query.multiselect(columns).where(cb.equal(task.get("period").get("id"), periodId),
                currentActor.get().scope().restrict(cb, task.get("scope")));
        if (by != null) {
            query.groupBy(groupId, groupName);
        }
        List<Group> groups = new ArrayList<>();
        for (Tuple row : em.createQuery(query).getResultList()) {
            Counts counts = new Counts(number(row, "red"), number(row, "yellow"), number(row, "green"), number(row, "unjudged"),
                    number(row, "submitted"), number(row, "overdue"), number(row, "total"), money(row, "released"), money(row, "executed"));
            if (counts.total() > 0) {
                groups.add(new Group(by == null ? null : row.get("id", Long.class), by == null ? null : row.get("name", String.class), counts));
            }
        }
        // the worst first: most RED, then most YELLOW, then by name
        groups.sort(Comparator.comparingLong((Group g) -> -g.counts().red()).thenComparingLong(g -> -g.counts().yellow())
                .thenComparing(g -> g.name() == null ? "" : g.name()));
        return groups.size() > GROUPS_SHOWN ? List.copyOf(groups.subList(0, GROUPS_SHOWN)) : groups;
    }

    private static Expression<Long> count(CriteriaBuilder cb, Predicate condition) {
        return cb.sum(cb.<Long>selectCase().when(condition, 1L).otherwise(0L));
    }

    private static long number(Tuple row, String alias) {
        Object value = row.get(alias);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal money(Tuple row, String alias) {
        Object value = row.get(alias);
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}
