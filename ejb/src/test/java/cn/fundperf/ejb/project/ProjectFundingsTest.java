package cn.fundperf.ejb.project;

import static cn.fundperf.ejb.project.ProjectBuilder.aProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.fundperf.ejb.business.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stored lines and every total agree, whatever comes in (issue 10 §5: two equal lines). */
class ProjectFundingsTest {

    private static ProjectFunding funding(FundSource source, String amount, String origin) {
        return new ProjectFunding(source, new BigDecimal(amount), origin);
    }

    /** The invariant: the total is the sum of the lines, and no two lines are one row (same source and origin). */
    static void assertConsistent(Project project) {
        BigDecimal sum = project.getFundings().stream().map(ProjectFunding::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(project.getPlannedTotal()), "total " + project.getPlannedTotal() + " vs lines " + sum);
        Set<String> keys = new HashSet<>();
        for (ProjectFunding f : project.getFundings()) {
            String key = f.getSource() + "|" + f.getOrigin();
            assertEquals(true, keys.add(key), "two lines for " + key);
        }
    }

    @Test
    void two_identical_lines_are_refused_and_nothing_changes() {
        Project project = aProject().fundedBy(funding(FundSource.CENTRAL, "100", null)).build();
        ProjectBuilder twice = aProject().fundedBy(funding(FundSource.CITY, "100", null), funding(FundSource.CITY, "100", null));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> project.describe(twice.details(), twice.category(), twice.unit()));
        assertEquals("project.funding.duplicateSource", e.getKey());
        assertThrows(InvalidInputException.class, twice::build);
    }

    @Test
    void the_same_integrated_origin_twice_is_one_line_with_both_amounts() {
        Project project = aProject().fundedBy(funding(FundSource.CENTRAL, "100", null)).build();
        project.attachIntegratedFunds(new BigDecimal("50"), "扶贫专项");
        project.attachIntegratedFunds(new BigDecimal("50"), "扶贫专项");
        project.attachIntegratedFunds(new BigDecimal("25"), "交通专项");

        assertEquals(3, project.getFundings().size());
        assertEquals(new BigDecimal("225.00"), project.getPlannedTotal());
        assertConsistent(project);
    }

    @Test
    void random_edits_keep_lines_and_total_in_agreement() {
        Random random = new Random(10);
        FundSource[] sources = FundSource.values();
        Project project = aProject().build();
        for (int round = 0; round < 2_000; round++) {
            if (random.nextInt(3) == 0) {
                project.attachIntegratedFunds(new BigDecimal(random.nextInt(1000) + 1), "来源" + random.nextInt(3));
            } else {
                List<ProjectFunding> lines = new ArrayList<>();
                for (int i = random.nextInt(6); i > 0; i--) {
                    lines.add(funding(sources[random.nextInt(sources.length)], String.valueOf(random.nextInt(3) * 100), null));
                }
                ProjectBuilder b = aProject().fundedBy(lines.toArray(ProjectFunding[]::new));
                try {
                    project.describe(b.details(), b.category(), b.unit());
                } catch (InvalidInputException duplicate) {
                    assertEquals("project.funding.duplicateSource", duplicate.getKey());
                }
            }
            assertConsistent(project);
        }
    }
}
