package cn.fundperf.ejb.project;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a target sheet (domain.md §4): the unit drafts, its department checks and forwards
 * it, finance puts it into a review round, the chair concludes, a passed sheet with a budget is
 * filed (备案) and approved (批复) into a frozen version; later changes go through an adjustment.
 */
public enum TargetSheetStatus {
    DRAFT, DEPARTMENT_CHECK, RETURNED, SUBMITTED, IN_REVIEW, PASSED, REJECTED, FILED, RELEASED, ADJUSTING;

    private static final Set<TargetSheetStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED, ADJUSTING);
    private static final Set<TargetSheetStatus> REVIEW_PASSED = EnumSet.of(PASSED, FILED, RELEASED, ADJUSTING);

    /** Only the unit's own drafts, sheets sent back to it and adjustment proposals can change. */
    public boolean isEditable() {
        return EDITABLE.contains(this);
    }

    /** The target has passed review: the project may enter the library and get a budget. */
    public boolean hasPassedReview() {
        return REVIEW_PASSED.contains(this);
    }
}
