package cn.fundperf.ejb.disclosure;

import cn.fundperf.ejb.platform.WorkingCalendar;
import java.time.LocalDate;

/**
 * 公开时限: an approved target is to be public within a number of working days after its approval
 * (the day of approval not counted). Finance is shown what is overdue and what falls due soon.
 */
public final class DisclosureDeadline {

    public static final int DEFAULT_WORKING_DAYS = 20;
    public static final int DEFAULT_DUE_SOON_WORKING_DAYS = 5;

    /** Where a target stands on a given day. */
    public enum Standing { OVERDUE, DUE_SOON, ON_TIME }

    private final WorkingCalendar calendar;
    private final int workingDays;
    private final int dueSoonWorkingDays;

    public DisclosureDeadline(WorkingCalendar calendar, int workingDays, int dueSoonWorkingDays) {
        if (workingDays < 1 || dueSoonWorkingDays < 0) {
            throw new IllegalArgumentException("disclosure deadline: " + workingDays + " working days, due soon " + dueSoonWorkingDays);
        }
        this.calendar = calendar;
        this.workingDays = workingDays;
        this.dueSoonWorkingDays = dueSoonWorkingDays;
    }

    /** The last day on which publication is in time. */
    public LocalDate dueOn(LocalDate approvedOn) {
        return calendar.plusWorkingDays(approvedOn, workingDays);
    }

    public Standing standing(LocalDate approvedOn, LocalDate today) {
        LocalDate due = dueOn(approvedOn);
        if (today.isAfter(due)) {
            return Standing.OVERDUE;
        }
        return calendar.workingDaysBetween(today, due) <= dueSoonWorkingDays ? Standing.DUE_SOON : Standing.ON_TIME;
    }

    /** Calendar days past the due day (0 while in time). */
    public long daysOverdue(LocalDate approvedOn, LocalDate today) {
        return WorkingCalendar.daysBetween(dueOn(approvedOn), today);
    }

    /** Working days left after today up to the due day (0 on the due day or later). */
    public int workingDaysLeft(LocalDate approvedOn, LocalDate today) {
        return calendar.workingDaysBetween(today, dueOn(approvedOn));
    }

    /** Was a publication on this day in time? */
    public boolean inTime(LocalDate approvedOn, LocalDate publishedOn) {
        return !publishedOn.isAfter(dueOn(approvedOn));
    }

    /**
     * The latest approval day that is overdue or due soon today: everything approved on or before it
     * is listed. The due day grows with the approval day, so one date bounds the query.
     */
    public LocalDate listedUpTo(LocalDate today) {
        LocalDate day = today;
        while (standing(day, today) == Standing.ON_TIME) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The latest approval day that is overdue today (due before today). */
    public LocalDate overdueUpTo(LocalDate today) {
        LocalDate day = today;
        while (!today.isAfter(dueOn(day))) {
            day = day.minusDays(1);
        }
        return day;
    }

    public int workingDays() {
        return workingDays;
    }

    public int dueSoonWorkingDays() {
        return dueSoonWorkingDays;
    }
}
