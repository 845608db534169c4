package cn.fundperf.ejb.demo;

import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.project.FundSource;
import cn.fundperf.ejb.project.Project;
import cn.fundperf.ejb.project.ProjectDetails;
import cn.fundperf.ejb.project.ProjectFunding;
import cn.fundperf.ejb.reference.FundCategory;
import cn.fundperf.ejb.targetsheet.IndicatorLevel1;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.IndicatorTemplate;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * About forty projects of the demo county, three per fund category plus an integrated one,
 * each with a target sheet built from the reference library, in the states a November
 * budget round shows: drafts, sheets with the departments, forwarded ones, returned ones.
 */
final class DemoProjects {

    private static final String[][] PROJECTS = {
            {"INDUSTRY", "DW-CYHZS", "茶园村高山生态茶叶基地提质增效项目"}, {"INDUSTRY", "DW-SQX", "石桥乡肉牛养殖产业带动项目"}, {"INDUSTRY", "DW-CGZ", "柳湾村食用菌种植大棚建设项目"},
            {"RELOCATION", "DW-BYX", "白云乡易地扶贫搬迁安置点后续扶持项目"}, {"RELOCATION", "DW-CGZ", "城关镇安置社区配套设施完善项目"}, {"RELOCATION", "DW-SQX", "石桥乡搬迁群众就业帮扶车间项目"},
            {"EMPLOYMENT", "DW-JYZX", "脱贫劳动力职业技能培训项目"}, {"EMPLOYMENT", "DW-JYZX", "乡村公益性岗位开发补贴项目"}, {"EMPLOYMENT", "DW-CGZ", "城关镇就业帮扶车间以工代赈项目"},
            {"HOUSING", "DW-ZJZX", "农村低收入群体危房改造项目"}, {"HOUSING", "DW-ZJZX", "农房抗震改造补助项目"}, {"HOUSING", "DW-BYX", "白云乡高山村危房改造项目"},
            {"EDUCATION", "DW-YZ", "脱贫家庭学生资助项目"}, {"EDUCATION", "DW-BYXX", "白云乡中心小学营养改善计划项目"}, {"EDUCATION", "DW-BYXX", "乡村学校教学设施改善项目"},
            {"HEALTH", "DW-RMYY", "脱贫人口大病专项救治项目"}, {"HEALTH", "DW-SQWSY", "石桥乡家庭医生签约服务项目"}, {"HEALTH", "DW-RMYY", "县域医共体远程诊疗能力提升项目"},
            {"ECOLOGY", "DW-BYX", "生态护林员选聘补助项目"}, {"ECOLOGY", "DW-SQX", "退耕还林后续产业扶持项目"}, {"ECOLOGY", "DW-CGZ", "柳湾河流域水土保持治理项目"},
            {"BASIC_MEDICAL", "DW-SQWSY", "脱贫人口基本医疗保险参保资助项目"}, {"BASIC_MEDICAL", "DW-RMYY", "先诊疗后付费一站式结算项目"}, {"BASIC_MEDICAL", "DW-SQWSY", "村卫生室标准化建设项目"},
            {"SOCIAL_ASSIST", "DW-CGZ", "城关镇农村低保提标补助项目"}, {"SOCIAL_ASSIST", "DW-SQX", "特困人员供养补助项目"}, {"SOCIAL_ASSIST", "DW-BYX", "临时救助资金项目"},
            {"INFRASTRUCTURE", "DW-SLZ", "农村饮水安全巩固提升项目"}, {"INFRASTRUCTURE", "DW-CGZ", "柳湾村产业路硬化项目"}, {"INFRASTRUCTURE", "DW-BYX", "高山村通组公路建设项目"},
            {"PHOTOVOLTAIC", "DW-SQX", "石桥村集体光伏电站运维项目"}, {"PHOTOVOLTAIC", "DW-BYX", "白云村光伏收益分配公益岗位项目"}, {"PHOTOVOLTAIC", "DW-CGZ", "村级光伏电站增容改造项目"},
            {"TOURISM", "DW-SQX", "茶园村乡村旅游示范点建设项目"}, {"TOURISM", "DW-CYHZS", "茶旅融合农家乐提升项目"}, {"TOURISM", "DW-BYX", "白云山乡村旅游步道建设项目"},
            {"CULTURE", "DW-CGZ", "村级综合文化服务中心建设项目"}, {"CULTURE", "DW-BYX", "白云乡文化惠民演出项目"}, {"CULTURE", "DW-SQX", "农家书屋提质增效项目"},
            {"INDUSTRY", "DW-SQX", "石桥乡统筹整合资金茶叶加工厂建设项目"},
    };

    private static final String REASON = "依据项目实施方案及近三年同类项目完成情况测算设定";

    private DemoProjects() {
    }

