package cn.fundperf.ejb.platform;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Laying out the official forms (申报表, 监控表) on a worksheet: text cells, cells merged across
 * columns, and the styles the printed forms use (Song type, thin borders). The forms lay out their
 * merges so that none overlap: the unchecked merge keeps a 10 000-row export fast.
 */
public final class FormSheet {

    private FormSheet() {
    }

    /** The styles of one workbook: a title, centred and right-aligned lines, and the grid's labels, text, numbers and fields to fill. */
    public static final class Styles {
        public final CellStyle title;
        public final CellStyle center;
        public final CellStyle right;
        public final CellStyle label;
        public final CellStyle text;
        public final CellStyle number;
        public final CellStyle input;
        public final CellStyle plain;

        public Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            bold.setFontName("宋体");
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            big.setFontName("宋体");
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            center = workbook.createCellStyle();
            center.setAlignment(HorizontalAlignment.CENTER);
            right = workbook.createCellStyle();
            right.setAlignment(HorizontalAlignment.RIGHT);
            plain = workbook.createCellStyle();
            label = bordered(workbook);
            label.setFont(bold);
            label.setAlignment(HorizontalAlignment.CENTER);
            text = bordered(workbook);
            number = bordered(workbook);
            number.setAlignment(HorizontalAlignment.RIGHT);
            input = bordered(workbook);
            input.setLocked(false);   // what a unit fills in offline stays editable in a protected sheet
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
            return style;
        }
    }

    /** Text over columns {@code from} to {@code to} of row {@code r}, merged. */
    public static void merged(Sheet sheet, int r, int from, int to, String text, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        mergedIn(sheet, row, from, to, text, style);
    }

    public static void mergedIn(Sheet sheet, Row row, int from, int to, String text, CellStyle style) {
        for (int c = from; c <= to; c++) {
            cell(row, c, c == from ? text : "", style);
        }
        if (to > from) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
        }
    }

    public static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text == null ? "" : text);
        cell.setCellStyle(style);
    }

    /** A worksheet name Excel accepts: at most 31 characters, none of \ / ? * [ ] :. */
    public static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
