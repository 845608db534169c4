package cn.fundperf.ejb.review;

/** A round is open until the chair has concluded on every sheet in it. */
public enum RoundStatus {
    OPEN, CLOSED
}
