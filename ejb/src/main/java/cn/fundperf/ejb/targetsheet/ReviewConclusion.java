package cn.fundperf.ejb.targetsheet;

/** The chair's conclusion on a sheet (plan §五): 通过, 修改后再审, 不通过. */
public enum ReviewConclusion {
    PASS, REVISE, FAIL;

    /** A conclusion other than 通过 must say why. */
    public boolean needsReason() {
        return this != PASS;
    }
}
