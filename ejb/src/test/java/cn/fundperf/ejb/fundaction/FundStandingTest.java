package cn.fundperf.ejb.fundaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.business.BusinessException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FundStandingTest {

    private static final BigDecimal RELEASED = new BigDecimal("1231000.00");

    private static String refusal(FundStanding standing, FundActionKind kind, String amount) {
        return assertThrows(BusinessException.class, () -> standing.allow(kind, amount == null ? null : new BigDecimal(amount))).getKey();
    }

    @Test
    void payments_are_suspended_once_and_resumed_only_when_suspended() {
        FundStanding running = FundStanding.initial(RELEASED);
        assertEquals("fund.notSuspended", refusal(running, FundActionKind.RESUME, null));
        running.allow(FundActionKind.SUSPEND, null);
        FundStanding suspended = running.after(FundActionKind.SUSPEND, null);
        assertTrue(suspended.isSuspended());
        assertEquals("fund.alreadySuspended", refusal(suspended, FundActionKind.SUSPEND, null));
        assertFalse(suspended.after(FundActionKind.RESUME, null).isSuspended());
    }

    @Test
    void no_more_is_recalled_than_was_released_less_what_was_recalled_before() {
        FundStanding standing = FundStanding.initial(RELEASED);
        assertEquals("fund.recallAmount", refusal(standing, FundActionKind.RECALL, null));
        assertEquals("fund.recallAmount", refusal(standing, FundActionKind.RECALL, "0"));
        assertEquals("fund.recallAboveReleased", refusal(standing, FundActionKind.RECALL, "1231000.01"));
        standing.allow(FundActionKind.RECALL, new BigDecimal("1231000.00"));

        FundStanding once = standing.after(FundActionKind.RECALL, new BigDecimal("1000000"));
        assertEquals(new BigDecimal("231000.00"), once.recallable());
        assertEquals("fund.recallAboveReleased", refusal(once, FundActionKind.RECALL, "231000.01"));
        assertEquals(0, once.after(FundActionKind.RECALL, new BigDecimal("231000")).recallable().signum(), "all of it recalled");
    }

    @Test
    void a_target_without_a_released_budget_has_nothing_to_recall() {
        assertEquals("fund.recallAboveReleased", refusal(FundStanding.initial(null), FundActionKind.RECALL, "1"));
    }
}
