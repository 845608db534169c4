package cn.fundperf.ejb.targetsheet;

/** 二级指标 and the level-1 group each belongs to (domain.md §3). */
public enum IndicatorLevel2 {
    QUANTITY(IndicatorLevel1.OUTPUT),
    QUALITY(IndicatorLevel1.OUTPUT),
    TIMELINESS(IndicatorLevel1.OUTPUT),
    COST(IndicatorLevel1.OUTPUT),
    ECONOMIC(IndicatorLevel1.BENEFIT),
    SOCIAL(IndicatorLevel1.BENEFIT),
    ECOLOGICAL(IndicatorLevel1.BENEFIT),
    SUSTAINABLE(IndicatorLevel1.BENEFIT),
    SATISFACTION(IndicatorLevel1.SATISFACTION);

    private final IndicatorLevel1 level1;

    IndicatorLevel2(IndicatorLevel1 level1) {
        this.level1 = level1;
    }

    /** The level-1 group; with {@code costStandsAlone} 成本 is its own level 1. */
    public IndicatorLevel1 level1(boolean costStandsAlone) {
        return this == COST && costStandsAlone ? IndicatorLevel1.COST : level1;
    }

    public IndicatorLevel1 level1() {
        return level1;
    }

    public boolean isBenefit() {
        return level1 == IndicatorLevel1.BENEFIT;
    }
}
