package cn.fundperf.ejb.approval;

import static cn.fundperf.ejb.security.Permission.FILING_READ;
import static cn.fundperf.ejb.security.Permission.TARGET_APPROVE;
import static cn.fundperf.ejb.security.Permission.TARGET_FILE;

import cn.fundperf.ejb.audit.AuditTrail;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.security.Guarded;
import cn.fundperf.ejb.targetsheet.SheetConditions;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.targetsheet.TargetSheetStatus;
import cn.fundperf.ejb.targetsheet.TargetVersion;
import cn.fundperf.ejb.task.TaskKind;
import cn.fundperf.ejb.task.TaskService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
    AuditTrail auditTrail;

    @Inject
    CurrentActor currentActor;

    @Inject
    TaskService tasks;

    @Inject
    @ConfigProperty(name = "fundperf.tasks.inline-filings", defaultValue = "50")
    int inlineFilings;

    @Inject
    Clock clock;

    /** Passed sheets of a year, with or without a budget yet (the screen says which can be filed). */
    @Guarded(TARGET_FILE)
    public List<TargetSheet> awaitingFiling(int year) {
        return sheets(year, List.of(TargetSheetStatus.PASSED), null);
    }

    /**
     * Files the chosen sheets, each under the next number of the year. Up to
     * {@code fundperf.tasks.inline-filings} sheets at once, all or nothing, in this request; more
     * run as a background task ({@link BatchFilingWork}) that files each sheet on its own and says
     * which could not be filed.
     */
    @Guarded(TARGET_FILE)
    public FilingOutcome file(Collection<Long> sheetIds) {
        if (sheetIds == null || sheetIds.isEmpty()) {
            throw new InvalidInputException("filing.nothingChosen");
        }
        List<Long> ids = sheetIds.stream().distinct().sorted().toList();
        if (ids.size() > inlineFilings) {
            String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
            return FilingOutcome.queued(tasks.submit(TaskKind.BATCH_FILING, list));
        }
        List<TargetSheet> filed = new ArrayList<>();
        for (Long id : ids) {
            fileOne(id).ifPresent(filed::add);
        }
        return FilingOutcome.done(filed);
    }

    /** How many sheets one request files; more go to a background task. */
    public int inlineFilings() {
        return inlineFilings;
    }

    /** Files one passed sheet; empty when it was filed already (a double submit). */
    @Guarded(TARGET_FILE)
    public Optional<TargetSheet> fileOne(long sheetId) {
        TargetSheet sheet = sheet(sheetId);
        if (sheet.getStatus() == TargetSheetStatus.FILED) {
            return Optional.empty();
        }
        sheet.file(counter(sheet.getFiscalYear()).next(), sheet.getBudgetInPlay(), actor(), now());
        auditTrail.record("target.filed", "TargetSheet", sheetId, TargetSheetStatus.PASSED.name(), sheet.getFilingNumber());
        return Optional.of(sheet);
    }

    /**
     * Every filing of a year as the poverty office sees it: each approved version with the number
     * and budget it was filed with, and the filings still waiting for 批复; newest first.
     */
    @Guarded(FILING_READ)
    public List<FilingEntry> filings(int year) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<FilingEntry> approved = cb.createQuery(FilingEntry.class);
        Root<TargetVersion> version = approved.from(TargetVersion.class);
        Join<TargetVersion, TargetSheet> sheet = version.join("sheet");
        var project = sheet.get("project");
        approved.select(cb.construct(FilingEntry.class, sheet.get("id"), project.get("id"), version.get("filingNumber"), version.get("filedAt"),
                        project.get("code"), project.get("name"), project.get("department").get("name"), version.get("budgetAmount"),
                        version.get("number"), version.get("approvalDocument")))
                .where(cb.equal(sheet.get("fiscalYear"), year), cb.isNotNull(version.get("filingNumber")),
                        currentActor.get().scope().restrict(cb, sheet.get("scope")));
        List<FilingEntry> entries = new ArrayList<>(em.createQuery(approved).getResultList());
        for (TargetSheet pending : sheets(year, List.of(TargetSheetStatus.FILED), null)) {
            entries.add(new FilingEntry(pending.getId(), pending.getProject().getId(), pending.getFilingNumber(), pending.getFiledAt(),
                    pending.getProject().getCode(), pending.getProject().getName(), pending.getProject().getDepartment().getName(),
                    pending.getBudgetInPlay(), 0, null));
        }
        entries.sort(Comparator.comparing(FilingEntry::filedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(FilingEntry::filingNumber, Comparator.nullsLast(Comparator.reverseOrder())));
        return entries;
    }

    /** Filed sheets of a year waiting for 批复, of one department or of all (departmentId null). */
    @Guarded(TARGET_APPROVE)
    public List<TargetSheet> awaitingApproval(int year, Long departmentId) {
        return sheets(year, List.of(TargetSheetStatus.FILED), departmentId);
    }

    /**
     * 批复 of a department's filed targets with its budget: every filed sheet of the department and
     * year becomes a frozen version under the document number; the budget is approved with it
     * (an adjustment's new budget, if it brings one). One transaction for the whole batch.
     */
    @Guarded(TARGET_APPROVE)
    public List<TargetVersion> approveDepartment(int year, long departmentId, String document, LocalDate approvedOn) {
        List<TargetSheet> filed = awaitingApproval(year, departmentId);
        if (filed.isEmpty()) {
            throw new InvalidInputException("approval.nothingToApprove");
        }
        List<TargetVersion> versions = new ArrayList<>();
        for (TargetSheet sheet : filed) {
            BigDecimal budget = sheet.getBudgetInPlay();
            TargetVersion version = sheet.release(document, approvedOn, budget, actor(), now());
            em.persist(version);
            sheet.getProject().approveBudget(budget);
            auditTrail.record("target.approved", "TargetSheet", sheet.getId(), TargetSheetStatus.FILED.name(),
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

    private List<TargetSheet> sheets(int year, List<TargetSheetStatus> statuses, Long departmentId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<TargetSheet> query = cb.createQuery(TargetSheet.class);
        Root<TargetSheet> sheet = query.from(TargetSheet.class);
        var project = sheet.get("project");
        query.where(SheetConditions.of(cb, sheet, currentActor.get().scope(), year, statuses, departmentId, null))
                .orderBy(cb.asc(project.get("department").get("code")), cb.asc(project.get("code")));
        return em.createQuery(query).getResultList();
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
