package cn.fundperf.web.it;

import cn.fundperf.ejb.project.FundSource;
import cn.fundperf.ejb.project.Project;
import cn.fundperf.ejb.project.ProjectDetails;
import cn.fundperf.ejb.project.ProjectFunding;
import cn.fundperf.ejb.project.ProjectService;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.targetsheet.IndicatorLevel1;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.IndicatorTemplate;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.targetsheet.TargetSheetService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The steps the integration tests share: acting as a demo user, and unit01's project with a
 * complete sheet from the reference library, as far as the department's forwarding to finance.
 */
final class SheetScenario {

    private final TestProbe probe;
    private final CurrentActor currentActor;
    private final ProjectService projects;
    private final TargetSheetService sheets;

    SheetScenario(TestProbe probe, CurrentActor currentActor, ProjectService projects, TargetSheetService sheets) {
        this.probe = probe;
        this.currentActor = currentActor;
        this.projects = projects;
        this.sheets = sheets;
    }

    void actAs(String username) {
        currentActor.set(probe.actor(username));
    }

    /** A project of unit01 (城关镇, under the agriculture bureau) for 产业扶贫, 350 000.46 元 planned. */
    Project newProject(String name) {
        actAs("unit01");
        long unit = probe.organizationId("DW-CGZ");
        long region = projects.unitsInScope().get(0).getRegion().getId();
        return projects.create(new ProjectDetails(LocalDate.now().getYear(), null, name + UUID.randomUUID().toString().substring(0, 6),
                probe.categoryId("INDUSTRY"), unit, "张建华", "0838-6600001", probe.organizationId("BM-NYJ"), region,
                LocalDate.now().withDayOfYear(1), LocalDate.now().withDayOfYear(1).plusMonths(11), 40, 120, 80,
                List.of(new ProjectFunding(FundSource.CENTRAL, new BigDecimal("300000"), null),
                        new ProjectFunding(FundSource.LOCAL, new BigDecimal("50000.456"), null))));
    }

    /** Every reference indicator of the category, output 50, benefit 30, satisfaction 10, each with a reason. */
    List<IndicatorLine> completeLines(long categoryId) {
        List<IndicatorTemplate> templates = sheets.templates(categoryId);
        List<IndicatorLine> lines = new ArrayList<>();
        for (IndicatorLevel1 group : List.of(IndicatorLevel1.OUTPUT, IndicatorLevel1.BENEFIT, IndicatorLevel1.SATISFACTION)) {
            List<IndicatorTemplate> of = templates.stream().filter(t -> t.getLevel2().level1() == group).toList();
            int points = group == IndicatorLevel1.OUTPUT ? 50 : group == IndicatorLevel1.BENEFIT ? 30 : 10;
            for (int i = 0; i < of.size(); i++) {
                int each = points / of.size();
                IndicatorLine line = of.get(i).toLine(new BigDecimal(i == 0 ? points - each * (of.size() - 1) : each));
                lines.add(new IndicatorLine(line.level2(), line.name(), line.target(), line.weight(), line.basisType(), line.basisText(),
                        "依据实施方案测算", line.evidence(), line.templateId()));
            }
        }
        return lines;
    }

    /** unit01 builds a complete sheet and submits it; dept01 forwards it: it waits for finance's review. */
    TargetSheet submittedSheet(String name) {
        Project project = newProject(name);
        TargetSheet sheet = sheets.start(project.getId());
        sheets.saveDraft(sheet.getId(), sheet.getVersion(), "带动脱贫户增收", new BigDecimal("10"), completeLines(project.getCategory().getId()));
        TargetSheet saved = sheets.view(sheet.getId());
        sheets.submitToDepartment(saved.getId(), saved.getVersion());
        actAs("dept01");
        TargetSheet checked = sheets.view(sheet.getId());
        return sheets.forwardToFinance(checked.getId(), checked.getVersion());
    }
}
