package cn.fundperf.ejb.monitoring;

import static cn.fundperf.ejb.platform.FormSheet.cell;
import static cn.fundperf.ejb.platform.FormSheet.merged;
import static cn.fundperf.ejb.platform.FormSheet.mergedIn;
import static cn.fundperf.ejb.platform.FormSheet.safeSheetName;

import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.platform.FormSheet.Styles;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.IndicatorValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The 项目支出绩效目标执行监控表 as xlsx (forms.md §3): header, money in 万元, goal, and the indicator
 * grid with its two-row head (偏差原因分析 over five columns, 完成目标可能性 over three). One worksheet
 * per report; a hidden worksheet names the report and indicator key of every row, so that a unit
 * can fill the form offline and import it back into the same report.
 */
public final class MonitoringWorkbook {

    static final ResourceBundle TEXT = ResourceBundle.getBundle("cn.fundperf.ejb.monitoring.MonitoringForms", Locale.SIMPLIFIED_CHINESE);
    static final ResourceBundle LEVELS = ResourceBundle.getBundle("cn.fundperf.ejb.targetsheet.Forms", Locale.SIMPLIFIED_CHINESE);
    static final int COLUMNS = 15;
    static final int ACHIEVED = 4;
    static final int EXPECTED = 5;
    static final int FIRST_CAUSE = 6;
    static final int FIRST_LIKELIHOOD = 11;
    static final int REMARK = 14;

    private MonitoringWorkbook() {
    }

