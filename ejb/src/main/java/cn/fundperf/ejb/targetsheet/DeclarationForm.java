package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.project.FundSource;
import cn.fundperf.ejb.project.Project;
import cn.fundperf.ejb.project.ProjectFunding;
import cn.fundperf.ejb.project.Yuan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * 项目支出绩效目标申报表 (forms.md §1, local annual version) as data: title, header fields (category,
 * department, unit, period, person), money in 万元 with each fund line as printed (fund name, task,
 * 指标文号), the goal, and the indicator rows in level order with their merge groups. The xlsx and
 * PDF writers only lay this out.
 */
public record DeclarationForm(String title, int year, String projectCode, String projectName, String category, String department,
                              String unit, String period, String person, BigDecimal annualTotalWan, BigDecimal fiscalWan,
                              BigDecimal otherWan, List<FundLine> fundLines, String annualGoal, List<Row> rows, String status) {

    /** One level-3 indicator with its level 1 and 2 names (already in the reader's language); evidence and template travel along. */
    public record Row(IndicatorLevel1 level1, IndicatorLevel2 level2, String name, String value, String weight,
                      String basis, String reason, String evidence, Long templateId, String key) {
    }

    /** A fund source as the form prints it: "中央财政衔接推进乡村振兴补助资金（少数民族发展任务）", 指标文号, 万元. */
    public record FundLine(String name, String documentNumber, BigDecimal amountWan) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    public static DeclarationForm of(TargetSheet sheet) {
        return of(sheet, false, null, Set.of());
    }

    public static DeclarationForm of(TargetSheet sheet, boolean costStandsAlone) {
        return of(sheet, costStandsAlone, null, Set.of());
    }

    /**
     * With {@code costStandsAlone} the 成本 lines form their own level-1 group (see IndicatorSettings);
     * {@code title} is the province's form title (null: 项目支出绩效目标申报表); lines from a template in
     * {@code coreTemplates} are marked ★ (core indicators).
     */
    public static DeclarationForm of(TargetSheet sheet, boolean costStandsAlone, String title, Set<Long> coreTemplates) {
        Project p = sheet.getProject();
        BigDecimal fiscal = BigDecimal.ZERO;
        List<FundLine> fundLines = new ArrayList<>();
        for (ProjectFunding f : p.getFundings()) {
            fiscal = fiscal.add(f.getAmount());   // every source of this plan is public money (财政拨款)
            fundLines.add(new FundLine(fundName(f), f.getDocumentNumber() == null ? "" : f.getDocumentNumber(), Yuan.toWan(f.getAmount())));
        }
        // once a budget is arranged (or an adjustment brings a new one) the form states that budget
        BigDecimal annual = sheet.getBudgetInPlay() != null ? sheet.getBudgetInPlay() : p.getPlannedTotal();
        BigDecimal other = p.getPlannedTotal().subtract(fiscal);
        fiscal = annual.subtract(other);
        List<Row> rows = new ArrayList<>();
        sheet.lines().stream()
                .sorted(Comparator.comparing((IndicatorLine l) -> l.level2() == null ? 99 : l.level2().level1(costStandsAlone).ordinal())
                        .thenComparing(l -> l.level2() == null ? 99 : l.level2().ordinal()))
                .forEach(l -> rows.add(new Row(l.level2() == null ? null : l.level2().level1(costStandsAlone), l.level2(),
                        l.templateId() != null && coreTemplates.contains(l.templateId()) ? CoreMark.mark(l.name()) : l.name(),
                        l.getTargetText(),
                        l.weight() == null ? "" : l.weight().stripTrailingZeros().toPlainString(),
                        DeclarationBasis.write(l.basisType(), l.basisText()), l.reason() == null ? "" : l.reason(),
                        l.evidence() == null ? "" : l.evidence(), l.templateId(), l.key())));
        String period = (p.getPeriodStart() == null ? "" : DATE.format(p.getPeriodStart())) + " 至 "
                + (p.getPeriodEnd() == null ? "" : DATE.format(p.getPeriodEnd()));
        return new DeclarationForm(title == null || title.isBlank() ? DeclarationWorkbook.TEXT.getString("declaration.title") : title.strip(),
                sheet.getFiscalYear(), p.getCode(), p.getName(), p.getCategory().getName(), p.getDepartment().getName(),
                p.getUsingUnit().getName(), period,
                p.getResponsiblePerson() == null ? "" : p.getResponsiblePerson() + " " + (p.getResponsiblePhone() == null ? "" : p.getResponsiblePhone()),
                Yuan.toWan(annual), Yuan.toWan(fiscal), Yuan.toWan(other), fundLines,
                sheet.getOverallGoal() == null ? "" : sheet.getOverallGoal(), rows, sheet.getStatus().name());
    }

    /** The fund's name with its task in brackets; the level (中央, 省级...) where no name was given. */
    private static String fundName(ProjectFunding f) {
        String name = f.getFundName() != null ? f.getFundName()
                : DeclarationWorkbook.TEXT.getString("source." + f.getSource().name()) + (f.getSource() == FundSource.INTEGRATED ? "" : "资金");
        String task = f.getTask() != null ? f.getTask() : f.getSource() == FundSource.INTEGRATED ? f.getOrigin() : null;
        return task == null ? name : name + "（" + task + "）";
    }

    static String wan(BigDecimal value) {
        return value == null ? "" : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String today() {
        return DATE.format(LocalDate.now(cn.fundperf.ejb.platform.ClockProducer.officeZone()));
    }
}
