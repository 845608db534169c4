package cn.fundperf.ejb.monitoring;

/** How a province spreads its monitoring over the year (domain §5). */
public enum MonitoringPractice {
    /** at the end of each quarter (the plan's default) */
    QUARTERLY,
    /** once, in August, of January to July (财预〔2019〕136号, the central departments' practice) */
    AUGUST_CONCENTRATED
}
