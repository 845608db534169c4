package cn.fundperf.ejb.disclosure;

import cn.fundperf.ejb.project.Yuan;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The published targets of a year as one xlsx list, as offices post it beside the budget. */
final class DisclosureWorkbook {

    private static final ResourceBundle LEVELS = ResourceBundle.getBundle("cn.fundperf.ejb.targetsheet.Forms", Locale.SIMPLIFIED_CHINESE);
    private static final String[] HEADER = {"序号", "项目编码", "项目名称", "主管部门", "实施单位", "资金类别", "地区",
            "预算金额（万元）", "批复文号", "批复日期", "版本", "年度总体目标", "绩效指标"};
    private static final int[] WIDTHS = {6, 16, 30, 18, 22, 14, 12, 14, 24, 12, 6, 40, 80};

    private DisclosureWorkbook() {
    }

    static byte[] write(int year, List<PublishedTarget> targets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(year + "年绩效目标公开");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            font.setFontHeightInPoints((short) 14);
            bold.setFont(font);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            sheet.createRow(0).createCell(0).setCellValue(year + "年度扶贫资金项目绩效目标公开表");
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
            Row header = sheet.createRow(1);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 2;
            for (PublishedTarget target : targets) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r - 1);
                row.createCell(1).setCellValue(target.row().projectCode());
                row.createCell(2).setCellValue(target.row().projectName());
                row.createCell(3).setCellValue(target.row().department());
                row.createCell(4).setCellValue(target.row().unit());
                row.createCell(5).setCellValue(target.row().category());
                row.createCell(6).setCellValue(target.row().region());
                if (target.row().budget() != null) {
                    row.createCell(7).setCellValue(Yuan.toWan(target.row().budget()).doubleValue());
                    row.getCell(7).setCellStyle(money);
                }
                row.createCell(8).setCellValue(target.row().approvalDocument());
                row.createCell(9).setCellValue(DateTimeFormatter.ISO_LOCAL_DATE.format(target.row().approvedOn()));
                row.createCell(10).setCellValue("v" + target.row().versionNumber());
                row.createCell(11).setCellValue(target.row().overallGoal() == null ? "" : target.row().overallGoal());
                row.getCell(11).setCellStyle(wrap);
                row.createCell(12).setCellValue(indicators(target.lines()));
                row.getCell(12).setCellStyle(wrap);
                r++;
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "数量指标：新建产业路 ≥12公里；质量指标：…" */
    static String indicators(List<IndicatorLine> lines) {
        StringBuilder text = new StringBuilder();
        for (IndicatorLine line : lines) {
            text.append(text.length() == 0 ? "" : "；\n")
                    .append(LEVELS.getString("level2." + line.level2().name())).append('：').append(line.name())
                    .append(' ').append(line.getTargetText());
        }
        return text.toString();
    }
}
