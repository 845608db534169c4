package cn.fundperf.ejb.audit;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The outcome of walking the audit chain: where the walk started (0: at the first seal, else the
 * checkpoint it continued from), how many seals held, where it first broke, and how many committed
 * records still wait for the sealer (they are not covered yet).
 */
public record ChainVerification(LocalDateTime verifiedAt, long fromSequence, long checkedCount, Long brokenAtSequence,
                                String reason, long unsealed) implements Serializable {

    public boolean intact() {
        return brokenAtSequence == null;
    }
}
