package cn.fundperf.ejb.target;

import cn.fundperf.ejb.project.Project;
import cn.fundperf.ejb.project.ProjectFunding;
import cn.fundperf.ejb.project.Yuan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 项目支出绩效目标申报表 (forms.md §1, local annual version) as data: header fields, money in
 * 万元, the goal, and the indicator rows in level order with their merge groups. The xlsx and
 * PDF writers only lay this out.
 */
public record DeclarationForm(int year, String projectCode, String projectName, String department, String unit, String period,
                              String person, BigDecimal annualTotalWan, BigDecimal fiscalWan, BigDecimal otherWan,
                              String annualGoal, List<Row> rows, String status) {

    /** One level-3 indicator with its level 1 and 2 names (already in the reader's language). */
    public record Row(IndicatorLevel1 level1, IndicatorLevel2 level2, String name, String value, String weight,
                      String basis, String reason) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    public static DeclarationForm of(TargetSheet sheet) {
        return of(sheet, false);
    }

    /** With {@code costStandsAlone} the 成本 lines form their own level-1 group (see IndicatorSettings). */
    public static DeclarationForm of(TargetSheet sheet, boolean costStandsAlone) {
        Project p = sheet.getProject();
        BigDecimal fiscal = BigDecimal.ZERO;
        for (ProjectFunding f : p.getFundings()) {
            fiscal = fiscal.add(f.getAmount());   // every source of this plan is public money (财政拨款)
        }
        // once a budget is arranged (or an adjustment brings a new one) the form states that budget
        BigDecimal annual = sheet.getBudgetInPlay() != null ? sheet.getBudgetInPlay() : p.getPlannedTotal();
        BigDecimal other = p.getPlannedTotal().subtract(fiscal);
        fiscal = annual.subtract(other);
        List<Row> rows = new ArrayList<>();
        sheet.lines().stream()
                .sorted(Comparator.comparing((IndicatorLine l) -> l.level2() == null ? 99 : l.level2().level1(costStandsAlone).ordinal())
                        .thenComparing(l -> l.level2() == null ? 99 : l.level2().ordinal()))
                .forEach(l -> rows.add(new Row(l.level2() == null ? null : l.level2().level1(costStandsAlone), l.level2(), l.name(),
                        l.getTargetText(),
                        l.weight() == null ? "" : l.weight().stripTrailingZeros().toPlainString(),
                        DeclarationBasis.write(l.basisType(), l.basisText()), l.reason() == null ? "" : l.reason())));
        String period = (p.getPeriodStart() == null ? "" : DATE.format(p.getPeriodStart())) + " 至 "
                + (p.getPeriodEnd() == null ? "" : DATE.format(p.getPeriodEnd()));
        return new DeclarationForm(sheet.getFiscalYear(), p.getCode(), p.getName(), p.getDepartment().getName(), p.getUsingUnit().getName(),
                period, p.getResponsiblePerson() == null ? "" : p.getResponsiblePerson() + " " + (p.getResponsiblePhone() == null ? "" : p.getResponsiblePhone()),
                Yuan.toWan(annual), Yuan.toWan(fiscal), Yuan.toWan(other),
                sheet.getOverallGoal() == null ? "" : sheet.getOverallGoal(), rows, sheet.getStatus().name());
    }

    static String wan(BigDecimal value) {
        return value == null ? "" : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String today() {
        return DATE.format(LocalDate.now(cn.fundperf.ejb.platform.ClockProducer.officeZone()));
    }
}
