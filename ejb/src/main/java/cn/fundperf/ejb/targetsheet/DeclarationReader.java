package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.validation.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads 申报表 workbooks: the layout {@link DeclarationWorkbook} writes and the tables offices
 * publish (forms.md §0–§1), one worksheet per project. Columns are found by their header text
 * (绩效指标 一级指标 二级指标 三级指标 指标值, optional 分值 设定依据 设定理由 数据来源 备注), in any
 * order and however spaced ("绩 效 指 标", "经济效益\n指标"); cells of merged 一级/二级/依据/理由 cells
 * take the value of the merge; values are read by the indicator value grammar ({@link IndicatorValue}).
 * The project is found by its 项目编码 or, where a published table has none, its 项目名称.
 * Problems are reported with worksheet, row and column and the caller saves nothing when there is
 * any; notices (a header cell or column the system does not keep, a template row left empty) are
 * reported without stopping the import.
 */
public final class DeclarationReader {

    public static final int MAX_ROWS = 20_000;

    private static final DataFormatter FORMAT = new DataFormatter();
    private static final Pattern YEAR = Pattern.compile("[(（]\\s*(\\d{4})\\s*年度?\\s*[)）]");
    /** "(0-20)分", "(50分)", "10分" after a level or header label. */
    private static final Pattern POINTS_SUFFIX = Pattern.compile("[(（]?[\\d.\\-~—–]+分?[)）]?分?$");

    public record Parsed(String sheetName, int codeRow, String projectCode, String projectName, Integer year, String overallGoal,
                         List<IndicatorLine> lines) {
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

    /** What was read, what stops the import (problems) and what it passed over (notices). */
    public record Result(List<Parsed> sheets, List<Problem> problems, List<Problem> notices) {

        public boolean isClean() {
            return problems.isEmpty();
        }
    }

    /** The columns of the indicator grid this reader knows, by the words of their header. */
    enum Column {
        LABEL("绩效指标"), LEVEL1("一级指标"), LEVEL2("二级指标"), LEVEL3("三级指标", "指标名称", "指标内容"),
        VALUE("年度指标值", "指标值", "目标值", "绩效指标值"), WEIGHT("分值", "权重", "指标分值"),
        BASIS("设定依据", "指标值设定依据", "依据"), REASON("设定理由", "理由"), EVIDENCE("数据来源", "佐证材料", "证明材料", "评价依据"),
        REMARK("备注", "指标解释", "说明");

        private final List<String> words;

        Column(String... words) {
            this.words = List.of(words);
        }

        static Column of(String header) {
            String h = normal(header);
            for (Column c : values()) {
                if (c.words.contains(h)) {
                    return c;
                }
            }
            return null;
        }
    }

    /** Header labels this reader knows; the goal is read, the rest is what the system keeps on the project itself. */
    private static final List<String> KNOWN_LABELS = List.of("项目编码", "项目代码", "项目名称", "主管部门", "业务主管部门", "实施单位",
            "项目期", "实施期", "项目实施期", "建设周期", "项目负责人及电话", "项目负责人", "联系电话", "项目资金", "资金情况",
            "年度资金总额", "其中财政拨款", "其中财政资金", "其他资金", "其中其它资金", "其中其他资金",
            "年度目标", "年度总体目标", "年度主要目标和成果", "总体目标", "项目总目标", "总体绩效目标", "项目总体绩效目标", "项目绩效目标",
            "单位万元", "金额单位", "预算单位", "项目类别", "项目分类", "资金来源");

    private DeclarationReader() {
    }

    public static Result read(byte[] file) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> notices = new ArrayList<>();
        if (file == null || file.length == 0) {
            return new Result(List.of(), List.of(Problem.of("", 0, -1, "import.empty")), List.of());
        }
        if (file.length > Limits.UPLOAD_BYTES.max()) {
            return new Result(List.of(), List.of(Problem.of("", 0, -1, "import.tooLarge", Limits.UPLOAD_BYTES.megabytes())), List.of());
        }
        if (file.length < 4 || file[0] != 'P' || file[1] != 'K') {
            return new Result(List.of(), List.of(Problem.of("", 0, -1, "import.notXlsx")), List.of());
        }
        List<Parsed> sheets = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Map<String, Map<Integer, String[]>> kept = kept(workbook);
            for (Sheet sheet : workbook) {
                if (workbook.isSheetHidden(workbook.getSheetIndex(sheet))) {
                    continue;
                }
                if (sheet.getLastRowNum() > MAX_ROWS) {
                    problems.add(Problem.of(sheet.getSheetName(), 0, -1, "import.tooManyRows", MAX_ROWS));
                    continue;
                }
                Parsed parsed = new SheetReader(sheet, kept.getOrDefault(sheet.getSheetName(), Map.of()), problems, notices).read();
                if (parsed != null) {
                    sheets.add(parsed);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not an xlsx after all (a renamed file, a damaged zip, an encrypted workbook...)
            return new Result(List.of(), List.of(Problem.of("", 0, -1, "import.notXlsx")), List.of());
        }
        if (sheets.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.of("", 0, -1, "import.noSheets"));
        }
        return new Result(sheets, problems, notices);
    }

