package cn.fundperf.ejb.targetsheet;

import static cn.fundperf.ejb.project.ProjectBuilder.aProject;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Figures, not a test: writes a workbook with 10 000 indicator rows and times reading it.
 * Run with {@code mvn -pl ejb test -Dtest=ImportBenchmark -Dbenchmark=true}; skipped otherwise.
 */
class ImportBenchmark {

    /** The same workbook for bench/import.sh, pointed at a real draft project of the demo database. */
    private static void saveForServerBenchmark(byte[] file) {
        String code = System.getProperty("benchmark.project", "XM" + java.time.LocalDate.now().getYear() + "0005");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file));
             java.io.OutputStream out = java.nio.file.Files.newOutputStream(java.nio.file.Path.of("target", "benchmark-10000.xlsx"))) {
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheetAt(0)) {
                if ("项目编码".equals(row.getCell(0).getStringCellValue())) {
                    row.removeCell(row.getCell(1));   // an inline-string cell keeps its text on setCellValue
                    row.createCell(1).setCellValue(code);
                    break;
                }
            }
            workbook.write(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.out.println("BENCHMARK workbook for the server: ejb/target/benchmark-10000.xlsx (project " + code + ")");
    }

    @Test
    void read_ten_thousand_rows() {
        Assumptions.assumeTrue(Boolean.getBoolean("benchmark"), "benchmark runs only with -Dbenchmark=true");
        List<IndicatorLine> lines = new ArrayList<>();
        while (lines.size() < 10_000) {
            lines.addAll(IndicatorLines.complete());
        }
        TargetSheet sheet = new TargetSheet(aProject().build(), 2026, "bench", LocalDateTime.now());
        sheet.revise("基准", null, lines.subList(0, 10_000), LocalDateTime.now());
        long t0 = System.nanoTime();
        byte[] file = DeclarationWorkbook.write(List.of(DeclarationForm.of(sheet)));
        long t1 = System.nanoTime();
        DeclarationReader.Result result = null;
        for (int i = 0; i < 3; i++) {
            result = DeclarationReader.read(file);
        }
        long t2 = System.nanoTime();
        System.out.printf("BENCHMARK write 10000 rows: %d ms, %d KiB%n", (t1 - t0) / 1_000_000, file.length / 1024);
        saveForServerBenchmark(file);
        System.out.printf("BENCHMARK read+check 10000 rows: %d ms per file (mean of 3), %d lines, %d problems%n",
                (t2 - t1) / 3_000_000, result.sheets().get(0).lines().size(), result.problems().size());
    }
}
