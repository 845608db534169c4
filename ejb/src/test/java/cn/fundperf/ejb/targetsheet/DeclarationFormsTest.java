package cn.fundperf.ejb.targetsheet;

import static cn.fundperf.ejb.project.ProjectBuilder.aProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.project.FundSource;
import cn.fundperf.ejb.project.Project;
import cn.fundperf.ejb.project.ProjectFunding;
import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The 申报表 exports: what an office opens must show the project, money in 万元 and the merged indicator grid. */
class DeclarationFormsTest {

    private static TargetSheet aCompleteSheet() {
        Project project = aProject().fundedBy(new ProjectFunding(FundSource.CENTRAL, new BigDecimal("300000"), null),
                new ProjectFunding(FundSource.LOCAL, new BigDecimal("45678.90"), null)).build();
        TargetSheet sheet = new TargetSheet(project, 2026, "unit01", LocalDateTime.of(2026, 3, 2, 9, 0));
        sheet.revise("带动脱贫户增收", null, IndicatorLines.complete(), LocalDateTime.of(2026, 3, 2, 9, 5));
        return sheet;
    }

    @Test
    void the_workbook_shows_title_money_in_wan_yuan_and_every_indicator() throws Exception {
        TargetSheet sheet = aCompleteSheet();
        byte[] xlsx = DeclarationWorkbook.write(List.of(DeclarationForm.of(sheet)));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet form = workbook.getSheetAt(0);
            assertEquals("项目支出绩效目标申报表", form.getRow(0).getCell(0).getStringCellValue());
            assertEquals("（2026年度）", form.getRow(1).getCell(0).getStringCellValue());
            String all = text(form);
            assertTrue(all.contains(sheet.getProject().getName()));
            assertTrue(all.contains("34.57"), "345678.90 元 is 34.57 万元: " + all);
            for (IndicatorLine line : sheet.lines()) {
                assertTrue(all.contains(line.name()), line.name());
            }
            assertTrue(all.contains("产出指标") && all.contains("满意度指标"));
            assertTrue(form.getMergedRegions().stream().anyMatch(DeclarationFormsTest::isTitleMerge), "title merged over the width");
        }
    }

    @Test
    void the_header_prints_category_and_each_fund_line_with_name_task_and_document_number_under_the_province_s_title() throws Exception {
        Project project = aProject().fundedBy(
                new ProjectFunding(FundSource.CENTRAL, new BigDecimal("500000"), null, "中央财政衔接推进乡村振兴补助资金", "少数民族发展任务",
                        "内财农〔2021〕123号"),
                new ProjectFunding(FundSource.LOCAL, new BigDecimal("45678.90"), null)).build();
        TargetSheet sheet = new TargetSheet(project, 2021, "unit01", LocalDateTime.of(2021, 3, 2, 9, 0));
        sheet.revise("带动脱贫户增收", null, IndicatorLines.complete(), LocalDateTime.of(2021, 3, 2, 9, 5));
        DeclarationForm form = DeclarationForm.of(sheet, false, "绩效目标申报表", java.util.Set.of());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(DeclarationWorkbook.write(List.of(form))))) {
            Sheet printed = workbook.getSheetAt(0);
            assertEquals("绩效目标申报表", printed.getRow(0).getCell(0).getStringCellValue());
            String all = text(printed);
            assertTrue(all.contains("项目类别|" + project.getCategory().getName() + "|"), all);
            assertTrue(all.contains("|中央财政衔接推进乡村振兴补助资金（少数民族发展任务）||||内财农〔2021〕123号||50.00|"), all);
            assertTrue(all.contains("|县级资金|") && all.contains("|4.57|"), "a line without a name prints its level: " + all);
            assertTrue(all.contains("系统数据"), "the form says that a hidden sheet travels with it");
        }
        String pdf = pdfText(DeclarationPdf.write(List.of(form)));
        assertTrue(pdf.contains("绩效目标申报表") && pdf.contains("少数民族发展任务") && pdf.contains("内财农〔2021〕123号"), pdf);
    }

    @Test
    void the_form_states_the_budget_in_play_once_one_is_arranged_and_an_adjustment_s_new_budget_after_that() {
        TargetSheet sheet = aCompleteSheet();
        LocalDateTime t = LocalDateTime.of(2026, 4, 1, 9, 0);
        sheet.submitToDepartment("unit01", t);
        sheet.forwardToFinance("dept01", t);
        sheet.enterReview("finance01", t);
        sheet.conclude(ReviewConclusion.PASS, null, null, "finance01", t);
        sheet.arrangeBudget(new BigDecimal("320000"));
        assertEquals(new BigDecimal("32.0000"), DeclarationForm.of(sheet).annualTotalWan(), "the arranged budget, not the plan of 34.57");
        sheet.file("扶贫绩备〔2026〕1号", sheet.getBudgetInPlay(), "finance01", t);
        sheet.getProject().approveBudget(sheet.getBudgetInPlay());
        sheet.release("县财预〔2026〕8号", java.time.LocalDate.of(2026, 4, 2), sheet.getBudgetInPlay(), "finance01", t);
        sheet.startAdjustment(AdjustmentType.LOCAL_BUDGET_CHANGE, "本级追加预算", new BigDecimal("380000"), "finance01", t);
        assertEquals(new BigDecimal("38.0000"), DeclarationForm.of(sheet).annualTotalWan(), "version 2's form prints the new budget");
    }

    @Test
    void the_workbook_merges_the_output_level_over_its_indicator_rows() throws Exception {
        TargetSheet sheet = aCompleteSheet();
        long outputs = sheet.lines().stream().filter(l -> l.level2().level1() == IndicatorLevel1.OUTPUT).count();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(DeclarationWorkbook.write(List.of(DeclarationForm.of(sheet)))))) {
            Sheet form = workbook.getSheetAt(0);
            int firstIndicatorRow = -1;
            for (int r = 0; r <= form.getLastRowNum(); r++) {
                if (form.getRow(r) != null && "产出指标".equals(form.getRow(r).getCell(1).getStringCellValue())) {
                    firstIndicatorRow = r;
                    break;
                }
            }
            int start = firstIndicatorRow;
            assertTrue(form.getMergedRegions().stream().anyMatch(m -> m.getFirstColumn() == 1 && m.getFirstRow() == start
                    && m.getLastRow() - m.getFirstRow() + 1 == outputs), "一级 cell spans the " + outputs + " output rows");
        }
    }

    @Test
    void the_pdf_carries_the_same_chinese_text() throws Exception {
        TargetSheet sheet = aCompleteSheet();
        byte[] pdf = DeclarationPdf.write(List.of(DeclarationForm.of(sheet)));
        PdfReader reader = new PdfReader(pdf);
        assertEquals(1, reader.getNumberOfPages());
        reader.close();
        String text = pdfText(pdf);
        assertTrue(text.contains("项目支出绩效目标申报表"), text);
        assertTrue(text.contains(sheet.lines().get(0).name()), text);
    }

    /** The text as a viewer reads it (poppler, installed by .ci/run with poppler-utils), without spaces. */
    private static String pdfText(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("declaration", ".pdf");
        Files.write(file, pdf);
        Process pdftotext = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
        String text = new String(pdftotext.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", "");
        assertEquals(0, pdftotext.waitFor(), text);
        Files.delete(file);
        return text;
    }

    private static boolean isTitleMerge(CellRangeAddress m) {
        return m.getFirstRow() == 0 && m.getFirstColumn() == 0 && m.getLastColumn() == DeclarationWorkbook.COLUMNS - 1;
    }

    private static String text(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
        return all.toString();
    }

    @Test
    void cost_may_stand_as_its_own_level_one_between_output_and_benefit_and_reads_back() {
        Project project = aProject().build();
        TargetSheet sheet = new TargetSheet(project, 2026, "unit01", LocalDateTime.of(2026, 3, 2, 9, 0));
        List<IndicatorLine> lines = new java.util.ArrayList<>(IndicatorLines.complete());
        lines.add(IndicatorLines.quantity().level2(IndicatorLevel2.COST).named("每公里造价").target(Operator.LE, "80", "万元").weight("0").build());
        sheet.revise(IndicatorLines.GOAL, null, lines, LocalDateTime.of(2026, 3, 2, 9, 5));

        List<IndicatorLevel1> national = DeclarationForm.of(sheet, false).rows().stream().map(DeclarationForm.Row::level1).distinct().toList();
        List<IndicatorLevel1> alone = DeclarationForm.of(sheet, true).rows().stream().map(DeclarationForm.Row::level1).distinct().toList();
        assertEquals(List.of(IndicatorLevel1.OUTPUT, IndicatorLevel1.BENEFIT, IndicatorLevel1.SATISFACTION), national);
        assertEquals(List.of(IndicatorLevel1.OUTPUT, IndicatorLevel1.COST, IndicatorLevel1.BENEFIT, IndicatorLevel1.SATISFACTION), alone);

        DeclarationReader.Result read = DeclarationReader.read(DeclarationWorkbook.write(List.of(DeclarationForm.of(sheet, true))));
        assertTrue(read.isClean(), () -> read.problems().toString());
        assertTrue(read.sheets().get(0).lines().stream().anyMatch(l -> l.level2() == IndicatorLevel2.COST && l.name().equals("每公里造价")));
    }
}
