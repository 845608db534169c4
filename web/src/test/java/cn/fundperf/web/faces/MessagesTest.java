package cn.fundperf.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.job.JobRunStatus;
import cn.fundperf.ejb.job.ScheduledJob;
import cn.fundperf.ejb.monitoring.Likelihood;
import cn.fundperf.ejb.monitoring.WarningLevel;
import cn.fundperf.ejb.notification.NotificationKind;
import cn.fundperf.ejb.project.TargetSheetStatus;
import cn.fundperf.ejb.review.MinutesStatus;
import cn.fundperf.ejb.review.Rating;
import cn.fundperf.ejb.review.ReviewCriterion;
import cn.fundperf.ejb.review.RoundSelection;
import cn.fundperf.ejb.review.RoundStatus;
import cn.fundperf.ejb.security.ApiTokenState;
import cn.fundperf.ejb.targetsheet.AdjustmentStatus;
import cn.fundperf.ejb.targetsheet.AdjustmentType;
import cn.fundperf.ejb.targetsheet.IndicatorLevel1;
import cn.fundperf.ejb.targetsheet.IndicatorLevel2;
import cn.fundperf.ejb.targetsheet.ReviewConclusion;
import cn.fundperf.ejb.targetsheet.VersionDiff;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Both languages say everything: the same keys, and a label for every value of the enums the screens show. */
class MessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/cn/fundperf/web/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chinese_and_english_have_the_same_keys() throws IOException {
        Set<String> chinese = new TreeSet<>(bundle("Messages.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(bundle("Messages_en.properties").stringPropertyNames());
        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        assertEquals(Set.of(), onlyChinese, "keys without English text");
        assertEquals(Set.of(), onlyEnglish, "keys without Chinese text");
    }

    @Test
    void every_enum_value_on_the_screens_has_a_label_in_both_languages() throws IOException {
        List<Class<? extends Enum<?>>> shown = List.of(TargetSheetStatus.class, IndicatorLevel1.class, IndicatorLevel2.class,
                ReviewCriterion.class, Rating.class, ReviewConclusion.class, RoundSelection.class, RoundStatus.class,
                AdjustmentType.class, AdjustmentStatus.class, VersionDiff.Kind.class, VersionDiff.Field.class,
                ApiTokenState.class, ScheduledJob.class, JobRunStatus.class, NotificationKind.class, MinutesStatus.class,
                WarningLevel.class, Likelihood.class);
        for (String file : List.of("Messages.properties", "Messages_en.properties")) {
            Properties texts = bundle(file);
            for (Class<? extends Enum<?>> type : shown) {
                for (Enum<?> value : type.getEnumConstants()) {
                    String key = "enum." + type.getSimpleName() + "." + value.name();
                    assertTrue(texts.containsKey(key), file + " lacks " + key);
                }
            }
        }
    }

}
