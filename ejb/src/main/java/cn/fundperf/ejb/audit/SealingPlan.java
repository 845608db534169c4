package cn.fundperf.ejb.audit;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Which committed records the sealer chains now, in record-number order. Numbers come from a
 * database sequence at INSERT, so they follow the order of inserts across servers; a number that is
 * missing belongs to a transaction that rolled back (never filled) or is still open (filled at its
 * commit). The database cannot tell the two apart, so the sealer stops at a missing number and waits
 * a grace period from the moment it first saw it; after that it steps over the number and remembers
 * it as a gap (a late commit is then sealed at the end of the chain, never lost). Without the wait,
 * a transaction that commits a moment later would always be chained out of its order.
 *
 * @param toSeal        record numbers to seal, in order
 * @param skipped       missing numbers stepped over in this round
 * @param sealedThrough every number up to here is sealed or a remembered gap
 * @param waitingOrder  the missing number the sealer waits for, or null
 * @param waitingSince  when the sealer first saw it missing
 */
public record SealingPlan(List<Long> toSeal, List<Gap> skipped, long sealedThrough, Long waitingOrder,
                          LocalDateTime waitingSince) {

    /** Missing record numbers {@code from..to}, both included. */
    public record Gap(long from, long to) {
    }

    /**
     * @param committed numbers of committed, unsealed records above {@code sealedThrough}, ascending
     */
    public static SealingPlan of(long sealedThrough, Long waitingOrder, LocalDateTime waitingSince,
                                 List<Long> committed, LocalDateTime now, Duration grace) {
        List<Long> seal = new ArrayList<>();
        List<Gap> skipped = new ArrayList<>();
        long expected = sealedThrough + 1;
        Long waiting = waitingOrder;
        LocalDateTime since = waitingSince;
        for (long order : committed) {
            if (order < expected) {
                continue;
            }
            if (order > expected) {
                boolean sameGap = waiting != null && waiting == expected;
                if (!sameGap || now.isBefore(since.plus(grace))) {
                    return new SealingPlan(seal, skipped, expected - 1, expected, sameGap ? since : now);
                }
                skipped.add(new Gap(expected, order - 1));
                waiting = null;   // a further gap in this round waits its own grace period
                since = null;
            }
            seal.add(order);
            expected = order + 1;
        }
        return new SealingPlan(seal, skipped, expected - 1, null, null);
    }
}
