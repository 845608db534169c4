package cn.fundperf.ejb.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.fundperf.ejb.targetsheet.Gap;
import cn.fundperf.ejb.targetsheet.IndicatorLevel2;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportCompletenessTest {

    private static final List<IndicatorLine> SHEET = List.of(
            line("K1", IndicatorLevel2.QUANTITY, "新建道路", "≥12公里"),
            line("K2", IndicatorLevel2.TIMELINESS, "完工时间", "2026年9月前"),
            line("K3", IndicatorLevel2.SOCIAL, "群众出行条件", "明显改善"));

    private static IndicatorLine line(String key, IndicatorLevel2 level2, String name, String target) {
        return new IndicatorLine(level2, name, target, null, null, null, null, null, null, key);
    }

    private static ReportedIndicator reported(String key, BigDecimal achieved, LocalDate doneOn, String statement, Likelihood likelihood,
                                              DeviationCause cause, String reason, String measure) {
        ReportedIndicator line = new ReportedIndicator(key, 1);
        line.write(new LineEntry(key, achieved, null, doneOn, statement, likelihood, cause, reason, measure));
        return line;
    }

    private static List<String> keys(List<Gap> gaps) {
        return gaps.stream().map(gap -> gap.line() + ":" + gap.key()).toList();
    }

    @Test
    void a_full_report_on_track_has_no_gap() {
        List<ReportedIndicator> lines = List.of(
                reported("K1", new BigDecimal("8"), null, null, Likelihood.CERTAIN, null, null, null),
                reported("K2", null, LocalDate.of(2026, 7, 20), null, Likelihood.CERTAIN, null, null, null),
                reported("K3", null, null, "已通车，群众反映良好", Likelihood.CERTAIN, null, null, null));

        assertEquals(List.of(), ReportCompleteness.gaps(SHEET, lines, new BigDecimal("600000"), new BigDecimal("1000000")));
    }

    @Test
    void every_missing_part_is_named_with_its_line() {
        List<ReportedIndicator> lines = List.of(
                reported("K1", null, null, null, Likelihood.CERTAIN, null, null, null),
                reported("K3", null, null, null, Likelihood.POSSIBLE, DeviationCause.FUNDING, "资金未到位", null));

        assertEquals(List.of("1:monitoring.gap.achieved", "2:monitoring.gap.likelihood", "3:monitoring.gap.statement",
                        "3:monitoring.gap.deviation", "0:monitoring.gap.executed"),
                keys(ReportCompleteness.gaps(SHEET, lines, null, new BigDecimal("1000000"))));
    }

    @Test
    void an_indicator_off_track_needs_cause_reason_and_measure() {
        List<ReportedIndicator> lines = List.of(
                reported("K1", new BigDecimal("3"), null, null, Likelihood.IMPOSSIBLE, DeviationCause.STAFF, "施工队伍不足", "增派施工队伍"),
                reported("K2", null, null, null, Likelihood.POSSIBLE, null, "雨季", "赶工"),
                reported("K3", null, null, "部分完成", Likelihood.CERTAIN, null, null, null));

        assertEquals(List.of("2:monitoring.gap.deviation"),
                keys(ReportCompleteness.gaps(SHEET, lines, BigDecimal.ZERO, new BigDecimal("1000000"))));
    }

    @Test
    void more_executed_than_released_is_refused_with_both_amounts() {
        List<ReportedIndicator> lines = List.of(
                reported("K1", new BigDecimal("8"), null, null, Likelihood.CERTAIN, null, null, null),
                reported("K2", null, LocalDate.of(2026, 7, 20), null, Likelihood.CERTAIN, null, null, null),
                reported("K3", null, null, "改善", Likelihood.CERTAIN, null, null, null));

        List<Gap> gaps = ReportCompleteness.gaps(SHEET, lines, new BigDecimal("1000000.01"), new BigDecimal("1000000.00"));

        assertEquals(List.of("0:monitoring.gap.executedAboveReleased"), keys(gaps));
        assertEquals(List.of("1000000.01", "1000000.00"), gaps.get(0).arguments());
    }
}
