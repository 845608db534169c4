package cn.fundperf.ejb.targetsheet;

import static cn.fundperf.ejb.platform.FormSheet.cell;
import static cn.fundperf.ejb.platform.FormSheet.merged;
import static cn.fundperf.ejb.platform.FormSheet.mergedIn;
import static cn.fundperf.ejb.platform.FormSheet.safeSheetName;

import cn.fundperf.ejb.platform.FormSheet.Styles;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the 申报表 as xlsx in the layout of forms.md §0–§1: title and year merged over the
 * width, header block, money block in 万元, goal, and the indicator grid where 绩效指标, each
 * 一级 and each 二级 cell is merged over the rows below it.
 */
public final class DeclarationWorkbook {

    static final int COLUMNS = 8;
    /** The indicator grid's header keys, in column order; the reader checks the same header. */
    static final String[] HEAD = {"declaration.indicators", "declaration.level1", "declaration.level2", "declaration.level3",
            "declaration.value", "declaration.weight", "declaration.basis", "declaration.reason"};
    static final ResourceBundle TEXT = ResourceBundle.getBundle("cn.fundperf.ejb.targetsheet.Forms", Locale.SIMPLIFIED_CHINESE);

    private DeclarationWorkbook() {
    }

    public static byte[] write(List<DeclarationForm> forms) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            write(forms, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the workbook to the stream (and leaves it open: a zip takes several). */
    public static void write(List<DeclarationForm> forms, OutputStream out) throws IOException {
        // streaming workbook with inline strings: the shared-strings table costs seconds per 10 000 rows
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 500, false, false);
        try {
            Styles styles = new Styles(workbook);
            int n = 1;
            List<String[]> data = new ArrayList<>();
            for (DeclarationForm form : forms) {
                Sheet sheet = workbook.createSheet(safeSheetName(n++ + " " + form.projectName()));
                int first = layout(sheet, form, styles);
                for (int i = 0; i < form.rows().size(); i++) {
                    DeclarationForm.Row row = form.rows().get(i);
                    data.add(new String[] {sheet.getSheetName(), String.valueOf(first + i + 1), row.name(),
                            row.templateId() == null ? "" : String.valueOf(row.templateId()), row.evidence(),
                            row.key() == null ? "" : row.key()});
                }
            }
            writeData(workbook, data);
            workbook.write(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();   // POI closes what it wrote to; the caller's stream stays open
                }
            });
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /**
     * What the form does not print but a re-import must not lose (template links, 数据来源, indicator keys), one row
     * per indicator row by worksheet and row, on a hidden worksheet; the visible forms say so.
     */
    private static void writeData(Workbook workbook, List<String[]> data) {
        Sheet sheet = workbook.createSheet(TEXT.getString("declaration.dataSheet"));
        String[] head = TEXT.getString("declaration.dataHead").split("｜");
        Row row = sheet.createRow(0);
        for (int c = 0; c < head.length; c++) {
            row.createCell(c).setCellValue(head[c]);
        }
        int r = 1;
        for (String[] line : data) {
            row = sheet.createRow(r++);
            for (int c = 0; c < line.length; c++) {
                row.createCell(c).setCellValue(line[c] == null ? "" : line[c]);
            }
        }
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
    }

