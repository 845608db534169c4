package cn.fundperf.ejb.approval;

import static cn.fundperf.ejb.permission.Permission.FILING_READ;
import static cn.fundperf.ejb.permission.Permission.TARGET_APPROVE;
import static cn.fundperf.ejb.permission.Permission.TARGET_FILE;

import cn.fundperf.ejb.audit.UseCaseAudit;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.InScope;
import cn.fundperf.ejb.permission.Unscoped;
import cn.fundperf.ejb.platform.ShortLivedCache;
import cn.fundperf.ejb.project.TargetSheetStatus;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.targetsheet.SheetConditions;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.targetsheet.TargetVersion;
import cn.fundperf.ejb.task.TaskKind;
import cn.fundperf.ejb.task.TaskService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 备案 and 批复 (plan §五): finance files passed sheets that have a budget to the leading group,
 * then approves a department's filed targets together with its budget in one batch; each approval
 * freezes a version, which the public disclosure page shows.
 */
@Stateless
public class ApprovalService {

    @PersistenceContext
    EntityManager em;

    @Inject
    UseCaseAudit audit;

    @Inject
    CurrentActor currentActor;

    @Inject
    TaskService tasks;

    @Inject
    @ConfigProperty(name = "fundperf.tasks.inline-filings", defaultValue = "50")
    int inlineFilings;

    @Inject
    Clock clock;

    @Inject
    ShortLivedCache cache;

    /** More departments than a choice list can show would be a province's; they are found by their name there. */
    static final int DEPARTMENTS_SHOWN = 1000;

    /** A page of the passed sheets of a year, with or without a budget yet (the screen says which can be filed). */
    @Guarded(TARGET_FILE)
    public List<TargetSheet> awaitingFiling(int year, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<TargetSheet> query = cb.createQuery(TargetSheet.class);
        Root<TargetSheet> sheet = query.from(TargetSheet.class);
        var project = sheet.get("project");
        query.where(SheetConditions.of(cb, sheet, currentActor.get().scope(), year, List.of(TargetSheetStatus.PASSED), null, null))
                .orderBy(cb.asc(project.get("department").get("code")), cb.asc(project.get("code")), cb.asc(sheet.get("id")));
        return em.createQuery(query).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList();
    }

    @Guarded(TARGET_FILE)
    public long awaitingFilingCount(int year) {
        return countSheets(year, TargetSheetStatus.PASSED);
    }

