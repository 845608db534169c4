package cn.fundperf.ejb.target;

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
        System.out.printf("BENCHMARK read+check 10000 rows: %d ms per file (mean of 3), %d lines, %d problems%n",
                (t2 - t1) / 3_000_000, result.sheets().get(0).lines().size(), result.problems().size());
    }
}
