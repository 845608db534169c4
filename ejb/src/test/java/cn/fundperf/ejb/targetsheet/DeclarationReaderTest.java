package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.validation.Limits;
import static cn.fundperf.ejb.project.ProjectBuilder.aProject;
import cn.fundperf.ejb.validation.Limits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import cn.fundperf.ejb.validation.Limits;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.validation.Limits;
import java.io.ByteArrayInputStream;
import cn.fundperf.ejb.validation.Limits;
import java.io.ByteArrayOutputStream;
import cn.fundperf.ejb.validation.Limits;
import java.nio.charset.StandardCharsets;
import cn.fundperf.ejb.validation.Limits;
import java.time.LocalDateTime;
import cn.fundperf.ejb.validation.Limits;
import java.util.Arrays;
import cn.fundperf.ejb.validation.Limits;
import java.util.List;
import cn.fundperf.ejb.validation.Limits;
import java.util.function.Consumer;
import cn.fundperf.ejb.validation.Limits;
import org.apache.poi.ss.usermodel.Row;
import cn.fundperf.ejb.validation.Limits;
import org.apache.poi.ss.usermodel.Sheet;
import cn.fundperf.ejb.validation.Limits;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import cn.fundperf.ejb.validation.Limits;
import org.junit.jupiter.api.Test;

/** Importing 申报表: the exported layout reads back; broken files are refused with row and column. */
class DeclarationReaderTest {

    private static TargetSheet sheet() {
        TargetSheet sheet = new TargetSheet(aProject().build(), 2026, "unit01", LocalDateTime.of(2026, 3, 2, 9, 0));
        sheet.revise("带动脱贫户增收", null, IndicatorLines.complete(), LocalDateTime.of(2026, 3, 2, 9, 5));
        return sheet;
    }

    private static byte[] exported() {
        return DeclarationWorkbook.write(List.of(DeclarationForm.of(sheet())));
    }