    static int load(EntityManager em, Map<String, Organization> orgs, LocalDateTime now) {
        int year = now.getYear();
        List<TargetSheet> sheets = new ArrayList<>();
        for (int i = 0; i < PROJECTS.length; i++) {
            String[] row = PROJECTS[i];
            FundCategory category = em.createQuery("select c from FundCategory c where c.code = :code", FundCategory.class)
                    .setParameter("code", row[0]).getSingleResult();
            Organization unit = orgs.get(row[1]);
            int households = row[0].equals("PHOTOVOLTAIC") || row[0].equals("INFRASTRUCTURE") ? 60 + i * 7 : 30 + i * 11;
            BigDecimal central = new BigDecimal(200_000 + i * 37_000);
            List<ProjectFunding> fundings = new ArrayList<>(List.of(
                    new ProjectFunding(FundSource.CENTRAL, central, null),
                    new ProjectFunding(FundSource.PROVINCE, new BigDecimal(50_000 + i * 5_000), null),
                    new ProjectFunding(FundSource.LOCAL, new BigDecimal(30_000 + i * 2_500), null)));
            ProjectDetails details = new ProjectDetails(year, null, year + "年" + row[2], category.getId(), unit.getId(),
                    "项目负责人" + (i + 1), "0838-66" + String.format("%05d", 10_000 + i), unit.getParent().getId(),
                    unit.getRegion().getId(), LocalDate.of(year, 3, 1), LocalDate.of(year, 12, 31),
                    households, households * 3, households * 2, fundings);
            Project project = new Project(String.format("XM%d%04d", year, i + 1), details, category, unit, now);
            if (i == PROJECTS.length - 1) {
                project.attachIntegratedFunds(new BigDecimal("800000"), "统筹整合：中央财政衔接推进乡村振兴补助资金（原由县农业农村局安排）");
            }
            em.persist(project);
            TargetSheet sheet = new TargetSheet(project, year, "demo", now);
            em.persist(sheet);
            sheet.revise("通过实施" + row[2].replace("项目", "") + "，巩固拓展脱贫攻坚成果，带动" + households
                    + "户脱贫户（监测户）稳定增收，项目按期建成并持续发挥效益。", null, lines(em, category, i), now);
            switch (sheet.gaps().isEmpty() ? i % 4 : 0) {
                case 1 -> sheet.submitToDepartment(unit.getCode().toLowerCase(), now);
                case 2 -> {
                    sheet.submitToDepartment("demo", now);
                    sheet.forwardToFinance("demo", now);
                }
                case 3 -> {
                    sheet.submitToDepartment("demo", now);
                    sheet.returnToUnit("满意度指标值偏低，请结合近三年满意度调查结果重新测算；时效指标请明确完工月份。", "demo", now);
                }
                default -> { }
            }
            sheets.add(sheet);
        }
        em.flush();
        DemoReviews.load(em, sheets, now);
        return PROJECTS.length;
    }

    /** Output lines share 50 points, benefit lines 30, satisfaction 10; budget execution keeps 10. */
    private static List<IndicatorLine> lines(EntityManager em, FundCategory category, int variant) {
        List<IndicatorTemplate> templates = em.createQuery(
                        "select t from IndicatorTemplate t where t.category = :category order by t.sortOrder", IndicatorTemplate.class)
                .setParameter("category", category).getResultList();
        List<IndicatorTemplate> output = templates.stream().filter(t -> t.getLevel2().level1() == IndicatorLevel1.OUTPUT).toList();
        List<IndicatorTemplate> benefit = templates.stream().filter(t -> t.getLevel2().isBenefit()).limit(3).toList();
        List<IndicatorTemplate> satisfaction = templates.stream().filter(t -> t.getLevel2().level1() == IndicatorLevel1.SATISFACTION).toList();
        List<IndicatorLine> lines = new ArrayList<>();
        share(output, 50, lines);
        share(benefit, 30, lines);
        share(satisfaction, 10, lines);
        List<IndicatorLine> withReasons = new ArrayList<>();
        for (IndicatorLine line : lines) {
            withReasons.add(new IndicatorLine(line.level2(), line.name(), line.target(), line.weight(), line.basisType(),
                    line.basisText(), REASON, line.evidence(), line.templateId()));
        }
        if (variant % 8 == 0 && !withReasons.isEmpty()) {
            withReasons.remove(withReasons.size() - 1);   // an unfinished draft: no satisfaction indicator yet
        }
        return withReasons;
    }

    private static void share(List<IndicatorTemplate> templates, int points, List<IndicatorLine> into) {
        if (templates.isEmpty()) {
            return;
        }
        int each = points / templates.size();
        int first = points - each * (templates.size() - 1);
        for (int i = 0; i < templates.size(); i++) {
            into.add(templates.get(i).toLine(new BigDecimal(i == 0 ? first : each)));
        }
    }
}
