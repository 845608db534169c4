package cn.fundperf.ejb.review;

import static cn.fundperf.ejb.review.ReviewOpinionForm.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** 绩效目标审核意见表 as xlsx: one worksheet per sheet under review, four columns wide, then the 会议纪要 if there are minutes. */
public final class ReviewOpinionWorkbook {

    private static final int COLUMNS = 4;

    private ReviewOpinionWorkbook() {
    }

    public static byte[] write(List<ReviewOpinionForm> forms) {
        return write(forms, null);
    }

    /** The forms, and the minutes (null: none recorded) on a last worksheet 会议纪要. */
    public static byte[] write(List<ReviewOpinionForm> forms, MinutesForm minutes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle title = style(workbook, 16, true, false);
            CellStyle label = style(workbook, 11, true, true);
            CellStyle body = style(workbook, 11, false, true);
            Set<String> names = new HashSet<>();
            for (ReviewOpinionForm form : forms) {
                String name = WorkbookUtil.createSafeSheetName((names.size() + 1) + " " + form.projectName());
                names.add(name);
                Sheet sheet = workbook.createSheet(name);
                sheet.setColumnWidth(0, 22 * 256);
                sheet.setColumnWidth(1, 40 * 256);
                sheet.setColumnWidth(2, 60 * 256);
                sheet.setColumnWidth(3, 22 * 256);
                int r = 0;
                r = wide(sheet, r, text("form.title"), title);
                r = wide(sheet, r, form.yearLine(), body);
                r = pair(sheet, r, text("form.projectName"), form.projectName(), label, body);
                r = pair(sheet, r, text("form.department") + " / " + text("form.unit"), form.department() + " / " + form.unit(), label, body);
                r = pair(sheet, r, text("form.total"), form.totalWan(), label, body);
                r = pair(sheet, r, text("form.round"), form.round(), label, body);
                Row header = sheet.createRow(r++);
                cell(header, 0, text("form.criterion"), label);
                cell(header, 1, text("form.points"), label);
                cell(header, 2, text("form.opinions"), label);
                cell(header, 3, text("form.tally"), label);
                for (ReviewOpinionForm.CriterionRow row : form.criteria()) {
                    Row line = sheet.createRow(r++);
                    cell(line, 0, row.criterion(), label);
                    cell(line, 1, row.points(), body);
                    cell(line, 2, row.opinions(), body);
                    cell(line, 3, row.tally(), body);
                }
                r = pair(sheet, r, text("form.lineRemarks"), form.lineRemarks().isEmpty() ? text("form.noLineRemarks") : String.join("\n", form.lineRemarks()), label, body);
                r = pair(sheet, r, text("form.overall"), String.join("\n", form.overallComments()), label, body);
                r = pair(sheet, r, text("form.members"), String.join("\n", form.signatures()), label, body);
                r = pair(sheet, r, text("form.conclusion"), form.conclusionBoxes(), label, body);
                r = pair(sheet, r, text("form.conclusionReason"), form.conclusionReason(), label, body);
                pair(sheet, r, text("form.chair") + " / " + text("form.date"), form.chair() + "    " + form.date(), label, body);
            }
            if (minutes != null) {
                minutes(workbook.createSheet(text("minutes.sheetName")), minutes, title, label, body);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void minutes(Sheet sheet, MinutesForm minutes, CellStyle title, CellStyle label, CellStyle body) {
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 22 * 256);
        sheet.setColumnWidth(3, 60 * 256);
        int r = 0;
        r = wide(sheet, r, minutes.title(), title);
        r = pair(sheet, r, text("minutes.round"), minutes.round(), label, body);
        r = pair(sheet, r, text("minutes.date"), minutes.date(), label, body);
        r = pair(sheet, r, text("minutes.place"), minutes.place(), label, body);
        r = pair(sheet, r, text("minutes.chair"), minutes.chair(), label, body);
        r = pair(sheet, r, text("minutes.recorder"), minutes.recorder(), label, body);
        r = pair(sheet, r, text("minutes.present"), minutes.present(), label, body);
        r = pair(sheet, r, text("minutes.absent"), minutes.absent(), label, body);
        r = pair(sheet, r, text("minutes.others"), minutes.others(), label, body);
        r = wide(sheet, r, text("minutes.decisions"), label);
        Row header = sheet.createRow(r++);
        cell(header, 0, text("minutes.position"), label);
        cell(header, 1, text("minutes.project"), label);
        cell(header, 2, text("minutes.conclusion"), label);
        cell(header, 3, text("minutes.decision"), label);
        for (MinutesForm.DecisionRow decision : minutes.decisions()) {
            Row line = sheet.createRow(r++);
            cell(line, 0, decision.position(), body);
            cell(line, 1, decision.project(), body);
            cell(line, 2, decision.conclusion(), body);
            cell(line, 3, decision.decision(), body);
        }
        r = pair(sheet, r, text("minutes.notes"), minutes.notes(), label, body);
        pair(sheet, r, text("minutes.status"), minutes.status(), label, body);
    }

    private static int wide(Sheet sheet, int r, String text, CellStyle style) {
        Row row = sheet.createRow(r);
        cell(row, 0, text, style);
        for (int c = 1; c < COLUMNS; c++) {
            cell(row, c, "", style);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS - 1));
        return r + 1;
    }

    private static int pair(Sheet sheet, int r, String label, String value, CellStyle labelStyle, CellStyle valueStyle) {
        Row row = sheet.createRow(r);
        cell(row, 0, label, labelStyle);
        cell(row, 1, value, valueStyle);
        for (int c = 2; c < COLUMNS; c++) {
            cell(row, c, "", valueStyle);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, COLUMNS - 1));
        return r + 1;
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text == null ? "" : text);
        cell.setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook workbook, int points, boolean bold, boolean bordered) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setFontName("宋体");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setAlignment(bordered && !bold ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
