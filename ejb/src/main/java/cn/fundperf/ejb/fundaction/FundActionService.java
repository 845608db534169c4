package cn.fundperf.ejb.fundaction;

import static cn.fundperf.ejb.permission.Permission.FUND_ACTION_DECIDE;
import static cn.fundperf.ejb.permission.Permission.MONITORING_READ;
import static cn.fundperf.ejb.permission.Permission.MONITORING_REPORT;

import cn.fundperf.ejb.audit.UseCaseAudit;
import cn.fundperf.ejb.business.IllegalTransitionException;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.business.StaleVersionException;
import cn.fundperf.ejb.monitoring.MonitoringSettings;
import cn.fundperf.ejb.monitoring.MonitoringTask;
import cn.fundperf.ejb.monitoring.WarningLevel;
import cn.fundperf.ejb.notification.NotificationKind;
import cn.fundperf.ejb.notification.Outbox;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.InScope;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.security.Role;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.targetsheet.TargetVersion;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 暂缓拨付, 收回资金 and 恢复 (plan §七): finance decides them, with reason and decision document, on
 * a released target; a RED report above the configured amount leaves a draft suspension for finance
 * to confirm or dismiss. Every line is the project's money ledger, and audited.
 */
@Stateless
public class FundActionService {

    /** A project's ledger: every action, oldest first, and where its money stands after the decided ones. */
    public record Ledger(List<FundAction> actions, FundStanding standing) implements Serializable {
        public List<FundAction> getActions() { return actions; }
        public FundStanding getStanding() { return standing; }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    UseCaseAudit audit;

    @Inject
    MonitoringSettings settings;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Guarded(MONITORING_READ)
    public Ledger ledger(@InScope(TargetSheet.class) long sheetId) {
        return ledgerOf(em.find(TargetSheet.class, sheetId));
    }

    /** The proposals waiting for finance in its scope, oldest first. */
    @Guarded(FUND_ACTION_DECIDE)
    public List<FundAction> proposals(int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<FundAction> query = cb.createQuery(FundAction.class);
        Root<FundAction> action = query.from(FundAction.class);
        action.fetch("sheet").fetch("project");
        query.where(cb.equal(action.get("status"), FundActionStatus.PROPOSED), currentActor.get().scope().restrict(cb, action.get("scope")))
                .orderBy(cb.asc(action.get("proposedAt")), cb.asc(action.get("id")));
        return em.createQuery(query).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
    }

    @Guarded(FUND_ACTION_DECIDE)
    public long proposalCount() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<FundAction> action = query.from(FundAction.class);
        query.select(cb.count(action)).where(cb.equal(action.get("status"), FundActionStatus.PROPOSED),
                currentActor.get().scope().restrict(cb, action.get("scope")));
        return em.createQuery(query).getSingleResult();
    }

    /**
     * Finance records its own decision on a released target, in effect at once. {@code seenActions}
     * is the number of lines the ledger showed: a ledger that grew since (another decision, or this
     * one sent twice) refuses it as changed, so a double click never recalls twice.
     */
    @Guarded(value = FUND_ACTION_DECIDE, audit = "fund.recorded")
    public FundAction record(@InScope(TargetSheet.class) long sheetId, int seenActions, FundActionKind kind, BigDecimal amount, String reason,
                             String document) {
        TargetSheet sheet = em.find(TargetSheet.class, sheetId);
        if (kind == null) {
            throw new InvalidInputException("fund.kind");
        }
        requireWords(reason, document);
        Ledger ledger = ledgerOf(sheet);
        if (ledger.actions().size() != seenActions) {
            throw new StaleVersionException("FundAction", sheetId);
        }
        ledger.standing().allow(kind, amount);
        FundAction action = FundAction.decided(sheet, kind, kind == FundActionKind.RECALL ? amount : null, reason.strip(), document.strip(),
                currentActor.get().username(), LocalDateTime.now(clock));
        em.persist(action);
        em.flush();
        tellUnit(action);
        audit.change(null, describe(action));
        return action;
    }

