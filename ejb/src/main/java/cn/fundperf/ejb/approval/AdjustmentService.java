package cn.fundperf.ejb.approval;

import static cn.fundperf.ejb.permission.Permission.PROJECT_READ;
import static cn.fundperf.ejb.permission.Permission.TARGET_ADJUST;

import cn.fundperf.ejb.audit.UseCaseAudit;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.business.StaleVersionException;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.InScope;
import cn.fundperf.ejb.project.TargetSheetStatus;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.targetsheet.AdjustmentType;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.SupersededIndicators;
import cn.fundperf.ejb.targetsheet.TargetAdjustment;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.targetsheet.TargetVersion;
import cn.fundperf.ejb.targetsheet.VersionDiff;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 调整 (plan §六): a released target changes only through an adjustment request, which reopens
 * the sheet for the unit and then goes through review, filing and approval again; every approved
 * version stays readable, and any two can be compared line by line.
 */
@Stateless
public class AdjustmentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    UseCaseAudit audit;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    /** Two versions side by side: the sheet-level figures and the line changes. */
    public record Comparison(String goalBefore, String goalAfter, BigDecimal budgetBefore,
                             BigDecimal budgetAfter, List<VersionDiff.LineChange> lines) implements Serializable {

        public boolean goalChanged() {
            return !String.valueOf(goalBefore).equals(String.valueOf(goalAfter));
        }

        public boolean budgetChanged() {
            return !VersionDiff.sameNumber(budgetBefore, budgetAfter);
        }

        public String getGoalBefore() { return goalBefore; }
        public String getGoalAfter() { return goalAfter; }
        public BigDecimal getBudgetBefore() { return budgetBefore; }
        public BigDecimal getBudgetAfter() { return budgetAfter; }
        public List<VersionDiff.LineChange> getLines() { return lines; }
        public boolean isGoalChanged() { return goalChanged(); }
        public boolean isBudgetChanged() { return budgetChanged(); }
    }

    /**
     * The unit asks to adjust a released target, or finance does when it changes the budget
     * (本级调整预算): the budget moves only together with the target (plan §六).
     */
    @Guarded(value = TARGET_ADJUST, audit = "target.adjustmentRequested")
    public TargetAdjustment request(@InScope(TargetSheet.class) long sheetId, long sheetVersion, AdjustmentType type, String reason, BigDecimal proposedBudget) {
        TargetSheet sheet = em.find(TargetSheet.class, sheetId);
        StaleVersionException.requireSame("TargetSheet", sheetId, sheet.getVersion(), sheetVersion);
        TargetAdjustment adjustment = sheet.startAdjustment(type, reason, proposedBudget, actor(), now());
        em.persist(adjustment);
        audit.subject("TargetSheet", sheetId);
        audit.change(TargetSheetStatus.RELEASED.name(),
                type + ": " + adjustment.getReason() + (proposedBudget == null ? "" : ", budget " + proposedBudget));
        return adjustment;
    }

    /** The unit withdraws its adjustment; the version in force comes back as it was. */
    @Guarded(value = TARGET_ADJUST, audit = "target.adjustmentWithdrawn")
    public TargetSheet withdraw(@InScope(TargetSheet.class) long sheetId, long sheetVersion) {
        TargetSheet sheet = em.find(TargetSheet.class, sheetId);
        StaleVersionException.requireSame("TargetSheet", sheetId, sheet.getVersion(), sheetVersion);
        TargetSheetStatus before = sheet.getStatus();
        sheet.withdrawAdjustment(TargetVersion.inForce(em, sheet), actor(), now());
        SupersededIndicators.purge(em, sheet);
        audit.change(before.name(), sheet.getStatus().name());
        return sheet;
    }

    /** Every approved version of a sheet, oldest first. */
    @Guarded(PROJECT_READ)
    public List<TargetVersion> versions(@InScope(TargetSheet.class) long sheetId) {
        return em.createNamedQuery("TargetVersion.ofSheet", TargetVersion.class).setParameter("sheet", sheetId).getResultList();
    }

    /** Adjustment requests of a sheet, newest first. */
    @Guarded(PROJECT_READ)
    public List<TargetAdjustment> adjustments(@InScope(TargetSheet.class) long sheetId) {
        TargetSheet sheet = em.find(TargetSheet.class, sheetId);
        return em.createQuery("select a from TargetAdjustment a where a.sheet = :sheet order by a.requestedAt desc", TargetAdjustment.class)
                .setParameter("sheet", sheet).getResultList();
    }

    /**
     * Compares version {@code from} with version {@code to}; {@code to} = 0 means the sheet as it
     * stands now (the adjustment being prepared).
     */
    @Guarded(PROJECT_READ)
    public Comparison compare(@InScope(TargetSheet.class) long sheetId, int from, int to) {
        TargetSheet sheet = em.find(TargetSheet.class, sheetId);
        TargetVersion before = version(sheet, from);
        if (to == 0) {
            return comparison(before, sheet.getOverallGoal(), sheet.getBudgetInPlay(), sheet.lines());
        }
        TargetVersion after = version(sheet, to);
        return comparison(before, after.getOverallGoal(), after.getBudgetAmount(), after.lines());
    }

    private static Comparison comparison(TargetVersion before, String goalAfter, BigDecimal budgetAfter, List<IndicatorLine> linesAfter) {
        return new Comparison(before.getOverallGoal(), goalAfter, before.getBudgetAmount(), budgetAfter,
                VersionDiff.between(before.lines(), linesAfter));
    }

    private TargetVersion version(TargetSheet sheet, int number) {
        return TargetVersion.numbered(em, sheet, number).orElseThrow(() -> new InvalidInputException("version.unknown", number));
    }

    private String actor() {
        return currentActor.get().username();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