    /** Lays out one form; answers the 0-based row of its first indicator. */
    private static int layout(Sheet sheet, DeclarationForm form, Styles s) {
        int[] widths = {10, 12, 16, 30, 16, 8, 30, 30};
        for (int c = 0; c < COLUMNS; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int r = 0;
        merged(sheet, r++, 0, COLUMNS - 1, form.title(), s.title);
        merged(sheet, r++, 0, COLUMNS - 1, MessageFormat.format(TEXT.getString("declaration.year"), String.valueOf(form.year())), s.center);
        merged(sheet, r++, 0, COLUMNS - 1, TEXT.getString("declaration.unitLabel"), s.right);

        labelValue(sheet, r++, s, TEXT.getString("declaration.projectCode"), form.projectCode());
        labelValue(sheet, r++, s, TEXT.getString("declaration.projectName"), form.projectName());
        labelValue(sheet, r++, s, TEXT.getString("declaration.category"), form.category());
        Row row = sheet.createRow(r);
        cell(row, 0, TEXT.getString("declaration.department"), s.label);
        mergedIn(sheet, row, 1, 3, form.department(), s.text);
        cell(row, 4, TEXT.getString("declaration.unit"), s.label);
        mergedIn(sheet, row, 5, 7, form.unit(), s.text);
        r++;
        row = sheet.createRow(r);
        cell(row, 0, TEXT.getString("declaration.period"), s.label);
        mergedIn(sheet, row, 1, 3, form.period(), s.text);
        cell(row, 4, TEXT.getString("declaration.person"), s.label);
        mergedIn(sheet, row, 5, 7, form.person(), s.text);
        r++;

        int moneyTop = r;
        String[][] money = {
                {TEXT.getString("declaration.annualTotal"), DeclarationForm.wan(form.annualTotalWan())},
                {TEXT.getString("declaration.fiscal"), DeclarationForm.wan(form.fiscalWan())},
                {TEXT.getString("declaration.other"), DeclarationForm.wan(form.otherWan())}};
        for (String[] line : money) {
            row = sheet.createRow(r++);
            cell(row, 0, TEXT.getString("declaration.money"), s.label);
            mergedIn(sheet, row, 1, 4, line[0], s.text);
            mergedIn(sheet, row, 5, 7, line[1], s.number);
        }
        sheet.addMergedRegionUnsafe(new CellRangeAddress(moneyTop, r - 1, 0, 0));

        if (!form.fundLines().isEmpty()) {
            int fundTop = r;
            String[] head = TEXT.getString("declaration.fundSourceHead").split("｜");
            row = sheet.createRow(r++);
            cell(row, 0, TEXT.getString("declaration.fundSource"), s.label);
            mergedIn(sheet, row, 1, 4, head[0], s.label);
            mergedIn(sheet, row, 5, 6, head[1], s.label);
            cell(row, 7, head[2], s.label);
            for (DeclarationForm.FundLine line : form.fundLines()) {
                row = sheet.createRow(r++);
                cell(row, 0, "", s.label);
                mergedIn(sheet, row, 1, 4, line.name(), s.text);
                mergedIn(sheet, row, 5, 6, line.documentNumber(), s.text);
                cell(row, 7, DeclarationForm.wan(line.amountWan()), s.number);
            }
            sheet.addMergedRegionUnsafe(new CellRangeAddress(fundTop, r - 1, 0, 0));
        }

        row = sheet.createRow(r);
        cell(row, 0, TEXT.getString("declaration.goal"), s.label);
        mergedIn(sheet, row, 1, 7, TEXT.getString("declaration.annualGoal"), s.label);
        row = sheet.createRow(r + 1);
        cell(row, 0, "", s.label);
        mergedIn(sheet, row, 1, 7, form.annualGoal(), s.text);
        row.setHeightInPoints(Math.max(30, 15 * (1 + form.annualGoal().length() / 40)));
        sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r + 1, 0, 0));
        r += 2;

        row = sheet.createRow(r++);
        String[] head = HEAD;
        for (int c = 0; c < COLUMNS; c++) {
            cell(row, c, TEXT.getString(head[c]), s.label);
        }
        int first = r;
        List<DeclarationForm.Row> rows = form.rows();
        for (DeclarationForm.Row line : rows) {
            row = sheet.createRow(r++);
            cell(row, 0, TEXT.getString("declaration.indicators"), s.label);
            cell(row, 1, line.level1() == null ? "" : TEXT.getString("level1." + line.level1().name()), s.label);
            cell(row, 2, line.level2() == null ? "" : TEXT.getString("level2." + line.level2().name()), s.label);
            cell(row, 3, line.name(), s.text);
            cell(row, 4, line.value(), s.text);
            cell(row, 5, line.weight(), s.text);
            cell(row, 6, line.basis(), s.text);
            cell(row, 7, line.reason(), s.text);
        }
        if (rows.size() > 1) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(first, r - 1, 0, 0));
        }
        mergeRuns(sheet, first, rows, 1, true);
        mergeRuns(sheet, first, rows, 2, false);
        r++;
        merged(sheet, r, 0, COLUMNS - 1, MessageFormat.format(TEXT.getString("declaration.footer"), DeclarationForm.today()), s.plain);
        merged(sheet, r + 1, 0, COLUMNS - 1, TEXT.getString("declaration.dataNote"), s.plain);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        return first;
    }

    /** Merges equal neighbouring level cells (一级 by level 1, 二级 by level 2). */
    private static void mergeRuns(Sheet sheet, int first, List<DeclarationForm.Row> rows, int column, boolean byLevel1) {
        int start = 0;
        for (int i = 1; i <= rows.size(); i++) {
            boolean same = i < rows.size() && (byLevel1
                    ? rows.get(i).level1() == rows.get(start).level1()
                    : rows.get(i).level2() == rows.get(start).level2() && rows.get(i).level1() == rows.get(start).level1());
            if (!same) {
                if (i - start > 1) {
                    sheet.addMergedRegionUnsafe(new CellRangeAddress(first + start, first + i - 1, column, column));
                }
                start = i;
            }
        }
    }

    private static void labelValue(Sheet sheet, int r, Styles s, String label, String value) {
        Row row = sheet.createRow(r);
        cell(row, 0, label, s.label);
        mergedIn(sheet, row, 1, COLUMNS - 1, value, s.text);
    }
}
