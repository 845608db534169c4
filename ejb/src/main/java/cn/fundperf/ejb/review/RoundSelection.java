package cn.fundperf.ejb.review;

/** How finance chose the sheets of a round. */
public enum RoundSelection {
    DEPARTMENT, CATEGORY, HAND_PICKED
}
