package cn.fundperf.ejb.monitoring;

/** 预警等级 of a project in a monitoring period, from the worst of its findings. */
public enum WarningLevel {
    GREEN, YELLOW, RED;

    public WarningLevel worse(WarningLevel other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
