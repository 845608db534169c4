package cn.fundperf.ejb.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.targetsheet.IndicatorLevel1;
import cn.fundperf.ejb.targetsheet.IndicatorLevel2;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class MonitoringWorkbookTest {

    private static final List<IndicatorLine> SHEET = List.of(
            new IndicatorLine(IndicatorLevel2.QUANTITY, "新建道路", "≥12公里", null, null, null, null, null, null, "K1"),
            new IndicatorLine(IndicatorLevel2.TIMELINESS, "完工时间", "2026年9月前", null, null, null, null, null, null, "K2"),
            new IndicatorLine(IndicatorLevel2.SOCIAL, "群众出行条件", "明显改善", null, null, null, null, null, null, "K3"));

    private static MonitoringForm form() {
        return new MonitoringForm(77, 2026, 9, "2026年第三季度", "柳湾村产业路硬化项目", "BM-NYJ 清河县农业农村局", "城关镇人民政府",
                new BigDecimal("120.00"), new BigDecimal("120.00"), new BigDecimal("36.00"), new BigDecimal("30.0"), "硬化产业路12公里",
                WarningLevel.RED, List.of(
                new MonitoringForm.Row("K1", IndicatorLevel1.OUTPUT, IndicatorLevel2.QUANTITY, "新建道路", "≥12公里", "5", "9", DeviationCause.FUNDING,
                        "资金未到位", Likelihood.POSSIBLE, "加快拨付", false, false, true),
                new MonitoringForm.Row("K2", IndicatorLevel1.OUTPUT, IndicatorLevel2.TIMELINESS, "完工时间", "2026年9月前", "2026-08-20", "", null,
                        null, Likelihood.CERTAIN, null, true, true, false),
                new MonitoringForm.Row("K3", IndicatorLevel1.BENEFIT, IndicatorLevel2.SOCIAL, "群众出行条件", "明显改善", "已通车", "", null,
                        null, Likelihood.CERTAIN, null, true, false, false)));
    }

    @Test
    void the_form_has_the_two_row_head_and_marks_values_without_evidence() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(MonitoringWorkbook.write(List.of(form()))))) {
            Sheet sheet = workbook.getSheetAt(0);
            StringBuilder text = new StringBuilder();
            DataFormatter formatter = new DataFormatter();
            sheet.forEach(row -> {
                row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('|'));
                text.append('\n');
            });
            String all = text.toString();
            assertTrue(all.contains("项目支出绩效目标执行监控表（2026年度）"), all);
            assertTrue(all.contains("1-9月实际完成值|全年预计完成值|偏差原因分析|"), all);
            assertTrue(all.contains("|经费保障|制度保障|人员保障|硬件条件保障|其他|确定能|有可能|完全不可能|"), all);
            assertTrue(all.contains("新建道路|≥12公里|5|9|资金未到位||||||√||改进措施：加快拨付；未核实（无佐证材料）|"), all);
            assertTrue(all.contains("完工时间|2026年9月前|2026-08-20|||||||√||||"), all);
            assertTrue(all.contains("预警等级：红色"), all);
            assertTrue(workbook.isSheetHidden(workbook.getSheetIndex("导入数据（请勿修改）")));
        }
    }

    @Test
    void what_the_unit_writes_into_the_form_comes_back_by_indicator_key() {
        List<LineEntry> lines = MonitoringWorkbook.read(MonitoringWorkbook.write(List.of(form())), 77, SHEET);

        assertEquals(new LineEntry("K1", new BigDecimal("5"), new BigDecimal("9"), null, null, Likelihood.POSSIBLE, DeviationCause.FUNDING,
                "资金未到位", "加快拨付"), lines.get(0));
        assertEquals(new LineEntry("K2", null, null, LocalDate.of(2026, 8, 20), null, Likelihood.CERTAIN, null, null, null), lines.get(1));
        assertEquals(new LineEntry("K3", null, null, null, "已通车", Likelihood.CERTAIN, null, null, null), lines.get(2));
    }

    @Test
    void another_reports_form_or_any_other_file_is_refused() {
        byte[] workbook = MonitoringWorkbook.write(List.of(form()));
        assertEquals("monitoring.import.notThisReport",
                assertThrows(InvalidInputException.class, () -> MonitoringWorkbook.read(workbook, 78, SHEET)).getKey());
        assertEquals("monitoring.import.unreadable",
                assertThrows(InvalidInputException.class, () -> MonitoringWorkbook.read("not a workbook".getBytes(), 77, SHEET)).getKey());
    }
}