    public static byte[] write(List<MonitoringForm> forms) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            List<String[]> data = new ArrayList<>();
            int n = 1;
            for (MonitoringForm form : forms) {
                String name = safeSheetName(n++ + " " + form.projectName());
                Sheet sheet = workbook.createSheet(name);
                int first = layout(sheet, form, styles);
                for (int i = 0; i < form.rows().size(); i++) {
                    data.add(new String[] {name, String.valueOf(first + i + 1), String.valueOf(form.taskId()), form.rows().get(i).key()});
                }
            }
            Sheet hidden = workbook.createSheet(TEXT.getString("form.dataSheet"));
            String[] head = TEXT.getString("form.dataHead").split("｜");
            Row row = hidden.createRow(0);
            for (int c = 0; c < head.length; c++) {
                row.createCell(c).setCellValue(head[c]);
            }
            int r = 1;
            for (String[] line : data) {
                row = hidden.createRow(r++);
                for (int c = 0; c < line.length; c++) {
                    row.createCell(c).setCellValue(line[c]);
                }
            }
            workbook.setSheetHidden(workbook.getSheetIndex(hidden), true);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("The monitoring form could not be written", e);
        }
    }

    private static int layout(Sheet sheet, MonitoringForm form, Styles s) {
        int[] widths = {10, 12, 22, 14, 14, 14, 8, 8, 8, 10, 8, 8, 8, 10, 30};
        for (int c = 0; c < COLUMNS; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        String month = String.valueOf(form.month());
        int r = 0;
        merged(sheet, r++, 0, COLUMNS - 1, MessageFormat.format(TEXT.getString("form.title"), String.valueOf(form.year())), s.title);
        merged(sheet, r++, 0, COLUMNS - 1, MessageFormat.format(TEXT.getString("form.period"), form.periodName(), month), s.center);
        merged(sheet, r++, 0, COLUMNS - 1, TEXT.getString("form.unitLabel") + (form.level() == null ? ""
                : "　　" + MessageFormat.format(TEXT.getString("form.level"), TEXT.getString("level." + form.level()))), s.right);
        Row row = sheet.createRow(r);
        cell(row, 0, TEXT.getString("form.projectName"), s.label);
        mergedIn(sheet, row, 1, COLUMNS - 1, form.projectName(), s.text);
        row = sheet.createRow(++r);
        cell(row, 0, TEXT.getString("form.department"), s.label);
        mergedIn(sheet, row, 1, 6, form.department(), s.text);
        mergedIn(sheet, row, 7, 8, TEXT.getString("form.unit"), s.label);
        mergedIn(sheet, row, 9, COLUMNS - 1, form.unit(), s.text);
        r++;

        int moneyTop = r;
        String[] moneyHead = MessageFormat.format(TEXT.getString("form.moneyHead"), month).split("｜");
        row = sheet.createRow(r++);
        cell(row, 0, TEXT.getString("form.money"), s.label);
        mergedIn(sheet, row, 1, 4, "", s.label);
        for (int i = 0; i < 4; i++) {
            mergedIn(sheet, row, 5 + 2 * i, i == 3 ? COLUMNS - 1 : 6 + 2 * i, moneyHead[i], s.label);
        }
        String rate = form.executionRate() == null ? "" : form.executionRate().toPlainString() + "%";
        String[][] money = {{TEXT.getString("form.total"), wan(form.budgetWan()), wan(form.releasedWan()), wan(form.executedWan()), rate},
                {TEXT.getString("form.fiscal"), wan(form.budgetWan()), wan(form.releasedWan()), wan(form.executedWan()), rate},
                {TEXT.getString("form.other"), "", "", "", ""}};
        for (String[] line : money) {
            row = sheet.createRow(r++);
            cell(row, 0, "", s.label);
            mergedIn(sheet, row, 1, 4, line[0], s.text);
            for (int i = 0; i < 4; i++) {
                mergedIn(sheet, row, 5 + 2 * i, i == 3 ? COLUMNS - 1 : 6 + 2 * i, line[i + 1], s.number);
            }
        }
        sheet.addMergedRegionUnsafe(new CellRangeAddress(moneyTop, r - 1, 0, 0));

        row = sheet.createRow(r++);
        cell(row, 0, TEXT.getString("form.goal"), s.label);
        mergedIn(sheet, row, 1, COLUMNS - 1, form.goal() == null ? "" : form.goal(), s.text);
        row.setHeightInPoints(Math.max(30, 15 * (1 + (form.goal() == null ? 0 : form.goal().length()) / 80)));

        Row head1 = sheet.createRow(r);
        Row head2 = sheet.createRow(r + 1);
        String[] single = {TEXT.getString("form.level1"), TEXT.getString("form.level2"), TEXT.getString("form.level3"),
                TEXT.getString("form.value"), MessageFormat.format(TEXT.getString("form.achieved"), month), TEXT.getString("form.expected")};
        for (int c = 0; c < single.length; c++) {
            cell(head1, c, single[c], s.label);
            cell(head2, c, "", s.label);
            sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r + 1, c, c));
        }
        mergedIn(sheet, head1, FIRST_CAUSE, FIRST_CAUSE + 4, TEXT.getString("form.deviation"), s.label);
        mergedIn(sheet, head1, FIRST_LIKELIHOOD, FIRST_LIKELIHOOD + 2, TEXT.getString("form.likelihood"), s.label);
        String[] causes = TEXT.getString("form.causes").split("｜");
        String[] likelihoods = TEXT.getString("form.likelihoods").split("｜");
        for (int i = 0; i < 5; i++) {
            cell(head2, FIRST_CAUSE + i, causes[i], s.label);
        }
        for (int i = 0; i < 3; i++) {
            cell(head2, FIRST_LIKELIHOOD + i, likelihoods[i], s.label);
        }
        cell(head1, REMARK, TEXT.getString("form.remark"), s.label);
        cell(head2, REMARK, "", s.label);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r + 1, REMARK, REMARK));
        r += 2;

        int first = r;
        for (MonitoringForm.Row line : form.rows()) {
            row = sheet.createRow(r++);
            cell(row, 0, line.level1() == null ? "" : LEVELS.getString("level1." + line.level1().name()), s.label);
            cell(row, 1, line.level2() == null ? "" : LEVELS.getString("level2." + line.level2().name()), s.label);
            cell(row, 2, line.name(), s.text);
            cell(row, 3, line.target(), s.text);
            cell(row, ACHIEVED, line.achieved(), s.input);
            cell(row, EXPECTED, line.expected(), s.input);
            for (DeviationCause cause : DeviationCause.values()) {
                String mark = line.cause() != cause ? "" : line.reason() == null ? TEXT.getString("form.tick") : line.reason();
                cell(row, FIRST_CAUSE + cause.ordinal(), mark, s.input);
            }
            for (Likelihood likelihood : Likelihood.values()) {
                cell(row, FIRST_LIKELIHOOD + likelihood.ordinal(), line.likelihood() == likelihood ? TEXT.getString("form.tick") : "", s.input);
            }
            List<String> remark = new ArrayList<>();
            if (line.measure() != null) {
                remark.add(MessageFormat.format(TEXT.getString("form.measure"), line.measure()));
            }
            if (!line.evidenced()) {
                remark.add(TEXT.getString("form.unverified"));
            }
            cell(row, REMARK, String.join("；", remark), s.input);
        }
        r++;
        merged(sheet, r, 0, COLUMNS - 1, MessageFormat.format(TEXT.getString("form.footer"), LocalDate.now()), s.plain);
        merged(sheet, r + 1, 0, COLUMNS - 1, TEXT.getString("form.dataNote"), s.plain);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        return first;
    }

    /**
     * Reads back what a unit wrote into an exported form of one report: a line per indicator row
     * (by the key the hidden worksheet names), for a draft of that report. Refused, naming the cell,
     * when the workbook is not this report's form or a value cannot be read.
     */
    public static List<LineEntry> read(byte[] content, long taskId, List<IndicatorLine> indicators) {
        Map<String, IndicatorLine> byKey = new HashMap<>();
        indicators.forEach(line -> byKey.put(line.key(), line));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet data = workbook.getSheet(TEXT.getString("form.dataSheet"));
            if (data == null) {
                throw new InvalidInputException("monitoring.import.notAForm");
            }
            DataFormatter formatter = new DataFormatter(Locale.SIMPLIFIED_CHINESE);
            List<LineEntry> lines = new ArrayList<>();
            for (int r = 1; r <= data.getLastRowNum(); r++) {
                Row link = data.getRow(r);
                if (link == null || !String.valueOf(taskId).equals(formatter.formatCellValue(link.getCell(2)))) {
                    continue;
                }
                Sheet sheet = workbook.getSheet(formatter.formatCellValue(link.getCell(0)));
                int rowNumber = Integer.parseInt(formatter.formatCellValue(link.getCell(1)));
                String key = formatter.formatCellValue(link.getCell(3));
                IndicatorLine indicator = byKey.get(key);
                if (sheet == null || indicator == null) {
                    throw new InvalidInputException("monitoring.import.notThisReport");
                }
                lines.add(line(sheet.getRow(rowNumber - 1), rowNumber, indicator, formatter));
            }
            if (lines.isEmpty()) {
                throw new InvalidInputException("monitoring.import.notThisReport");
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refused) {
                throw refused;
            }
            throw new InvalidInputException("monitoring.import.unreadable");
        }
    }

    private static LineEntry line(Row row, int rowNumber, IndicatorLine indicator, DataFormatter formatter) {
        String achieved = text(row, ACHIEVED, formatter);
        String expected = text(row, EXPECTED, formatter);
        IndicatorValue target = indicator.targetValue();
        boolean numeric = target instanceof IndicatorValue.Quantity || target instanceof IndicatorValue.Range;
        boolean dated = target instanceof IndicatorValue.TimeLimit;
        DeviationCause cause = null;
        String reason = null;
        for (DeviationCause each : DeviationCause.values()) {
            String mark = text(row, FIRST_CAUSE + each.ordinal(), formatter);
            if (!mark.isEmpty() && cause == null) {
                cause = each;
                reason = mark.equals(TEXT.getString("form.tick")) ? null : mark;
            }
        }
        Likelihood likelihood = null;
        for (Likelihood each : Likelihood.values()) {
            if (!text(row, FIRST_LIKELIHOOD + each.ordinal(), formatter).isEmpty()) {
                if (likelihood != null) {
                    throw new InvalidInputException("monitoring.import.twoLikelihoods", rowNumber);
                }
                likelihood = each;
            }
        }
        String measure = null;
        String measurePrefix = MessageFormat.format(TEXT.getString("form.measure"), "");
        for (String part : text(row, REMARK, formatter).split("；")) {
            if (part.startsWith(measurePrefix)) {
                measure = part.substring(measurePrefix.length()).strip();
            } else if (!part.isBlank() && !part.equals(TEXT.getString("form.unverified"))) {
                measure = part.strip();
            }
        }
        return new LineEntry(indicator.key(), numeric ? number(achieved, rowNumber, ACHIEVED) : null,
                numeric ? number(expected, rowNumber, EXPECTED) : null, dated ? day(achieved, rowNumber) : null,
                !numeric && !dated && !achieved.isEmpty() ? achieved : null, likelihood, cause, reason, measure);
    }

    private static String text(Row row, int column, DataFormatter formatter) {
        Cell cell = row == null ? null : row.getCell(column);
        return cell == null ? "" : formatter.formatCellValue(cell).strip();
    }

    private static BigDecimal number(String text, int row, int column) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", "").replace("%", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("monitoring.import.number", row, column + 1, text);
        }
    }

    private static LocalDate day(String text, int row) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.replace('/', '-'));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("monitoring.import.date", row, text);
        }
    }

    private static String wan(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
