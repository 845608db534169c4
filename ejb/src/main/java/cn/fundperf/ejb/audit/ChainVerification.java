package cn.fundperf.ejb.audit;

import java.io.Serializable;
import java.time.LocalDateTime;

/** The outcome of walking the audit chain: how many records held, and where it first broke. */
public record ChainVerification(LocalDateTime verifiedAt, long checkedCount, Long brokenAtSequence, String reason)
        implements Serializable {

    public boolean intact() {
        return brokenAtSequence == null;
    }
}
