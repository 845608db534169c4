package cn.fundperf.ejb.target;

import cn.fundperf.ejb.validation.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads 申报表 workbooks in the layout {@link DeclarationWorkbook} writes (one worksheet per
 * project). Cells left empty by merged 一级/二级 cells take the value above (forms.md §0);
 * "—" and "/" read as empty. Every problem is reported with worksheet, row and column; the
 * caller saves nothing when there is any.
 */
public final class DeclarationReader {

    public static final int MAX_ROWS = 20_000;

    private static final Pattern QUANTITY = Pattern.compile("^(≥|≤|>=|<=|＞=|＜=|=|＝|>|<|＞|＜)\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*(.*)$");
    private static final DataFormatter FORMAT = new DataFormatter();

    public record Parsed(String sheetName, int codeRow, String projectCode, String overallGoal, List<IndicatorLine> lines) {
    }

    /** A problem at a place of the workbook: row is 1-based as Excel shows it, column a letter ("" for the file). */
    public record Problem(String sheet, int row, String column, String key, List<Object> arguments) {

        static Problem of(String sheet, int row, int column, String key, Object... arguments) {
            return new Problem(sheet, row, column < 0 ? "" : CellReference.convertNumToColString(column), key, List.of(arguments));
        }

        public String getSheet() { return sheet; }
        public int getRow() { return row; }
        public String getColumn() { return column; }
        public String getKey() { return key; }
        public List<Object> getArguments() { return arguments; }
    }

    public record Result(List<Parsed> sheets, List<Problem> problems) {

        public boolean isClean() {
            return problems.isEmpty();
        }
    }

    private DeclarationReader() {
    }

