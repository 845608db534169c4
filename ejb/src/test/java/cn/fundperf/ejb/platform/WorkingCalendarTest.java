package cn.fundperf.ejb.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** 工作日 as the offices count them: weekdays, minus public holidays, plus make-up working days. */
class WorkingCalendarTest {

    /** The file the application ships (config/working-calendar.properties), read as the producer reads it. */
    static WorkingCalendar shipped() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("../config/working-calendar.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> settings = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name)));
        return WorkingCalendar.of(settings);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void without_arrangements_monday_to_friday_are_working_days() {
        WorkingCalendar calendar = WorkingCalendar.weekdaysOnly();
        assertTrue(calendar.isWorkingDay(d("2026-11-27")));   // Friday
        assertFalse(calendar.isWorkingDay(d("2026-11-28")));  // Saturday
        assertFalse(calendar.isWorkingDay(d("2026-11-29")));  // Sunday
        assertEquals(d("2026-12-07"), calendar.plusWorkingDays(d("2026-11-27"), 6), "Friday + 6 working days skips two weekends");
        assertEquals(d("2026-11-27"), calendar.plusWorkingDays(d("2026-11-27"), 0));
        assertEquals(d("2026-11-30"), calendar.plusWorkingDays(d("2026-11-28"), 1), "from a Saturday the next working day is Monday");
    }

    @Test
    void the_shipped_2026_arrangement_moves_the_spring_festival_and_its_make_up_saturdays() throws IOException {
        WorkingCalendar calendar = shipped();
        assertFalse(calendar.isWorkingDay(d("2026-02-16")), "除夕 (a Monday) is a holiday");
        assertFalse(calendar.isWorkingDay(d("2026-02-23")), "正月初七 (a Monday) is still a holiday");
        assertTrue(calendar.isWorkingDay(d("2026-02-14")), "Saturday 14 February is a make-up working day");
        assertTrue(calendar.isWorkingDay(d("2026-02-28")), "and Saturday 28 February");
        assertTrue(calendar.isWorkingDay(d("2026-01-04")), "Sunday 4 January after 元旦");
        assertFalse(calendar.isWorkingDay(d("2026-10-07")), "国庆 ends on Wednesday 7 October");
        assertTrue(calendar.isWorkingDay(d("2026-10-10")), "Saturday 10 October is worked");
        // Friday 13 Feb → Sat 14 (worked) is the 1st, then nothing until Tuesday 24 Feb
        assertEquals(d("2026-02-24"), calendar.plusWorkingDays(d("2026-02-13"), 2));
    }

    @Test
    void twenty_working_days_across_national_day_take_a_week_longer_than_without_holidays() throws IOException {
        WorkingCalendar calendar = shipped();
        // approved Thursday 24 Sep 2026: 中秋 25–27 Sep, 国庆 1–7 Oct off, Saturday 10 Oct worked
        LocalDate due = calendar.plusWorkingDays(d("2026-09-24"), 20);
        assertEquals(d("2026-10-29"), due);
        assertEquals(d("2026-10-22"), WorkingCalendar.weekdaysOnly().plusWorkingDays(d("2026-09-24"), 20));
        assertEquals(20, calendar.workingDaysBetween(d("2026-09-24"), due));
    }

    @Test
    void the_shipped_file_lists_2025_to_2027_and_2025_has_its_official_make_up_days() throws IOException {
        WorkingCalendar calendar = shipped();
        assertTrue(calendar.lists(2025) && calendar.lists(2026) && calendar.lists(2027));
        assertFalse(calendar.lists(2028));
        assertTrue(calendar.isWorkingDay(d("2025-01-26")));
        assertTrue(calendar.isWorkingDay(d("2025-09-28")));
        assertFalse(calendar.isWorkingDay(d("2025-10-08")));
        assertFalse(calendar.isWorkingDay(d("2027-02-08")), "2027 春节 (statutory days until the notice is out)");
    }

    @Test
    void a_wrong_line_is_refused_naming_its_key() {
        IllegalArgumentException wrongYear = assertThrows(IllegalArgumentException.class,
                () -> WorkingCalendar.of(Map.of("fundperf.calendar.holidays.2026", "2025-10-01")));
        assertTrue(wrongYear.getMessage().contains("fundperf.calendar.holidays.2026"), wrongYear.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.of(Map.of("fundperf.calendar.holidays.2026", "2026-13-01")));
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.of(Map.of("fundperf.calendar.holidays.2026", "2026-10-07..2026-10-01")));
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.of(Map.of(
                "fundperf.calendar.holidays.2026", "2026-10-10", "fundperf.calendar.make-up-days.2026", "2026-10-10")));
        assertEquals(WorkingCalendar.weekdaysOnly().years(), WorkingCalendar.of(Map.of("fundperf.other", "x",
                "fundperf.calendar.make-up-days.2027", " ")).years(), "other keys and empty lines are ignored");
    }
}
