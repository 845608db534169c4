package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.organization.OrganizationType;
import cn.fundperf.ejb.organization.Region;
import cn.fundperf.ejb.organization.RegionLevel;
import cn.fundperf.ejb.platform.BenchmarkDatabase;
import cn.fundperf.ejb.platform.StatementCount;
import cn.fundperf.ejb.project.FundSource;
import cn.fundperf.ejb.project.Project;
import cn.fundperf.ejb.project.ProjectDetails;
import cn.fundperf.ejb.project.ProjectFunding;
import cn.fundperf.ejb.reference.FundCategory;
import cn.fundperf.ejb.validation.Limits;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Figures, not a test (issue 10 §1): the time to replace all lines of a draft sheet, 200 and 2 000
 * lines, through the application's own persistence (load, {@link TargetSheet#revise}, commit),
 * beside the same replacement hand-written in SQL (one DELETE, one batched INSERT) on the same
 * database in the same minute. Run with {@code bench/replace-lines.sh}; skipped otherwise.
 */
class SheetReplacementBenchmark {

    private static final int RUNS = 7;

    @Test
    void replace_200_and_2000_lines() throws SQLException {
        Assumptions.assumeTrue(Boolean.getBoolean("benchmark"), "benchmark runs only with -Dbenchmark=true");
        // the server caps a sheet at its configured limit (200); the benchmark goes past it on purpose
        System.setProperty(Limits.INDICATORS.setting(), "2000");
        try (BenchmarkDatabase database = BenchmarkDatabase.create()) {
            long sheetId = draftSheet(database);
            for (int size : Integer.getInteger("benchmark.sizes.small", 0) > 0 ? new int[] {Integer.getInteger("benchmark.sizes.small")} : new int[] {200, 2_000}) {
                replaceWithJpa(database, sheetId, size);   // warm-up, not counted
                replaceWithSql(database, sheetId, size);
                long[] jpa = new long[RUNS];
                long[] sql = new long[RUNS];
                long statements = 0;
                for (int run = 0; run < RUNS; run++) {
                    long before = StatementCount.now();
                    jpa[run] = replaceWithJpa(database, sheetId, size);
                    statements = StatementCount.now() - before;
                    sql[run] = replaceWithSql(database, sheetId, size);
                }
                System.out.printf("BENCHMARK replace %,d lines: application %.1f ms (%d SQL statements), hand-written SQL %.1f ms, ratio %.2f (medians of %d)%n",
                        size, median(jpa) / 1e6, statements, median(sql) / 1e6, (double) median(jpa) / median(sql), RUNS);
            }
        }
    }

    private static long replaceWithJpa(BenchmarkDatabase database, long sheetId, int size) {
        List<IndicatorLine> lines = lines(size);
        EntityManager em = database.factory().createEntityManager();
        long start = System.nanoTime();
        em.getTransaction().begin();
        TargetSheet sheet = em.find(TargetSheet.class, sheetId);
        sheet.revise(IndicatorLines.GOAL, null, lines, LocalDateTime.now());
        SupersededIndicators.purge(em, sheet);
        em.getTransaction().commit();
        long took = System.nanoTime() - start;
        em.close();
        if (sheet.lines().size() != size) {
            throw new IllegalStateException("the sheet should hold " + size + " lines");
        }
        return took;
    }

    private static long replaceWithSql(BenchmarkDatabase database, long sheetId, int size) throws SQLException {
        List<IndicatorLine> lines = lines(size);
        try (Connection connection = database.connection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM indicator WHERE sheet_id = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO indicator (id, version, sheet_id, position, level2, name, "
                     + "operator, target_value, qualitative_text, unit, weight, basis_type, basis_text, reason, evidence, template_id) "
                     + "VALUES (nextval('indicator_seq'), 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            long start = System.nanoTime();
            delete.setLong(1, sheetId);
            delete.executeUpdate();
            int position = 1;
            for (IndicatorLine line : lines) {
                insert.setLong(1, sheetId);
                insert.setInt(2, position++);
                insert.setString(3, line.level2().name());
                insert.setString(4, line.name());
                IndicatorValue.Quantity q = line.quantity();
                insert.setString(5, q == null || q.operator() == null ? null : q.operator().name());
                insert.setBigDecimal(6, q == null ? null : q.number());
                insert.setString(7, null);
                insert.setString(8, line.unit());
                insert.setBigDecimal(9, line.weight() == null ? BigDecimal.ZERO : line.weight());
                insert.setString(10, line.basisType() == null ? null : line.basisType().name());
                insert.setString(11, line.basisText());
                insert.setString(12, line.reason());
                insert.setString(13, line.evidence());
                insert.setObject(14, line.templateId());
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
            return System.nanoTime() - start;
        }
    }

    private static List<IndicatorLine> lines(int size) {
        List<IndicatorLine> lines = new ArrayList<>(size);
        while (lines.size() < size) {
            lines.addAll(IndicatorLines.complete());
        }
        return lines.subList(0, size);
    }

    /** A county, a township, a department, a unit, a category, a project and its draft sheet. */
    private static long draftSheet(BenchmarkDatabase database) {
        EntityManager em = database.factory().createEntityManager();
        em.getTransaction().begin();
        Region county = new Region("BENCH00", "基准县", RegionLevel.COUNTY, null);
        em.persist(county);
        county.assignPath();
        Region township = new Region("BENCH01", "基准镇", RegionLevel.TOWNSHIP, county);
        em.persist(township);
        township.assignPath();
        Organization department = new Organization("BENCHD", "基准县农业农村局", OrganizationType.SECTOR_DEPARTMENT, county, null);
        em.persist(department);
        department.assignPath();
        Organization unit = new Organization("BENCHU", "基准镇农业服务中心", OrganizationType.USING_UNIT, township, department);
        em.persist(unit);
        unit.assignPath();
        FundCategory category = new FundCategory("BENCH", "基准类别", "Benchmark", 99);
        em.persist(category);
        em.flush();
        ProjectDetails details = new ProjectDetails(2026, "XMBENCH", "基准项目", category.getId(), unit.getId(), null, null, null, null,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 30), 120, 450, 300,
                Arrays.asList(new ProjectFunding(FundSource.CENTRAL, new BigDecimal("800000"), null)));
        Project project = new Project("XMBENCH", details, category, unit, LocalDateTime.now());
        em.persist(project);
        TargetSheet sheet = new TargetSheet(project, 2026, "bench", LocalDateTime.now());
        em.persist(sheet);
        em.getTransaction().commit();
        long id = sheet.getId();
        em.close();
        return id;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
