package cn.fundperf.ejb.target;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a target sheet (domain.md §4). This part: the unit drafts, its department
 * checks and forwards it (or returns it), and it waits for finance's review. Review, filing,
 * approval and adjustment states are here already so that the library rules can refer to them.
 */
public enum TargetSheetStatus {
    DRAFT, DEPARTMENT_CHECK, RETURNED, SUBMITTED, IN_REVIEW, PASSED, REJECTED, FILED, RELEASED, ADJUSTING;

    private static final Set<TargetSheetStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED);
    private static final Set<TargetSheetStatus> REVIEW_PASSED = EnumSet.of(PASSED, FILED, RELEASED, ADJUSTING);

    /** Only the unit's own drafts (and sheets sent back to it) can change. */
    public boolean isEditable() {
        return EDITABLE.contains(this);
    }

    /** The target has passed review: the project may enter the library and get a budget. */
    public boolean hasPassedReview() {
        return REVIEW_PASSED.contains(this);
    }
}
