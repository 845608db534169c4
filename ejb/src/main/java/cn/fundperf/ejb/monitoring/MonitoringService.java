package cn.fundperf.ejb.monitoring;

import static cn.fundperf.ejb.permission.Permission.MONITORING_READ;
import static cn.fundperf.ejb.permission.Permission.MONITORING_REPORT;
import static cn.fundperf.ejb.permission.Permission.MONITORING_RETURN;

import cn.fundperf.ejb.audit.UseCaseAudit;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.business.StaleVersionException;
import cn.fundperf.ejb.notification.NotificationKind;
import cn.fundperf.ejb.notification.Outbox;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.organization.OrganizationType;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.InScope;
import cn.fundperf.ejb.platform.ShortLivedCache;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.security.Role;
import cn.fundperf.ejb.targetsheet.Gap;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.IndicatorSettings;
import cn.fundperf.ejb.targetsheet.TargetVersion;
import cn.fundperf.ejb.task.FileStore;
import cn.fundperf.ejb.task.StoredFile;
import cn.fundperf.ejb.validation.Limits;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * 在线填报 and its judgement (plan §七): units fill and submit their monitoring reports with
 * evidence, departments send them back, everyone in scope reads them with their warning level and
 * the findings that explain it.
 */
@Stateless
public class MonitoringService {

    /** What a list of tasks may be narrowed to; null parts do not narrow. */
    public record TaskFilter(Integer year, Long periodId, ReportStatus status, WarningLevel level, Boolean overdue) {
        public static TaskFilter all() {
            return new TaskFilter(null, null, null, null, null);
        }

        public static TaskFilter ofPeriod(long periodId) {
            return new TaskFilter(null, periodId, null, null, null);
        }
    }

    /** Forms in one exported file: a department's or a county's period; a province's is exported county by county. */
    static final int FORMS_AT_ONCE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    UseCaseAudit audit;

    @Inject
    Outbox outbox;

    @Inject
    MonitoringSettings settings;

    @Inject
    IndicatorSettings indicatorSettings;

    @Inject
    FileStore files;

    @Inject
    ShortLivedCache cache;

    @Inject
    Event<RedReport> redReports;

    @Inject
    Clock clock;

    /** A page of the tasks in the caller's scope, the latest period first, then by project code. */
    @Guarded(MONITORING_READ)
    public List<MonitoringTask> tasks(TaskFilter filter, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<MonitoringTask> query = cb.createQuery(MonitoringTask.class);
        Root<MonitoringTask> task = query.from(MonitoringTask.class);
        task.fetch("project");
        task.fetch("period");
        query.where(conditions(cb, task, filter))
                .orderBy(cb.desc(task.get("period").get("periodEnd")), cb.asc(task.get("project").get("code")), cb.asc(task.get("id")));
        return em.createQuery(query).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
    }

    @Guarded(MONITORING_READ)
    public long taskCount(TaskFilter filter) {
        return cache.count(List.of(MonitoringDashboard.COUNTS, currentActor.get().scope().grants(), filter), () -> countNow(filter));
    }

    private long countNow(TaskFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<MonitoringTask> task = query.from(MonitoringTask.class);
        query.select(cb.count(task)).where(conditions(cb, task, filter));
        return em.createQuery(query).getSingleResult();
    }

    private Predicate[] conditions(CriteriaBuilder cb, Root<MonitoringTask> task, TaskFilter filter) {
        List<Predicate> where = new ArrayList<>();
        where.add(currentActor.get().scope().restrict(cb, task.get("scope")));
        if (filter.year() != null) {
            where.add(cb.equal(task.get("period").get("fiscalYear"), filter.year()));
        }
        if (filter.periodId() != null) {
            where.add(cb.equal(task.get("period").get("id"), filter.periodId()));
        }
        if (filter.status() != null) {
            where.add(cb.equal(task.get("status"), filter.status()));
        }
        if (filter.level() != null) {
            where.add(cb.equal(task.get("level"), filter.level()));
        }
        if (filter.overdue() != null) {
            where.add(filter.overdue() ? cb.isNotNull(task.get("overdueSince")) : cb.isNull(task.get("overdueSince")));
        }
        return where.toArray(Predicate[]::new);
    }

