package cn.fundperf.ejb.job;

/** Why a job ran: its schedule, or an administrator's "run now". */
public enum JobTrigger {
    SCHEDULE, MANUAL
}
