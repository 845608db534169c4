package cn.fundperf.ejb.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.targetsheet.BasisType;
import cn.fundperf.ejb.targetsheet.IndicatorLevel2;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.Operator;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class DisclosureWorkbookTest {

    @Test
    void the_published_list_shows_each_target_with_budget_in_wan_yuan_approval_and_indicators() throws Exception {
        IndicatorLine road = new IndicatorLine(IndicatorLevel2.QUANTITY, "新建产业路", "≥12公里", new BigDecimal("20"), BasisType.PLAN, "实施方案", "测算", "验收报告", null);
        PublishedTarget target = new PublishedTarget(new PublishedRow(1L, 2026, "XM20260019", "生态护林员选聘补助项目", "清河县农业农村局",
                "白云乡人民政府", "生态扶贫", "Ecological", "白云乡", new BigDecimal("1231000.00"), 2, "清财预〔2026〕27号",
                LocalDate.of(2026, 11, 21), "带动增收"), List.of(road));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(DisclosureWorkbook.write(2026, List.of(target))))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("2026年度扶贫资金项目绩效目标公开表", sheet.getRow(0).getCell(0).getStringCellValue());
            Row row = sheet.getRow(2);
            assertEquals("XM20260019", row.getCell(1).getStringCellValue());
            assertEquals(123.1, row.getCell(7).getNumericCellValue(), 0.0001, "1 231 000 元 are 123.10 万元");
            assertEquals("清财预〔2026〕27号", row.getCell(8).getStringCellValue());
            assertEquals("2026-11-21", row.getCell(9).getStringCellValue());
            assertEquals("v2", row.getCell(10).getStringCellValue());
            assertTrue(row.getCell(12).getStringCellValue().startsWith("数量指标：新建产业路"), row.getCell(12).getStringCellValue());
        }
    }
}