    /** Finance confirms a proposal with its decision document: in effect from now. */
    @Guarded(value = FUND_ACTION_DECIDE, audit = "fund.decided")
    public FundAction decide(@InScope(FundAction.class) long actionId, long version, String document) {
        FundAction action = em.find(FundAction.class, actionId);
        StaleVersionException.requireSame("FundAction", actionId, action.getVersion(), version);
        if (action.getStatus() != FundActionStatus.PROPOSED) {
            throw new IllegalTransitionException("fund.notProposed");
        }
        requireWords(action.getReason(), document);
        ledgerOf(action.getSheet()).standing().allow(action.getKind(), action.getAmount());
        action.decide(document.strip(), currentActor.get().username(), LocalDateTime.now(clock));
        tellUnit(action);
        audit.change(FundActionStatus.PROPOSED.name(), describe(action));
        return action;
    }

    /** Finance decides against a proposal, saying why; nothing happens to the money. */
    @Guarded(value = FUND_ACTION_DECIDE, audit = "fund.dismissed")
    public FundAction dismiss(@InScope(FundAction.class) long actionId, long version, String why) {
        FundAction action = em.find(FundAction.class, actionId);
        StaleVersionException.requireSame("FundAction", actionId, action.getVersion(), version);
        if (why == null || why.isBlank() || why.length() > 1000) {
            throw new InvalidInputException("fund.dismissReason");
        }
        action.dismiss(why.strip(), currentActor.get().username(), LocalDateTime.now(clock));
        audit.change(FundActionStatus.PROPOSED.name(), FundActionStatus.DISMISSED + " " + why.strip());
        return action;
    }

    /**
     * After a RED report: a draft 暂缓拨付 when more than the configured amount was released, none
     * is waiting already and payments run; finance is told. Never in effect by itself.
     */
    @Guarded(value = MONITORING_REPORT, audit = "fund.proposed")
    public void proposeAfterRed(@InScope(MonitoringTask.class) long taskId) {
        MonitoringTask task = em.find(MonitoringTask.class, taskId);
        TargetSheet sheet = task.getSheet();
        Ledger ledger = ledgerOf(sheet);
        boolean waiting = ledger.actions().stream().anyMatch(a -> a.getStatus() == FundActionStatus.PROPOSED);
        BigDecimal released = task.getReleasedBudget();
        if (task.getLevel() != WarningLevel.RED || waiting || ledger.standing().isSuspended() || released == null
                || released.compareTo(settings.suspensionProposalAbove()) <= 0) {
            audit.nothingChanged();
            return;
        }
        FundAction proposal = FundAction.proposed(sheet, task, FundActionKind.SUSPEND, task.getPeriod().getName(),
                "system:monitoring", LocalDateTime.now(clock));
        em.persist(proposal);
        em.flush();
        audit.subject("FundAction", proposal.getId());
        audit.change(null, describe(proposal));
    }

    private Ledger ledgerOf(TargetSheet sheet) {
        List<FundAction> actions = em.createQuery("select a from FundAction a where a.sheet = :sheet order by a.proposedAt, a.id", FundAction.class)
                .setParameter("sheet", sheet).getResultList();
        TargetVersion inForce = TargetVersion.inForce(em, sheet);
        List<FundAction> decided = actions.stream().filter(a -> a.getStatus() == FundActionStatus.DECIDED)
                .sorted((a, b) -> a.getDecidedAt().compareTo(b.getDecidedAt())).toList();
        return new Ledger(actions, FundStanding.of(inForce == null ? null : inForce.getBudgetAmount(), decided));
    }

    private static void requireWords(String reason, String document) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new InvalidInputException("fund.reason");
        }
        if (document == null || document.isBlank() || document.length() > 120) {
            throw new InvalidInputException("fund.document");
        }
    }

    private void tellUnit(FundAction action) {
        TargetSheet sheet = action.getSheet();
        outbox.toRole(Role.UNIT, sheet.getProject().getUsingUnit().getId(), NotificationKind.FUND_ACTION, "notification.fundAction." + action.getKind(),
                List.of(sheet.getProject().getName(), action.getDecisionDocument(), action.getAmount() == null ? "" : action.getAmount().toPlainString()),
                "/app/target/sheet.xhtml?project=" + sheet.getProject().getId());
    }

    private static String describe(FundAction action) {
        return action.getSheet().getProject().getCode() + " " + action.getKind() + " " + action.getStatus()
                + (action.getAmount() == null ? "" : " " + action.getAmount().toPlainString())
                + (action.getDecisionDocument() == null ? "" : " " + action.getDecisionDocument());
    }
}
