package cn.fundperf.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.fundperf.ejb.job.JobSchedule;
import cn.fundperf.web.faces.Texts;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ScheduleWordsTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static ScheduleWords in(Locale locale) {
        return new ScheduleWords(ResourceBundle.getBundle(Texts.BUNDLE, locale), locale);
    }

    private static JobSchedule nightlyAt230(ZoneId zone) {
        return new JobSchedule(LocalTime.of(2, 30), zone);
    }

    @Test
    void a_daily_schedule_reads_as_daily_at_a_time_in_beijing_time() {
        assertEquals("每日 02:30（北京时间）", in(Locale.SIMPLIFIED_CHINESE).of(nightlyAt230(BEIJING)));
        assertEquals("Daily 02:30 (China Standard Time)", in(Locale.ENGLISH).of(nightlyAt230(BEIJING)));
    }

    @Test
    void a_zone_without_a_text_of_ours_takes_javas_name() {
        assertEquals("Daily 02:30 (Coordinated Universal Time)", in(Locale.ENGLISH).of(nightlyAt230(ZoneId.of("UTC"))));
    }

    @Test
    void seconds_show_only_when_there_are_some() {
        assertEquals("每日 02:30:15（北京时间）", in(Locale.SIMPLIFIED_CHINESE).of(new JobSchedule(LocalTime.of(2, 30, 15), BEIJING)));
    }

    @Test
    void no_timer_shows_nothing() {
        assertEquals("", in(Locale.ENGLISH).of(null));
    }
}