    /**
     * What our export keeps on its hidden 系统数据 worksheet (template links, 数据来源), by worksheet and
     * row: {name, template id, evidence, indicator key}. Tables from elsewhere have none.
     */
    private static Map<String, Map<Integer, String[]>> kept(Workbook workbook) {
        Sheet data = workbook.getSheet(text("declaration.dataSheet"));
        Map<String, Map<Integer, String[]>> kept = new HashMap<>();
        if (data == null) {
            return kept;
        }
        for (int r = 1; r <= Math.min(data.getLastRowNum(), MAX_ROWS); r++) {
            Row row = data.getRow(r);
            if (row == null || row.getCell(0) == null || row.getCell(1) == null) {
                continue;
            }
            try {
                int excelRow = Integer.parseInt(FORMAT.formatCellValue(row.getCell(1)).strip());
                kept.computeIfAbsent(FORMAT.formatCellValue(row.getCell(0)), k -> new HashMap<>())
                        .put(excelRow, new String[] {data(row, 2), data(row, 3), data(row, 4), data(row, 5)});
            } catch (NumberFormatException e) {
                // a row someone typed into the hidden sheet: not ours, passed over
            }
        }
        return kept;
    }

    private static String data(Row row, int c) {
        return row.getCell(c) == null ? "" : FORMAT.formatCellValue(row.getCell(c)).strip();
    }

    /** Header text as compared: no spaces or line breaks, ASCII punctuation, no colon or brackets. */
    static String normal(String text) {
        return IndicatorValueGrammar.fold(text).replaceAll("[\\s:：()（）]", "");
    }

    /** One worksheet. */
    private static final class SheetReader {

        private final Sheet sheet;
        private final Map<Integer, String[]> kept;
        private final String name;
        private final List<Problem> problems;
        private final List<Problem> notices;
        private final Map<Integer, CellRangeAddress> mergeOf = new HashMap<>();

