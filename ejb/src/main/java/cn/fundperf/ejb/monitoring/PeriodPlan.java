package cn.fundperf.ejb.monitoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A monitoring period as it is planned: what it measures up to, when units may report and by
 * when they must. Reminders go out a number of days before the deadline, never before the period
 * opens.
 *
 * @param name      as offices write it ("2026年第一季度")
 * @param periodEnd the day progress is measured up to (time progress is taken there)
 * @param opensOn   the first day units can report
 * @param deadline  the last day of reporting
 */
public record PeriodPlan(String name, LocalDate periodEnd, LocalDate opensOn, LocalDate deadline) {

    public PeriodPlan {
        Objects.requireNonNull(name, "name");
        if (opensOn.isAfter(deadline)) {
            throw new IllegalArgumentException(name + ": opens " + opensOn + " after its deadline " + deadline);
        }
        if (periodEnd.isAfter(deadline)) {
            throw new IllegalArgumentException(name + ": measures up to " + periodEnd + ", after its deadline " + deadline);
        }
    }

    /** The days reminders are due, earliest first: each number of days before the deadline, from the opening on. */
    public List<LocalDate> reminderDays(List<Integer> daysBefore) {
        return daysBefore.stream().distinct().map(deadline::minusDays).filter(day -> !day.isBefore(opensOn)).sorted().toList();
    }

    /** Days past the deadline on a day, 0 on or before it. */
    public int daysOverdue(LocalDate day) {
        return day.isAfter(deadline) ? (int) ChronoUnit.DAYS.between(deadline, day) : 0;
    }
}