    /**
     * Files every passed sheet of the year in the caller's scope that has a budget: a county's or a
     * province's batch without picking them page by page. Goes the way of {@link #file}.
     */
    @Guarded(value = TARGET_FILE, audit = "target.filed")
    public FilingOutcome fileAllReady(int year) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<TargetSheet> query = cb.createQuery(TargetSheet.class);
        Root<TargetSheet> sheet = query.from(TargetSheet.class);
        query.where(SheetConditions.of(cb, sheet, currentActor.get().scope(), year, List.of(TargetSheetStatus.PASSED), null, null));
        // the sheets themselves, not their ids: their projects and adjustments come batched, not one SELECT per sheet
        List<Long> ready = em.createQuery(query).getResultList().stream()
                .filter(s -> s.getBudgetInPlay() != null).map(TargetSheet::getId).toList();
        return file(ready);
    }

    /**
     * Files the chosen sheets, each under the next number of the year. Up to
     * {@code fundperf.tasks.inline-filings} sheets at once, all or nothing, in this request; more
     * run as a background task ({@link BatchFilingWork}) that files each sheet on its own and says
     * which could not be filed.
     */
    @Guarded(value = TARGET_FILE, audit = "target.filed")
    public FilingOutcome file(Collection<Long> sheetIds) {
        if (sheetIds == null || sheetIds.isEmpty()) {
            throw new InvalidInputException("filing.nothingChosen");
        }
        List<Long> ids = sheetIds.stream().distinct().sorted().toList();
        if (ids.size() > inlineFilings) {
            String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
            audit.nothingChanged();   // the task files them, each sheet audited then
            return FilingOutcome.queued(tasks.submit(TaskKind.BATCH_FILING, list));
        }
        List<TargetSheet> filed = new ArrayList<>();
        for (Long id : ids) {
            fileSheet(sheet(id)).ifPresent(filed::add);
        }
        return FilingOutcome.done(filed);
    }

    /** How many sheets one request files; more go to a background task. */
    public int inlineFilings() {
        return inlineFilings;
    }

    /** Files one passed sheet; empty when it was filed already (a double submit). */
    @Guarded(value = TARGET_FILE, audit = "target.filed")
    public Optional<TargetSheet> fileOne(@InScope(TargetSheet.class) long sheetId) {
        return fileSheet(em.find(TargetSheet.class, sheetId));
    }

    private Optional<TargetSheet> fileSheet(TargetSheet sheet) {
        if (sheet.getStatus() == TargetSheetStatus.FILED) {
            audit.nothingChanged();
            return Optional.empty();
        }
        sheet.file(counter(sheet.getFiscalYear()).next(), sheet.getBudgetInPlay(), actor(), now());
        audit.line("TargetSheet", sheet.getId(), TargetSheetStatus.PASSED.name(), sheet.getFilingNumber());
        cache.forget(SheetConditions.COUNTS);
        return Optional.of(sheet);
    }

    /**
     * A page of the filings of a year as the poverty office sees them, newest first: the filings
     * still waiting for 批复 (few), then each approved version with the number and budget it was
     * filed with. Both read in the database a page at a time.
     */
    @Guarded(FILING_READ)
    public List<FilingEntry> filings(int year, int first, int max) {
        int from = Math.max(0, first);
        int size = Math.max(1, max);
        long pending = countSheets(year, TargetSheetStatus.FILED);
        List<FilingEntry> page = new ArrayList<>();
        if (from < pending) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<TargetSheet> query = cb.createQuery(TargetSheet.class);
            Root<TargetSheet> sheet = query.from(TargetSheet.class);
            query.where(SheetConditions.of(cb, sheet, currentActor.get().scope(), year, List.of(TargetSheetStatus.FILED), null, null))
                    .orderBy(cb.desc(sheet.get("filedAt")), cb.desc(sheet.get("filingNumber")), cb.desc(sheet.get("id")));
            for (TargetSheet filed : em.createQuery(query).setFirstResult(from).setMaxResults(size).getResultList()) {
                page.add(new FilingEntry(filed.getId(), filed.getProject().getId(), filed.getFilingNumber(), filed.getFiledAt(),
                        filed.getProject().getCode(), filed.getProject().getName(), filed.getProject().getDepartment().getName(),
                        filed.getBudgetInPlay(), 0, null));
            }
        }
        if (page.size() < size) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<FilingEntry> approved = cb.createQuery(FilingEntry.class);
            Root<TargetVersion> version = approved.from(TargetVersion.class);
            Join<TargetVersion, TargetSheet> sheet = version.join("sheet");
            var project = sheet.join("project");
            approved.select(cb.construct(FilingEntry.class, sheet.get("id"), project.get("id"), version.get("filingNumber"), version.get("filedAt"),
                            project.get("code"), project.get("name"), project.join("department").get("name"), version.get("budgetAmount"),
                            version.get("number"), version.get("approvalDocument")))
                    .where(approvedFilings(cb, version, sheet, year))
                    .orderBy(cb.desc(version.get("filedAt")), cb.desc(version.get("filingNumber")), cb.desc(version.get("id")));
            page.addAll(em.createQuery(approved).setFirstResult((int) Math.max(0, from - pending))
                    .setMaxResults(size - page.size()).getResultList());
        }
        return page;
    }

    @Guarded(FILING_READ)
    public long filingsCount(int year) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> approved = cb.createQuery(Long.class);
        Root<TargetVersion> version = approved.from(TargetVersion.class);
        Join<TargetVersion, TargetSheet> sheet = version.join("sheet");
        approved.select(cb.count(version)).where(approvedFilings(cb, version, sheet, year));
        return countSheets(year, TargetSheetStatus.FILED) + em.createQuery(approved).getSingleResult();
    }

    private Predicate[] approvedFilings(CriteriaBuilder cb, Root<TargetVersion> version, Join<TargetVersion, TargetSheet> sheet, int year) {
        return new Predicate[] {cb.equal(sheet.get("fiscalYear"), year), cb.isNotNull(version.get("filingNumber")),
                currentActor.get().scope().restrict(cb, sheet.get("scope"))};
    }

    private long countSheets(int year, TargetSheetStatus status) {
        return countSheets(year, status, null);
    }

    private long countSheets(int year, TargetSheetStatus status, Long departmentId) {
        return cache.count(List.of(SheetConditions.COUNTS, currentActor.get().scope().grants(), year, status, String.valueOf(departmentId)),
                () -> countSheetsNow(year, status, departmentId));
    }

    private long countSheetsNow(int year, TargetSheetStatus status, Long departmentId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<TargetSheet> sheet = query.from(TargetSheet.class);
        query.select(cb.count(sheet)).where(SheetConditions.of(cb, sheet, currentActor.get().scope(), year, List.of(status), departmentId, null));
        return em.createQuery(query).getSingleResult();
    }

    /** A department with filed sheets waiting for 批复: how many, and the budget they bring. */
    public record DepartmentAwaiting(long departmentId, String name, long sheets, BigDecimal budget) implements Serializable {
        public long getDepartmentId() { return departmentId; }
        public String getName() { return name; }
        public long getSheets() { return sheets; }
        public BigDecimal getBudget() { return budget; }
    }

    /**
     * The departments whose filed sheets wait for 批复 in the caller's scope, counted in the
     * database (one row per department, at most {@link #DEPARTMENTS_SHOWN}).
     */
    @Guarded(TARGET_APPROVE)
    public List<DepartmentAwaiting> departmentsAwaitingApproval(int year) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<DepartmentAwaiting> query = cb.createQuery(DepartmentAwaiting.class);
        Root<TargetSheet> sheet = query.from(TargetSheet.class);
        var project = sheet.join("project");
        var department = project.join("department");
        var adjustment = sheet.join("adjustment", jakarta.persistence.criteria.JoinType.LEFT);
        // the budget in play: an adjustment's proposed budget where it brings one, else the project's (TargetSheet.getBudgetInPlay)
        query.select(cb.construct(DepartmentAwaiting.class, department.get("id"), department.get("name"), cb.count(sheet),
                        cb.sum(cb.coalesce(adjustment.<BigDecimal>get("proposedBudget"), project.<BigDecimal>get("budgetAmount")))))
                .where(SheetConditions.of(cb, sheet, currentActor.get().scope(), year, List.of(TargetSheetStatus.FILED), null, null))
                .groupBy(department.get("id"), department.get("name"), department.get("code"))
                .orderBy(cb.asc(department.get("code")));
        return em.createQuery(query).setMaxResults(DEPARTMENTS_SHOWN).getResultList();
    }

    /** A page of one department's filed sheets waiting for 批复. */
    @Guarded(TARGET_APPROVE)
    public List<TargetSheet> awaitingApproval(int year, @Unscoped("narrows the caller's scope") long departmentId, int first, int max) {
        return sheetsQuery(year, departmentId).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultList();
    }

    @Guarded(TARGET_APPROVE)
    public long awaitingApprovalCount(int year, @Unscoped("narrows the caller's scope") long departmentId) {
        return countSheets(year, TargetSheetStatus.FILED, departmentId);
    }

    /**
     * 批复 of a department's filed targets with its budget: every filed sheet of the department and
     * year becomes a frozen version under the document number; the budget is approved with it
     * (an adjustment's new budget, if it brings one). One transaction for the whole batch.
     */
    @Guarded(value = TARGET_APPROVE, audit = "target.approved")
    public List<TargetVersion> approveDepartment(int year, @Unscoped("narrows the caller's scope") long departmentId, String document, LocalDate approvedOn) {
        List<TargetSheet> filed = sheetsQuery(year, departmentId).getResultList();   // one department's batch, one transaction
        if (filed.isEmpty()) {
            throw new InvalidInputException("approval.nothingToApprove");
        }
        cache.forget(SheetConditions.COUNTS);
        List<TargetVersion> versions = new ArrayList<>();
        for (TargetSheet sheet : filed) {
            BigDecimal budget = sheet.getBudgetInPlay();
            TargetVersion version = sheet.release(document, approvedOn, budget, actor(), now());
            em.persist(version);
            sheet.getProject().approveBudget(budget);
            audit.line("TargetSheet", sheet.getId(), TargetSheetStatus.FILED.name(),
                    "v" + version.getNumber() + " " + version.getApprovalDocument() + " " + approvedOn + ", budget " + budget);
            versions.add(version);
        }
        return versions;
    }

    private FilingCounter counter(int year) {
        FilingCounter counter = em.find(FilingCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            em.persist(new FilingCounter(year));
            em.flush();   // a concurrent first filing of the year fails on the key and is retried by the user
            counter = em.find(FilingCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        }
        return counter;
    }

    private TypedQuery<TargetSheet> sheetsQuery(int year, long departmentId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<TargetSheet> query = cb.createQuery(TargetSheet.class);
        Root<TargetSheet> sheet = query.from(TargetSheet.class);
        query.where(SheetConditions.of(cb, sheet, currentActor.get().scope(), year, List.of(TargetSheetStatus.FILED), departmentId, null))
                .orderBy(cb.asc(sheet.get("project").get("code")), cb.asc(sheet.get("id")));
        return em.createQuery(query);
    }

    private TargetSheet sheet(long id) {
        return currentActor.get().scope().find(em, TargetSheet.class, id);
    }

    private String actor() {
        return currentActor.get().username();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