        SheetReader(Sheet sheet, Map<Integer, String[]> kept, List<Problem> problems, List<Problem> notices) {
            this.sheet = sheet;
            this.kept = kept;
            this.name = sheet.getSheetName();
            this.problems = problems;
            this.notices = notices;
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                    for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                        mergeOf.put(key(r, c), region);
                    }
                }
            }
        }

        Parsed read() {
            int header = -1;
            Map<Column, Integer> columns = new LinkedHashMap<>();
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && header < 0; r++) {
                Map<Column, Integer> found = columnsOf(r);
                if (found.containsKey(Column.LEVEL3) && found.containsKey(Column.VALUE)) {
                    header = r;
                    columns = found;
                }
            }
            if (header < 0) {
                problems.add(Problem.of(name, 0, -1, "import.header.missing"));
                return null;
            }
            reportUnknownColumns(header);
            Header head = readHeader(header);
            if (head.code == null && head.projectName == null) {
                problems.add(Problem.of(name, 1, 0, "import.project.missing"));
            }
            List<IndicatorLine> lines = readLines(header, columns);
            if (lines.isEmpty()) {
                problems.add(Problem.of(name, header + 2, columns.get(Column.LEVEL3), "import.noIndicators"));
            }
            return new Parsed(name, head.codeRow, head.code, head.projectName, head.year, head.goal, lines);
        }

        private Map<Column, Integer> columnsOf(int r) {
            Map<Column, Integer> found = new LinkedHashMap<>();
            Row row = sheet.getRow(r);
            if (row == null) {
                return found;
            }
            for (int c = 0; c < row.getLastCellNum(); c++) {
                String text = own(r, c);
                Column column = text.isEmpty() ? null : Column.of(text);
                if (column == null && !text.isEmpty() && c == 0 && normal(text).startsWith("年度绩效目标")) {
                    column = Column.LABEL;   // "年度绩效目标（90分）" in the label column of 审批表 variants
                }
                if (column != null) {
                    found.putIfAbsent(column, c);
                }
            }
            return found;
        }

        private void reportUnknownColumns(int header) {
            Row row = sheet.getRow(header);
            for (int c = 0; c < row.getLastCellNum(); c++) {
                String text = own(header, c);
                if (!text.isEmpty() && Column.of(text) == null && !(c == 0 && normal(text).startsWith("年度绩效目标"))) {
                    notices.add(Problem.of(name, header + 1, c, "import.column.ignored", text));
                }
            }
        }

        private static final class Header {
            String code;
            int codeRow;
            String projectName;
            Integer year;
            String goal;
            boolean annualGoal;
        }

        /** The block above the grid: label cells and the value to their right (or below, for the goal). */
        private Header readHeader(int header) {
            Header head = new Header();
            for (int r = sheet.getFirstRowNum(); r < header; r++) {
                Row row = sheet.getRow(r);
                if (row == null || "资金来源".equals(knownLabel(cell(r, 0)))) {
                    continue;   // fund lines are the project's, kept with it; the block is read as one label
                }
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    String text = own(r, c);
                    if (text.isEmpty()) {
                        continue;
                    }
                    String label = normal(text);
                    Matcher year = YEAR.matcher(text);
                    if (year.find() && head.year == null) {
                        head.year = Integer.valueOf(year.group(1));
                    }
                    if (r <= sheet.getFirstRowNum() + 2 && (label.contains("申报表") || label.contains("目标表") || label.contains("审批表")
                            || label.matches("\\d{4}年度"))) {
                        continue;   // title and year
                    }
                    String known = knownLabel(text);
                    if (known == null) {
                        if (!isValueOfLabel(r, c)) {
                            notices.add(Problem.of(name, r + 1, c, "import.header.ignored", text));
                        }
                        continue;
                    }
                    String value = valueRightOf(r, c);
                    switch (known) {
                        case "项目编码", "项目代码" -> {
                            head.code = value.isEmpty() ? null : value;
                            head.codeRow = r + 1;
                        }
                        case "项目名称" -> head.projectName = value.isEmpty() ? null : value;
                        // the year's goal is the sheet's; the project's overall goal stands in where a table has none
                        case "年度目标", "年度总体目标", "年度主要目标和成果" -> {
                            String annual = !value.isEmpty() ? value : valueBelow(r, c);
                            if (!annual.isEmpty() && !head.annualGoal) {
                                head.goal = annual;
                                head.annualGoal = true;
                            }
                        }
                        case "总体目标", "项目总目标", "总体绩效目标", "项目总体绩效目标" -> head.goal = head.goal == null && !value.isEmpty() ? value : head.goal;
                        default -> { }
                    }
                    c = lastColumnOf(r, c);
                }
            }
            if (head.goal != null && head.goal.isBlank()) {
                head.goal = null;
            }
            return head;
        }

        /** A cell right of a known label, or below 年度目标: a value, not a label. */
        private boolean isValueOfLabel(int r, int c) {
            for (int left = c - 1; left >= 0; left--) {
                String text = own(r, left);
                if (!text.isEmpty()) {
                    return knownLabel(text) != null;
                }
            }
            if (r > 0) {
                String above = normal(own(r - 1, c));
                return above.equals("年度目标") || above.startsWith("总体目标");
            }
            return false;
        }

        private List<IndicatorLine> readLines(int header, Map<Column, Integer> columns) {
            List<IndicatorLine> lines = new ArrayList<>();
            IndicatorLevel1 level1 = null;
            IndicatorLevel2 level2 = null;
            Map<String, IndicatorLevel1> level1s = labels(IndicatorLevel1.values(), "level1.");
            Map<String, IndicatorLevel2> level2s = labels(IndicatorLevel2.values(), "level2.");
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String first = normal(cell(r, 0));
                if (isBlank(row) || first.startsWith("填报人") || first.startsWith("注") || first.startsWith("填表说明")) {
                    break;
                }
                int excelRow = r + 1;
                String l1 = levelLabel(cell(r, at(columns, Column.LEVEL1)));
                String l2 = levelLabel(cell(r, at(columns, Column.LEVEL2)));
                if (!l1.isEmpty()) {
                    IndicatorLevel1 read = level1s.get(l1);
                    if (read == null) {
                        problems.add(Problem.of(name, excelRow, at(columns, Column.LEVEL1), "import.level1.unknown", l1));
                    } else if (read != level1) {
                        level2 = null;
                    }
                    level1 = read;
                }
                if (!l2.isEmpty()) {
                    level2 = level2s.get(l2);
                    if (level2 == null) {
                        problems.add(Problem.of(name, excelRow, at(columns, Column.LEVEL2), "import.level2.unknown", l2));
                    } else if (level1 != null && level2.level1(true) != level1 && level2.level1(false) != level1) {
                        problems.add(Problem.of(name, excelRow, at(columns, Column.LEVEL2), "import.level.mismatch", l2, l1));
                    }
                }
                String indicator = cell(r, at(columns, Column.LEVEL3));
                String value = cell(r, at(columns, Column.VALUE));
                if (indicator.isEmpty() && value.isEmpty() || indicator.matches("[.…。]+")) {
                    notices.add(Problem.of(name, excelRow, at(columns, Column.LEVEL3), "import.row.empty"));
                    continue;   // a template row the office left empty
                }
                if (indicator.isEmpty()) {
                    problems.add(Problem.of(name, excelRow, at(columns, Column.LEVEL3), "import.required", text("declaration.level3")));
                }
                if (level2 == null && l2.isEmpty()) {
                    problems.add(Problem.of(name, excelRow, at(columns, Column.LEVEL2), "import.required", text("declaration.level2")));
                }
                lines.add(line(excelRow, r, columns, level2, indicator, value));
            }
            return lines;
        }

        private IndicatorLine line(int excelRow, int r, Map<Column, Integer> columns, IndicatorLevel2 level2, String name, String value) {
            BigDecimal weight = null;
            String weightText = cell(r, at(columns, Column.WEIGHT)).replace("分", "").strip();
            if (!weightText.isEmpty()) {
                try {
                    weight = new BigDecimal(weightText);
                    if (weight.signum() < 0 || weight.compareTo(new BigDecimal("100")) > 0) {
                        problems.add(Problem.of(this.name, excelRow, at(columns, Column.WEIGHT), "import.weight.range", weightText));
                    }
                } catch (NumberFormatException e) {
                    problems.add(Problem.of(this.name, excelRow, at(columns, Column.WEIGHT), "import.number.invalid", weightText));
                }
            }
            String basisCell = cell(r, at(columns, Column.BASIS));
            DeclarationBasis.Parsed basis = DeclarationBasis.read(basisCell);
            if (basis.unknownType()) {
                problems.add(Problem.of(this.name, excelRow, at(columns, Column.BASIS), "import.basis.type", basisCell));
            }
            String reason = cell(r, at(columns, Column.REASON));
            String evidence = cell(r, at(columns, Column.EVIDENCE));
            Long template = null;
            String key = null;
            String[] keptHere = kept.get(excelRow);
            if (keptHere != null && CoreMark.strip(keptHere[0]).equals(CoreMark.strip(name))) {
                template = keptHere[1].matches("\\d{1,18}") ? Long.valueOf(keptHere[1]) : null;
                evidence = evidence.isEmpty() ? keptHere[2] : evidence;
                key = keptHere[3].isEmpty() ? null : keptHere[3];
            } else if (keptHere != null) {
                notices.add(Problem.of(this.name, excelRow, at(columns, Column.LEVEL3), "import.data.moved", keptHere[0]));
            }
            IndicatorLine line = new IndicatorLine(level2, CoreMark.strip(name), value, weight, basis.type(), basis.text(),
                    reason.isEmpty() ? null : reason, evidence.isEmpty() ? null : evidence, template, key);
            if (!StorableValueValidator.fits(IndicatorValue.parse(value.isEmpty() ? "-" : value)) || value.length() > 200) {
                problems.add(Problem.of(this.name, excelRow, at(columns, Column.VALUE), "import.value.tooPrecise", value));
            }
            return line;
        }

        /** A level label as the enum labels are written: "经济效益\n指标" and "经济效益" both read as 经济效益指标. */
        private static String levelLabel(String cell) {
            String label = POINTS_SUFFIX.matcher(normal(cell)).replaceAll("");
            if (label.isEmpty()) {
                return "";
            }
            label = label.replaceFirst("^[一二三四五六七八九十\\d]+[、.]", "").replaceFirst("目标$", "指标");
            return switch (label) {
                case "经济成本指标", "社会成本指标", "生态环境成本指标", "经济成本", "社会成本", "生态环境成本" -> "成本指标";
                case "满意度", "服务对象满意度", "满意度指标" -> label.equals("满意度指标") ? label : "服务对象满意度指标";
                default -> label.endsWith("指标") ? label : label + "指标";
            };
        }

        /** The cell's text; a cell inside a merged region of the level, basis or reason columns reads the region's text. */
        private String cell(int r, int c) {
            if (c < 0) {
                return "";
            }
            CellRangeAddress region = mergeOf.get(key(r, c));
            if (region != null && (region.getFirstRow() != r || region.getFirstColumn() != c)) {
                return region.getFirstColumn() == c ? own(region.getFirstRow(), c) : "";
            }
            return own(r, c);
        }

        /** The cell's own text; "—" and "/" mean "does not apply" and read as empty. */
        private String own(int r, int c) {
            Row row = sheet.getRow(r);
            if (row == null || c < 0 || row.getCell(c) == null) {
                return "";
            }
            Cell cell = row.getCell(c);
            String text = cell.getCellType() == CellType.FORMULA ? FORMAT.formatCellValue(cell, null) : FORMAT.formatCellValue(cell);
            text = text.strip();
            return "—".equals(text) || "/".equals(text) || "-".equals(text) || "／".equals(text) ? "" : text;
        }

        private String valueRightOf(int r, int c) {
            Row row = sheet.getRow(r);
            for (int right = lastColumnOf(r, c) + 1; right < row.getLastCellNum(); right++) {
                String text = own(r, right);
                if (!text.isEmpty()) {
                    return knownLabel(text) != null ? "" : text;
                }
            }
            return "";
        }

        private String valueBelow(int r, int c) {
            int below = mergeOf.containsKey(key(r, c)) ? mergeOf.get(key(r, c)).getLastRow() + 1 : r + 1;
            return own(below, c);
        }

        private int lastColumnOf(int r, int c) {
            CellRangeAddress region = mergeOf.get(key(r, c));
            return region == null ? c : region.getLastColumn();
        }

        private static int key(int r, int c) {
            return r * 1024 + c;
        }

        private boolean isBlank(Row row) {
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
    }

    /** The known header label a cell starts with ("项目资金（万元）" is 项目资金), or null. */
    static String knownLabel(String text) {
        String label = normal(text);
        return KNOWN_LABELS.stream().filter(label::startsWith).findFirst().orElse(null);
    }

    private static int at(Map<Column, Integer> columns, Column column) {
        return columns.getOrDefault(column, -1);
    }

    private static <E extends Enum<E>> Map<String, E> labels(E[] values, String prefix) {
        Map<String, E> map = new HashMap<>();
        for (E value : values) {
            map.put(normal(text(prefix + value.name())), value);
        }
        return map;
    }

    private static String text(String key) {
        return DeclarationWorkbook.TEXT.getString(key);
    }
}
