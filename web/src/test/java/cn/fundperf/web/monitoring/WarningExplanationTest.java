package cn.fundperf.web.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.fundperf.ejb.monitoring.Finding;
import cn.fundperf.ejb.monitoring.IndicatorReport;
import cn.fundperf.ejb.monitoring.Likelihood;
import cn.fundperf.ejb.monitoring.ProjectReport;
import cn.fundperf.ejb.monitoring.WarningRules;
import cn.fundperf.ejb.monitoring.WarningThresholds;
import cn.fundperf.ejb.targetsheet.IndicatorValue;
import cn.fundperf.ejb.targetsheet.Operator;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** A warning explains itself in the reader's language: which rule fired, with which numbers (issue 13). */
class WarningExplanationTest {

    private static String explain(Finding finding, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("cn.fundperf.web.i18n.Messages", locale);
        return new MessageFormat(bundle.getString(finding.rule()), locale).format(finding.arguments().toArray());
    }

    @Test
    void a_red_project_says_which_rules_fired_with_their_numbers() {
        LocalDate q3 = LocalDate.of(2026, 9, 30);
        IndicatorReport road = new IndicatorReport("I1", "新建道路里程", IndicatorValue.parse("≥100公里"), Operator.GE,
                new BigDecimal("40"), new BigDecimal("75"), null, Likelihood.POSSIBLE, true);
        ProjectReport report = new ProjectReport(2026, q3, q3.plusDays(3), new BigDecimal("2000000"), new BigDecimal("624000"), true, 0,
                List.of(road));

        List<String> chinese = new WarningRules(WarningThresholds.DEFAULTS).assess(report).findings().stream()
                .map(f -> explain(f, Locale.SIMPLIFIED_CHINESE)).toList();

        assertEquals(List.of("执行率 31.2 % 低于时间进度 74.8 % − 20 个百分点",
                "“新建道路里程”预计全年完成 75.0 %（目标 ≥100公里），低于 80 %",
                "单位填报“新建道路里程”有可能完成目标"), chinese);
        assertEquals("Budget execution 31.2 % is below time progress 74.8 % − 20 points",
                explain(new WarningRules(WarningThresholds.DEFAULTS).assess(report).findings().get(0), Locale.ENGLISH));
    }
}