    /** The exported workbook with one change made as a clerk would in Excel. */
    private static byte[] edited(Consumer<Sheet> change) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(workbook.getSheetAt(0));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static int firstIndicatorRow(Sheet sheet) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && "绩效指标".equals(row.getCell(0).getStringCellValue()) && "一级指标".equals(row.getCell(1).getStringCellValue())) {
                return r + 1;
            }
        }
        throw new AssertionError("no header");
    }

    @Test
    void an_exported_sheet_reads_back_with_the_same_indicators() {
        TargetSheet original = sheet();
        DeclarationReader.Result result = DeclarationReader.read(exported());
        assertTrue(result.isClean(), result.problems()::toString);
        DeclarationReader.Parsed parsed = result.sheets().get(0);
        assertEquals(original.getProject().getCode(), parsed.projectCode());
        assertEquals("带动脱贫户增收", parsed.overallGoal());
        List<IndicatorLine> expected = original.lines().stream()
                .sorted(java.util.Comparator.comparing((IndicatorLine l) -> l.level2().level1().ordinal()).thenComparing(l -> l.level2().ordinal()))
                .toList();
        assertEquals(expected.size(), parsed.lines().size());
        for (int i = 0; i < expected.size(); i++) {
            IndicatorLine want = expected.get(i);
            IndicatorLine got = parsed.lines().get(i);
            assertEquals(want.level2(), got.level2(), "merged 二级 cells are filled down");
            assertEquals(want.name(), got.name());
            assertEquals(want.target(), got.target());
            assertEquals(0, want.weight().compareTo(got.weight()));
            assertEquals(want.basisType(), got.basisType());
            assertEquals(want.basisText(), got.basisText());
            assertEquals(want.reason(), got.reason());
        }
        assertTrue(TargetSheetCompleteness.check(parsed.overallGoal(), TargetSheet.DEFAULT_BUDGET_EXECUTION_WEIGHT, parsed.lines(), SheetRules.defaults()).isEmpty());
    }

    @Test
    void a_text_file_renamed_to_xlsx_is_refused_as_not_a_workbook() {
        DeclarationReader.Result result = DeclarationReader.read("项目名称,指标\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("import.notXlsx", result.problems().get(0).key());
        byte[] damagedZip = Arrays.copyOf(exported(), 300);
        assertEquals("import.notXlsx", DeclarationReader.read(damagedZip).problems().get(0).key());
    }

    @Test
    void an_empty_or_huge_file_is_refused_before_it_is_opened() {
        assertEquals("import.empty", DeclarationReader.read(new byte[0]).problems().get(0).key());
        byte[] huge = new byte[Limits.UPLOAD_BYTES.max() + 1];
        huge[0] = 'P';
        huge[1] = 'K';
        assertEquals("import.tooLarge", DeclarationReader.read(huge).problems().get(0).key());
    }

    @Test
    void template_links_and_data_sources_come_back_from_the_hidden_sheet() {
        TargetSheet original = new TargetSheet(aProject().build(), 2026, "unit01", LocalDateTime.of(2026, 3, 2, 9, 0));
        original.revise("带动脱贫户增收", null, List.of(IndicatorLines.quantity().template(101).build(), IndicatorLines.quality().build(),
                IndicatorLines.timeliness().build(), IndicatorLines.benefit().build(), IndicatorLines.satisfaction().build()),
                LocalDateTime.of(2026, 3, 2, 9, 5));

        DeclarationReader.Result result = DeclarationReader.read(DeclarationWorkbook.write(List.of(DeclarationForm.of(original))));

        assertEquals(List.of(), result.problems());
        List<IndicatorLine> back = result.sheets().get(0).lines();
        assertEquals(Long.valueOf(101), back.get(0).templateId());
        assertTrue(back.stream().allMatch(l -> "验收报告".equals(l.evidence())), "数据来源 is not printed on the form but comes back");
        assertEquals(original.lines().stream().map(IndicatorLine::key).sorted().toList(), back.stream().map(IndicatorLine::key).sorted().toList(),
                "and so does each indicator's key");
        assertEquals(List.of(), result.notices(), "our own export passes nothing over");
    }

    @Test
    void a_core_indicator_is_printed_with_its_mark_and_read_back_without_it() throws Exception {
        TargetSheet original = new TargetSheet(aProject().build(), 2026, "unit01", LocalDateTime.of(2026, 3, 2, 9, 0));
        original.revise("带动脱贫户增收", null, List.of(IndicatorLines.quantity().template(101).build(), IndicatorLines.quality().build(),
                IndicatorLines.timeliness().build(), IndicatorLines.benefit().build(), IndicatorLines.satisfaction().build()),
                LocalDateTime.of(2026, 3, 2, 9, 5));
        byte[] exported = DeclarationWorkbook.write(List.of(DeclarationForm.of(original, false, null, java.util.Set.of(101L))));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("★新建产业路", sheet.getRow(firstIndicatorRow(sheet)).getCell(3).getStringCellValue());
        }

        IndicatorLine back = DeclarationReader.read(exported).sheets().get(0).lines().get(0);

        assertEquals("新建产业路", back.name());
        assertEquals(Long.valueOf(101), back.templateId());
    }

    @Test
    void a_row_moved_in_excel_keeps_its_content_but_not_another_row_s_template() throws Exception {
        TargetSheet original = new TargetSheet(aProject().build(), 2026, "unit01", LocalDateTime.of(2026, 3, 2, 9, 0));
        original.revise("带动脱贫户增收", null, List.of(IndicatorLines.quantity().template(101).build(), IndicatorLines.quality().build(),
                IndicatorLines.timeliness().build(), IndicatorLines.benefit().build(), IndicatorLines.satisfaction().build()),
                LocalDateTime.of(2026, 3, 2, 9, 5));
        byte[] exported = DeclarationWorkbook.write(List.of(DeclarationForm.of(original)));
        byte[] renamed;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            set(sheet, firstIndicatorRow(sheet), 3, "新建机耕道");
            workbook.write(out);
            renamed = out.toByteArray();
        }

        DeclarationReader.Result result = DeclarationReader.read(renamed);

        assertEquals(List.of(), result.problems());
        assertEquals("新建机耕道", result.sheets().get(0).lines().get(0).name());
        assertEquals(null, result.sheets().get(0).lines().get(0).templateId());
        assertEquals("import.data.moved", result.notices().get(0).key());
    }

    @Test
    void a_column_the_system_does_not_keep_is_named_and_passed_over() throws Exception {
        byte[] file = edited(sheet -> set(sheet, firstIndicatorRow(sheet) - 1, 5, "完成情况"));
        DeclarationReader.Result result = DeclarationReader.read(file);

        assertEquals(List.of(), result.problems());
        DeclarationReader.Problem notice = result.notices().get(0);
        assertEquals("import.column.ignored", notice.key());
        assertEquals("F", notice.column());
        assertTrue(result.sheets().get(0).lines().stream().allMatch(l -> l.weight() == null), "分值 was not read from the renamed column");
    }

    @Test
    void a_header_the_offices_write_otherwise_is_still_understood() throws Exception {
        byte[] file = edited(sheet -> {
            int first = firstIndicatorRow(sheet);
            set(sheet, first - 1, 0, "绩 效 指 标");
            set(sheet, first - 1, 4, "指标值");
            set(sheet, first, 2, "数量\n指标");
        });
        DeclarationReader.Result result = DeclarationReader.read(file);

        assertEquals(List.of(), result.problems());
        assertEquals(IndicatorLevel2.QUANTITY, result.sheets().get(0).lines().get(0).level2());
    }

    @Test
    void a_bad_number_an_empty_name_and_an_unreadable_value_are_each_reported_and_nothing_passes() throws Exception {
        int[] first = new int[1];
        byte[] file = edited(sheet -> {
            first[0] = firstIndicatorRow(sheet);
            set(sheet, first[0], 5, "二十");
            set(sheet, first[0] + 1, 3, "");
            set(sheet, first[0] + 2, 4, "1234567890123456个");
            set(sheet, first[0] + 3, 6, "【上级要求】文件");
        });
        List<DeclarationReader.Problem> problems = DeclarationReader.read(file).problems();
        assertTrue(problems.contains(new DeclarationReader.Problem(sheetName(file), first[0] + 1, "F", "import.number.invalid", List.of("二十"))), problems::toString);
        assertTrue(problems.contains(new DeclarationReader.Problem(sheetName(file), first[0] + 2, "D", "import.required", List.of("三级指标"))), problems::toString);
        assertTrue(problems.contains(new DeclarationReader.Problem(sheetName(file), first[0] + 3, "E", "import.value.tooPrecise", List.of("1234567890123456个"))), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.key().equals("import.basis.type") && p.row() == first[0] + 4 && p.column().equals("G")));
    }

    @Test
    void a_workbook_of_another_layout_is_refused_as_such() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("名单");
            sheet.createRow(0).createCell(0).setCellValue("姓名");
            workbook.write(out);
            assertEquals("import.header.missing", DeclarationReader.read(out.toByteArray()).problems().get(0).key());
        }
    }

    /** Replaces a cell as Excel would (POI keeps the old text of an inline string when overwritten in place). */
    private static void set(Sheet sheet, int row, int column, String value) {
        Row r = sheet.getRow(row);
        r.removeCell(r.getCell(column));
        r.createCell(column).setCellValue(value);
    }

    private static String sheetName(byte[] file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            return workbook.getSheetName(0);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