    /** The report with the indicators it answers and its evidence. */
    @Guarded(MONITORING_READ)
    public MonitoringReport report(@InScope(MonitoringTask.class) long taskId) {
        MonitoringTask task = em.find(MonitoringTask.class, taskId);
        return new MonitoringReport(task, indicators(task), evidence(task));
    }

    /**
     * How the report stands today by the warning rules, with the findings that explain its level:
     * the same judgement the nightly batch makes for the whole period (a report not submitted has
     * no level until it is too late).
     */
    @Guarded(MONITORING_READ)
    public WarningRules.Assessment assessment(@InScope(MonitoringTask.class) long taskId) {
        MonitoringTask task = em.find(MonitoringTask.class, taskId);
        return new WarningRules(settings.thresholds()).assess(ReportFacts.asItStands(task, indicators(task),
                indicatorSettings.implicitOperators(), LocalDate.now(clock)));
    }

    /** Saves a draft: nothing is checked but the input's own bounds, so half a report can wait for tomorrow. */
    @Guarded(value = MONITORING_REPORT, audit = "monitoring.reportSaved")
    public MonitoringReport save(@InScope(MonitoringTask.class) long taskId, long version, ReportEntry entry) {
        MonitoringTask task = editable(taskId, version);
        write(task, entry);
        audit.change(null, summary(task));
        return new MonitoringReport(task, indicators(task), evidence(task));
    }

    /**
     * Submits the report, final for the period: every gap is named, none is saved when one is
     * left. It is judged at once by the warning rules; a RED one is told to the department and
     * finance. A second submit of the same report changes nothing.
     */
    @Guarded(value = MONITORING_REPORT, audit = "monitoring.reportSubmitted")
    public MonitoringReport submit(@InScope(MonitoringTask.class) long taskId, long version, ReportEntry entry) {
        MonitoringTask task = em.find(MonitoringTask.class, taskId);
        if (task.isSubmitted()) {
            audit.nothingChanged();
            return new MonitoringReport(task, indicators(task), evidence(task));
        }
        editable(taskId, version);
        List<IndicatorLine> indicators = write(task, entry);
        List<Gap> gaps = ReportCompleteness.gaps(indicators, task.getLines(), task.getExecutedTotal(), task.getReleasedBudget());
        if (!gaps.isEmpty()) {
            throw new IncompleteReportException(gaps);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        task.submit(new WarningRules(settings.thresholds()).assess(ReportFacts.atSubmission(task, indicators,
                indicatorSettings.implicitOperators(), now.toLocalDate())), currentActor.get().username(), now);
        cache.forget(MonitoringDashboard.COUNTS);
        if (task.getLevel() == WarningLevel.RED) {
            tellOfRed(task);
            redReports.fire(new RedReport(task.getId()));
        }
        audit.change(null, summary(task));
        return new MonitoringReport(task, indicators, evidence(task));
    }

    /** The department sends a submitted report back with its reason; the unit is told. */
    @Guarded(value = MONITORING_RETURN, audit = "monitoring.reportReturned")
    public MonitoringTask returnReport(@InScope(MonitoringTask.class) long taskId, long version, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new InvalidInputException("monitoring.returnReason");
        }
        MonitoringTask task = em.find(MonitoringTask.class, taskId);
        StaleVersionException.requireSame("MonitoringTask", taskId, task.getVersion(), version);
        task.returnToUnit(reason.strip());
        outbox.toRole(Role.UNIT, task.getUsingUnit().getId(), NotificationKind.MONITORING_RETURNED, "notification.monitoringReturned",
                List.of(task.getProject().getName(), task.getPeriod().getName(), reason.strip()), link(task));
        audit.change(ReportStatus.SUBMITTED.name(), ReportStatus.RETURNED.name() + " " + reason.strip());
        return task;
    }

