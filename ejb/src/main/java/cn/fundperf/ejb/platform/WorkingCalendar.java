package cn.fundperf.ejb.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 工作日: Monday to Friday, minus the public holidays, plus the make-up working days (调休上班) of
 * the State Council's yearly arrangement (config/working-calendar.properties). Plain Java.
 */
public final class WorkingCalendar {

    public static final String PREFIX = "fundperf.calendar.";
    private static final Pattern KEY = Pattern.compile(Pattern.quote(PREFIX) + "(holidays|make-up-days)\\.(\\d{4})");

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpDays;
    private final Set<Integer> years;

    public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpDays = Set.copyOf(makeUpDays);
        TreeSet<Integer> listed = new TreeSet<>();
        holidays.forEach(d -> listed.add(d.getYear()));
        makeUpDays.forEach(d -> listed.add(d.getYear()));
        this.years = listed;
    }

    /** Monday to Friday only: what a year without listed arrangements counts. */
    public static WorkingCalendar weekdaysOnly() {
        return new WorkingCalendar(Set.of(), Set.of());
    }

    /**
     * Reads the settings {@code fundperf.calendar.holidays.YYYY} and {@code fundperf.calendar.make-up-days.YYYY}
     * (other keys are ignored). A value lists dates and ranges ({@code 2025-01-28..2025-02-04}) separated by commas;
     * a date outside the key's year or an unreadable one stops with the key named, so that a typo does not move deadlines.
     */
    public static WorkingCalendar of(Map<String, String> settings) {
        Set<LocalDate> holidays = new TreeSet<>();
        Set<LocalDate> makeUpDays = new TreeSet<>();
        settings.forEach((key, value) -> {
            Matcher matcher = KEY.matcher(key.strip());
            if (!matcher.matches() || value == null || value.isBlank()) {
                return;
            }
            int year = Integer.parseInt(matcher.group(2));
            Set<LocalDate> into = matcher.group(1).equals("holidays") ? holidays : makeUpDays;
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    into.addAll(dates(key, year, part.strip()));
                }
            }
        });
        for (LocalDate day : makeUpDays) {
            if (holidays.contains(day)) {
                throw new IllegalArgumentException("working calendar: " + day + " is listed as a holiday and as a make-up working day");
            }
        }
        return new WorkingCalendar(holidays, makeUpDays);
    }

    private static Set<LocalDate> dates(String key, int year, String part) {
        try {
            String[] ends = part.split("\\.\\.", -1);
            LocalDate from = LocalDate.parse(ends[0].strip());
            LocalDate to = ends.length == 2 ? LocalDate.parse(ends[1].strip()) : from;
            if (ends.length > 2 || to.isBefore(from) || from.getYear() != year || to.getYear() != year) {
                throw new IllegalArgumentException("working calendar " + key + ": \"" + part + "\" is not a date or range of " + year);
            }
            Set<LocalDate> days = new TreeSet<>();
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                days.add(day);
            }
            return days;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("working calendar " + key + ": \"" + part + "\" is not a date (yyyy-MM-dd)", e);
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpDays.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The day on which {@code count} working days after {@code day} have passed (day itself not counted); 0 gives the day. */
    public LocalDate plusWorkingDays(LocalDate day, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count " + count);
        }
        LocalDate result = day;
        for (int left = count; left > 0; ) {
            result = result.plusDays(1);
            if (isWorkingDay(result)) {
                left--;
            }
        }
        return result;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Calendar days from one date to a later one (0 if not later). */
    public static long daysBetween(LocalDate from, LocalDate to) {
        return Math.max(0, ChronoUnit.DAYS.between(from, to));
    }

    /** Whether the year's arrangement is listed; a year that is not counts Monday to Friday only. */
    public boolean lists(int year) {
        return years.contains(year);
    }

    public Set<Integer> years() {
        return years;
    }
}
