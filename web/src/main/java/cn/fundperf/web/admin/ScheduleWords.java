package cn.fundperf.web.admin;

import cn.fundperf.ejb.job.JobSchedule;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TimeZone;

/**
 * A job's schedule in the reader's language, with its zone: "每日 02:30（北京时间）",
 * "Daily 02:30 (China Standard Time)". A zone without a text of ours takes Java's name for it.
 */
public final class ScheduleWords {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter WITH_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ResourceBundle bundle;
    private final Locale locale;

    public ScheduleWords(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public String of(JobSchedule schedule) {
        if (schedule == null) {
            return "";
        }
        String time = (schedule.dailyAt().getSecond() == 0 ? HOUR_MINUTE : WITH_SECONDS).format(schedule.dailyAt());
        return format("job.schedule.daily", time, zone(schedule.zone()));
    }

    public String zone(ZoneId zone) {
        String key = "time.zone." + zone.getId();
        return bundle.containsKey(key) ? bundle.getString(key) : TimeZone.getTimeZone(zone).getDisplayName(false, TimeZone.LONG, locale);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