    /**
     * Keeps an evidence file with the report, of one indicator or of the whole (null key): the size
     * within the upload limit, the type by content and name, stored outside the web root with its
     * SHA-256.
     */
    @Guarded(value = MONITORING_REPORT, audit = "monitoring.evidenceAdded")
    public MonitoringEvidence addEvidence(@InScope(MonitoringTask.class) long taskId, String indicatorKey, String fileName, byte[] content) {
        MonitoringTask task = em.find(MonitoringTask.class, taskId);
        task.requireEditable();
        if (content == null || content.length == 0) {
            throw new InvalidInputException("monitoring.evidence.empty", String.valueOf(fileName));
        }
        if (content.length > Limits.UPLOAD_BYTES.max()) {
            throw new InvalidInputException("monitoring.evidence.tooLarge", fileName, Limits.UPLOAD_BYTES.megabytes());
        }
        String name = fileName == null ? "" : fileName.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException("monitoring.evidence.name");
        }
        if (indicatorKey != null && indicators(task).stream().noneMatch(line -> indicatorKey.equals(line.key()))) {
            throw new InvalidInputException("monitoring.unknownIndicator", indicatorKey);
        }
        EvidenceType type = EvidenceType.of(name, content);
        StoredFile stored = files.store(name, type.contentType(), content);
        MonitoringEvidence evidence = new MonitoringEvidence(task, indicatorKey, stored, currentActor.get().username(),
                LocalDateTime.now(clock));
        em.persist(evidence);
        em.flush();
        task.evidenced(evidencedKeys(task));
        audit.change(null, name + " " + stored.sha256());
        return evidence;
    }

    /** The 绩效运行监控表 of one report as xlsx or PDF; values without evidence are marked unverified. */
    @Guarded(value = MONITORING_READ, audit = "monitoring.exported")
    public byte[] form(@InScope(MonitoringTask.class) long taskId, boolean pdf) {
        MonitoringTask task = em.find(MonitoringTask.class, taskId);
        List<MonitoringForm> forms = List.of(MonitoringForm.of(new MonitoringReport(task, indicators(task), List.of()),
                indicatorSettings.costStandsAlone()));
        audit.change(null, summary(task) + (pdf ? " PDF" : " xlsx"));
        return pdf ? MonitoringFormPdf.write(forms) : MonitoringWorkbook.write(forms);
    }

    /** The forms of a period's reports in the caller's scope (a department's, a county's) in one file; at most {@value #FORMS_AT_ONCE}. */
    @Guarded(value = MONITORING_READ, audit = "monitoring.exportedList")
    public byte[] forms(@InScope(MonitoringPeriod.class) long periodId, boolean pdf) {
        TaskFilter filter = TaskFilter.ofPeriod(periodId);
        long count = taskCount(filter);
        if (count > FORMS_AT_ONCE) {
            throw new InvalidInputException("monitoring.export.tooMany", count, FORMS_AT_ONCE);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<MonitoringTask> query = cb.createQuery(MonitoringTask.class);
        Root<MonitoringTask> task = query.from(MonitoringTask.class);
        task.fetch("project");
        query.where(conditions(cb, task, filter)).orderBy(cb.asc(task.get("project").get("code")), cb.asc(task.get("id")));
        List<MonitoringForm> forms = new ArrayList<>();
        for (MonitoringTask each : em.createQuery(query).getResultList()) {
            forms.add(MonitoringForm.of(new MonitoringReport(each, indicators(each), List.of()), indicatorSettings.costStandsAlone()));
        }
        audit.change(null, em.find(MonitoringPeriod.class, periodId).getName() + " " + forms.size() + (pdf ? " PDF" : " xlsx"));
        return pdf ? MonitoringFormPdf.write(forms) : MonitoringWorkbook.write(forms);
    }

    /**
     * Reads a form the unit filled offline (an export of this very report) back into the report, as
     * a draft: lines by their keys; nothing is submitted. A workbook of another report is refused.
     */
    @Guarded(value = MONITORING_REPORT, audit = "monitoring.imported")
    public MonitoringReport importForm(@InScope(MonitoringTask.class) long taskId, long version, byte[] workbook) {
        MonitoringTask task = editable(taskId, version);
        if (workbook == null || workbook.length == 0) {
            throw new InvalidInputException("monitoring.import.unreadable");
        }
        if (workbook.length > Limits.UPLOAD_BYTES.max()) {
            throw new InvalidInputException("monitoring.evidence.tooLarge", "xlsx", Limits.UPLOAD_BYTES.megabytes());
        }
        List<IndicatorLine> indicators = indicators(task);
        List<LineEntry> lines = MonitoringWorkbook.read(workbook, taskId, indicators);
        task.save(new ReportEntry(lines, List.of()), indicators, LocalDateTime.now(clock));
        task.evidenced(evidencedKeys(task));
        audit.change(null, summary(task) + " " + lines.size());
        return new MonitoringReport(task, indicators, evidence(task));
    }

    /** Removes an evidence file while the report can still change. */
    @Guarded(value = MONITORING_REPORT, audit = "monitoring.evidenceRemoved")
    public void removeEvidence(@InScope(MonitoringEvidence.class) long evidenceId) {
        MonitoringEvidence evidence = em.find(MonitoringEvidence.class, evidenceId);
        MonitoringTask task = evidence.getTask();
        task.requireEditable();
        em.remove(evidence);
        em.flush();
        task.evidenced(evidencedKeys(task));
        audit.change(evidence.getFileName() + " " + evidence.getSha256(), null);
    }

    /** An evidence file's record, for its name and type: read where its report is read. */
    @Guarded(MONITORING_READ)
    public MonitoringEvidence evidence(@InScope(MonitoringEvidence.class) long evidenceId) {
        return em.find(MonitoringEvidence.class, evidenceId);
    }

    /** The content of an evidence file: read where its report is read. */
    @Guarded(MONITORING_READ)
    public InputStream evidenceContent(@InScope(MonitoringEvidence.class) long evidenceId) {
        return files.open(em.find(MonitoringEvidence.class, evidenceId).getFile());
    }

    private MonitoringTask editable(long taskId, long version) {
        MonitoringTask task = em.find(MonitoringTask.class, taskId);
        task.requireEditable();
        StaleVersionException.requireSame("MonitoringTask", taskId, task.getVersion(), version);
        return task;
    }

    private List<IndicatorLine> write(MonitoringTask task, ReportEntry entry) {
        List<IndicatorLine> indicators = indicators(task);
        task.save(entry, indicators, LocalDateTime.now(clock));
        task.evidenced(evidencedKeys(task));
        return indicators;
    }

    private void tellOfRed(MonitoringTask task) {
        List<Object> words = List.of(task.getProject().getName(), task.getPeriod().getName());
        outbox.toRole(Role.DEPT, task.getProject().getDepartment().getId(), NotificationKind.MONITORING_RED, "notification.monitoringRed",
                words, link(task));
        // the nearest finance office above the project (the county's before the city's)
        em.createQuery("select o from Organization o where o.type = :finance and :path like concat(o.regionPath, '%')"
                        + " order by length(o.regionPath) desc", Organization.class)
                .setParameter("finance", OrganizationType.FINANCE).setParameter("path", task.regionPath()).setMaxResults(20)
                .getResultStream().filter(Organization::isActive).findFirst()
                .ifPresent(finance -> outbox.toRole(Role.FINANCE, finance.getId(), NotificationKind.MONITORING_RED, "notification.monitoringRed",
                        words, link(task)));
    }

    private List<IndicatorLine> indicators(MonitoringTask task) {
        return TargetVersion.numbered(em, task.getSheet(), task.getTargetVersion()).map(TargetVersion::lines).orElse(List.of());
    }

    private List<MonitoringEvidence> evidence(MonitoringTask task) {
        return em.createQuery("select e from MonitoringEvidence e where e.task = :task order by e.id", MonitoringEvidence.class)
                .setParameter("task", task).getResultList();
    }

    private List<String> evidencedKeys(MonitoringTask task) {
        TypedQuery<String> query = em.createQuery("select distinct e.indicatorKey from MonitoringEvidence e where e.task = :task"
                + " and e.indicatorKey is not null", String.class);
        return query.setParameter("task", task).getResultList();
    }

    private static String link(MonitoringTask task) {
        return "/app/monitoring/report.xhtml?id=" + task.getId();
    }

    private static String summary(MonitoringTask task) {
        return task.getProject().getCode() + " " + task.getPeriod().getName() + " " + task.getStatus()
                + (task.getLevel() == null ? "" : " " + task.getLevel()) + " 执行" + task.getExecutedTotal();
    }
}
