package cn.fundperf.ejb.fundaction;

import cn.fundperf.ejb.business.IllegalTransitionException;
import cn.fundperf.ejb.business.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Where a project's money stands after the decided actions, oldest first: whether payments are
 * suspended and how much was recalled of what was released. The rules every new decision must
 * keep: suspend only what runs, resume only what is suspended, recall at most what is left.
 */
public record FundStanding(BigDecimal released, BigDecimal recalled, boolean suspended) {

    public static FundStanding of(BigDecimal released, List<FundAction> decided) {
        FundStanding standing = initial(released);
        for (FundAction action : decided) {
            standing = standing.after(action.getKind(), action.getAmount());
        }
        return standing;
    }

    /** Released, nothing recalled, payments running. */
    public static FundStanding initial(BigDecimal released) {
        return new FundStanding(released == null ? BigDecimal.ZERO : released, BigDecimal.ZERO, false);
    }

    /** The standing once a decision (allowed by {@link #allow}) is in effect. */
    public FundStanding after(FundActionKind kind, BigDecimal amount) {
        return switch (kind) {
            case SUSPEND -> new FundStanding(released, recalled, true);
            case RESUME -> new FundStanding(released, recalled, false);
            case RECALL -> new FundStanding(released, recalled.add(amount), suspended);
        };
    }

    /** What is left to recall: released less what was recalled already. */
    public BigDecimal recallable() {
        return released.subtract(recalled).max(BigDecimal.ZERO);
    }

    /** Refuses a decision that does not fit the standing. */
    public void allow(FundActionKind kind, BigDecimal amount) {
        switch (kind) {
            case SUSPEND -> {
                if (suspended) {
                    throw new IllegalTransitionException("fund.alreadySuspended");
                }
            }
            case RESUME -> {
                if (!suspended) {
                    throw new IllegalTransitionException("fund.notSuspended");
                }
            }
            case RECALL -> {
                if (amount == null || amount.signum() <= 0) {
                    throw new InvalidInputException("fund.recallAmount");
                }
                if (amount.compareTo(recallable()) > 0) {
                    throw new InvalidInputException("fund.recallAboveReleased", amount.toPlainString(), recallable().toPlainString());
                }
            }
        }
    }

    public BigDecimal getReleased() { return released; }
    public BigDecimal getRecalled() { return recalled; }
    public boolean isSuspended() { return suspended; }
    public BigDecimal getRecallable() { return recallable(); }
}