    public static Result read(byte[] file) {
        List<Problem> problems = new ArrayList<>();
        if (file == null || file.length == 0) {
            return new Result(List.of(), List.of(Problem.of("", 0, -1, "import.empty")));
        }
        if (file.length > Limits.UPLOAD_BYTES.max()) {
            return new Result(List.of(), List.of(Problem.of("", 0, -1, "import.tooLarge", Limits.UPLOAD_BYTES.megabytes())));
        }
        if (file.length < 4 || file[0] != 'P' || file[1] != 'K') {
            return new Result(List.of(), List.of(Problem.of("", 0, -1, "import.notXlsx")));
        }
        List<Parsed> sheets = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Sheet sheet : workbook) {
                if (sheet.getLastRowNum() > MAX_ROWS) {
                    problems.add(Problem.of(sheet.getSheetName(), 0, -1, "import.tooManyRows", MAX_ROWS));
                    continue;
                }
                Parsed parsed = readSheet(sheet, problems);
                if (parsed != null) {
                    sheets.add(parsed);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not an xlsx after all (a renamed file, a damaged zip, an encrypted workbook...)
            return new Result(List.of(), List.of(Problem.of("", 0, -1, "import.notXlsx")));
        }
        if (sheets.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.of("", 0, -1, "import.noSheets"));
        }
        return new Result(sheets, problems);
    }

    private static Parsed readSheet(Sheet sheet, List<Problem> problems) {
        String name = sheet.getSheetName();
        String code = null;
        int codeRow = 0;
        String goal = null;
        int header = -1;
        String codeLabel = text("declaration.projectCode");
        String goalLabel = text("declaration.goal");
        String indicatorsLabel = text("declaration.indicators");
        for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && header < 0; r++) {
            String first = value(sheet.getRow(r), 0);
            if (codeLabel.equals(first)) {
                code = value(sheet.getRow(r), 1);
                codeRow = r + 1;
            } else if (goalLabel.equals(first) && goal == null) {
                goal = value(sheet.getRow(r + 1), 1);
            } else if (indicatorsLabel.equals(first) && text("declaration.level1").equals(value(sheet.getRow(r), 1))) {
                header = r;
            }
        }
        if (header < 0) {
            problems.add(Problem.of(name, 0, -1, "import.header.missing"));
            return null;
        }
        for (int c = 0; c < DeclarationWorkbook.HEAD.length; c++) {
            if (!text(DeclarationWorkbook.HEAD[c]).equals(value(sheet.getRow(header), c))) {
                problems.add(Problem.of(name, header + 1, c, "import.header.column", text(DeclarationWorkbook.HEAD[c])));
            }
        }
        if (code == null || code.isBlank()) {
            problems.add(Problem.of(name, codeRow, 1, "import.required", codeLabel));
        }
        List<IndicatorLine> lines = new ArrayList<>();
        IndicatorLevel1 level1 = null;
        IndicatorLevel2 level2 = null;
        Map<String, IndicatorLevel1> level1s = labels(IndicatorLevel1.values(), "level1.");
        Map<String, IndicatorLevel2> level2s = labels(IndicatorLevel2.values(), "level2.");
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (isBlank(row) || value(row, 0).startsWith(text("declaration.footer").substring(0, 3))) {
                break;
            }
            int excelRow = r + 1;
            String l1 = value(row, 1);
            String l2 = value(row, 2);
            if (!l1.isEmpty()) {
                level1 = level1s.get(l1);
                if (level1 == null) {
                    problems.add(Problem.of(name, excelRow, 1, "import.level1.unknown", l1));
                }
                level2 = null;
            }
            if (!l2.isEmpty()) {
                level2 = level2s.get(l2);
                if (level2 == null) {
                    problems.add(Problem.of(name, excelRow, 2, "import.level2.unknown", l2));
                } else if (level1 != null && level2.level1(level1 == IndicatorLevel1.COST) != level1) {
                    problems.add(Problem.of(name, excelRow, 2, "import.level.mismatch", l2, l1.isEmpty() ? "" : l1));
                }
            }
            String indicator = value(row, 3);
            if (indicator.isEmpty()) {
                problems.add(Problem.of(name, excelRow, 3, "import.required", text("declaration.level3")));
            }
            lines.add(line(name, excelRow, row, level2, indicator, problems));
        }
        if (lines.isEmpty()) {
            problems.add(Problem.of(name, header + 2, 3, "import.noIndicators"));
        }
        return new Parsed(name, codeRow, code, goal, lines);
    }

    private static IndicatorLine line(String sheet, int excelRow, Row row, IndicatorLevel2 level2, String name, List<Problem> problems) {
        String valueText = value(row, 4);
        Operator operator = null;
        BigDecimal target = null;
        String unit = null;
        String qualitative = null;
        Matcher quantity = QUANTITY.matcher(valueText);
        if (quantity.matches()) {
            operator = Operator.ofSymbol(quantity.group(1));
            target = new BigDecimal(quantity.group(2));
            unit = quantity.group(3).isBlank() ? null : quantity.group(3).strip();
        } else if (valueText.isEmpty()) {
            problems.add(Problem.of(sheet, excelRow, 4, "import.required", text("declaration.value")));
        } else if (valueText.matches(".*\\d.*") || valueText.matches("^[≥≤=><＞＜＝].*")) {
            problems.add(Problem.of(sheet, excelRow, 4, "import.value.invalid", valueText));
        } else {
            operator = Operator.QUALITATIVE;
            qualitative = valueText;
        }
        BigDecimal weight = null;
        String weightText = value(row, 5).replace("分", "").strip();
        if (weightText.isEmpty()) {
            problems.add(Problem.of(sheet, excelRow, 5, "import.required", text("declaration.weight")));
        } else {
            try {
                weight = new BigDecimal(weightText);
                if (weight.signum() < 0 || weight.compareTo(new BigDecimal("100")) > 0) {
                    problems.add(Problem.of(sheet, excelRow, 5, "import.weight.range", weightText));
                }
            } catch (NumberFormatException e) {
                problems.add(Problem.of(sheet, excelRow, 5, "import.number.invalid", weightText));
            }
        }
        DeclarationBasis.Parsed basis = DeclarationBasis.read(value(row, 6));
        if (basis.unknownType()) {
            problems.add(Problem.of(sheet, excelRow, 6, "import.basis.type", value(row, 6)));
        }
        String reason = value(row, 7);
        return new IndicatorLine(level2, name, operator, target, qualitative, unit, weight, basis.type(), basis.text(),
                reason.isEmpty() ? null : reason, null, null);
    }

    private static <E extends Enum<E>> Map<String, E> labels(E[] values, String prefix) {
        Map<String, E> map = new HashMap<>();
        for (E value : values) {
            map.put(text(prefix + value.name()), value);
        }
        return map;
    }

    private static boolean isBlank(Row row) {
        if (row == null) {
            return true;
        }
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.BLANK && !FORMAT.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The cell as text; "—" and "/" mean "does not apply" and read as empty. */
    private static String value(Row row, int column) {
        if (row == null || row.getCell(column) == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        String text = cell.getCellType() == CellType.FORMULA ? FORMAT.formatCellValue(cell, null) : FORMAT.formatCellValue(cell);
        text = text.strip();
        return "—".equals(text) || "/".equals(text) || "-".equals(text) ? "" : text;
    }

    private static String text(String key) {
        return DeclarationWorkbook.TEXT.getString(key);
    }
}
