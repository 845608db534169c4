package cn.fundperf.ejb.demo;

import cn.fundperf.ejb.approval.FilingCounter;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.project.TargetSheetStatus;
import cn.fundperf.ejb.review.Appointment;
import cn.fundperf.ejb.review.CriterionOpinion;
import cn.fundperf.ejb.review.LineComment;
import cn.fundperf.ejb.review.OpinionDraft;
import cn.fundperf.ejb.review.Rating;
import cn.fundperf.ejb.review.ReviewCriterion;
import cn.fundperf.ejb.review.ReviewItem;
import cn.fundperf.ejb.review.ReviewOpinion;
import cn.fundperf.ejb.review.ReviewRound;
import cn.fundperf.ejb.review.RoundSelection;
import cn.fundperf.ejb.security.UserAccount;
import cn.fundperf.ejb.targetsheet.AdjustmentType;
import cn.fundperf.ejb.targetsheet.IndicatorLevel2;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.IndicatorValue;
import cn.fundperf.ejb.targetsheet.ReviewConclusion;
import cn.fundperf.ejb.targetsheet.SupersededIndicators;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.targetsheet.TargetVersion;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The review side of the demo county: a finished first round (one target approved and since
 * adjusted into a second version, one approved, one passed and waiting to be filed, one sent
 * back for revision) and an open second round waiting for the members' signatures. Several
 * submitted sheets stay outside any round, for finance to open one of its own.
 */
final class DemoReviews {

    /** The first submitted sheets stay outside the demo rounds, for finance to open a round of its own. */
    private static final int LEFT_FOR_FINANCE = 4;
    private static final List<String> COMMITTEE = List.of("finance01", "poverty01", "reviewer01", "auditor01");

    private DemoReviews() {
    }

    static void load(EntityManager em, List<TargetSheet> sheets, LocalDateTime now) {
        List<TargetSheet> submitted = sheets.stream().filter(s -> s.getStatus() == TargetSheetStatus.SUBMITTED).toList();
        if (submitted.size() < LEFT_FOR_FINANCE + 5) {
            return;   // a trimmed demo: no review history
        }
        int year = now.getYear();
        List<Appointment> committee = committee(em);
        Organization finance = em.createQuery("select o from Organization o where o.code = 'CZJ'", Organization.class).getSingleResult();
        LocalDateTime opened = now.minusDays(20);

        List<TargetSheet> first = submitted.subList(LEFT_FOR_FINANCE, LEFT_FOR_FINANCE + 4);
        TargetSheet waiting = submitted.get(LEFT_FOR_FINANCE + 4);
        ReviewRound round = new ReviewRound(year, year + "年度第一批绩效目标审核", RoundSelection.HAND_PICKED, null, committee, first,
                finance.getPath(), finance.getRegionPath(), "finance01", opened);
        em.persist(round);
        List<ReviewItem> items = round.getItems();
        for (ReviewItem item : items) {
            for (ReviewOpinion opinion : item.getOpinions()) {
                opinion.record(opinion(item == items.get(3), item.getSheet()), opened.plusDays(2));
                opinion.sign(opened.plusDays(2));
            }
        }
        conclude(items.get(0), ReviewConclusion.PASS, null, opened.plusDays(3));
        conclude(items.get(1), ReviewConclusion.PASS, null, opened.plusDays(3));
        conclude(items.get(2), ReviewConclusion.PASS, null, opened.plusDays(3));
        conclude(items.get(3), ReviewConclusion.REVISE, "满意度指标值偏低，收益分配公益岗位人数与资金规模不匹配，请修改后重新报送。", opened.plusDays(3));

        TargetSheet approvedThenAdjusted = items.get(0).getSheet();
        TargetSheet approved = items.get(1).getSheet();
        TargetSheet passed = items.get(2).getSheet();
        passed.getProject().arrangeBudget(passed.getProject().getPlannedTotal(), passed.getStatus());
        LocalDate approvalDay = opened.plusDays(6).toLocalDate();
        FilingCounter filings = new FilingCounter(year, 0);
        for (TargetSheet sheet : List.of(approvedThenAdjusted, approved)) {
            sheet.getProject().arrangeBudget(sheet.getProject().getPlannedTotal(), sheet.getStatus());
            sheet.file(filings.next(), sheet.getProject().getBudgetAmount(), "finance01", opened.plusDays(4));
            release(em, sheet, "清财预〔" + year + "〕12号", approvalDay, sheet.getProject().getBudgetAmount(), opened.plusDays(6));
        }

        // 上级增加补助: the approved target is raised with the new money, reviewed and approved as version 2
        BigDecimal raised = approvedThenAdjusted.getProject().getBudgetAmount().add(new BigDecimal("150000"));
        em.persist(approvedThenAdjusted.startAdjustment(AdjustmentType.HIGHER_SUBSIDY,
                "省级追加下达衔接资金15万元，扩大项目覆盖范围，相应提高产出和效益指标。", raised, "demo", opened.plusDays(10)));
        approvedThenAdjusted.revise(approvedThenAdjusted.getOverallGoal(), approvedThenAdjusted.getBudgetExecutionWeight(),
                raisedTargets(approvedThenAdjusted.lines()), opened.plusDays(10));
        SupersededIndicators.purge(em, approvedThenAdjusted);
        approvedThenAdjusted.submitToDepartment("demo", opened.plusDays(11));
        approvedThenAdjusted.forwardToFinance("demo", opened.plusDays(11));
        ReviewRound adjustmentRound = new ReviewRound(year, year + "年度绩效目标调整审核", RoundSelection.HAND_PICKED, null, committee,
                List.of(approvedThenAdjusted), finance.getPath(), finance.getRegionPath(), "finance01", opened.plusDays(12));
        em.persist(adjustmentRound);
        ReviewItem adjustmentItem = adjustmentRound.getItems().get(0);
        for (ReviewOpinion opinion : adjustmentItem.getOpinions()) {
            opinion.record(opinion(false, approvedThenAdjusted), opened.plusDays(13));
            opinion.sign(opened.plusDays(13));
        }
        conclude(adjustmentItem, ReviewConclusion.PASS, "调整理由充分，指标随资金同步提高。", opened.plusDays(14));
        approvedThenAdjusted.file(filings.next(), raised, "finance01", opened.plusDays(15));
        release(em, approvedThenAdjusted, "清财预〔" + year + "〕27号", opened.plusDays(16).toLocalDate(), raised, opened.plusDays(16));
        em.persist(filings);

        ReviewRound open = new ReviewRound(year, year + "年度第二批绩效目标审核", RoundSelection.HAND_PICKED, null, committee,
                List.of(waiting), finance.getPath(), finance.getRegionPath(), "finance01", now.minusDays(1));
        em.persist(open);
    }

    private static void conclude(ReviewItem item, ReviewConclusion conclusion, String reason, LocalDateTime at) {
        TargetSheet sheet = item.getSheet();
        item.conclude(conclusion, reason, "finance01", at);
        sheet.conclude(conclusion, reason, null, "finance01", at);
    }

    private static void release(EntityManager em, TargetSheet sheet, String document, LocalDate day, BigDecimal budget, LocalDateTime at) {
        TargetVersion version = sheet.release(document, day, budget, "finance01", at);
        em.persist(version);
        sheet.getProject().approveBudget(budget);
    }

    private static List<Appointment> committee(EntityManager em) {
        List<Appointment> committee = new ArrayList<>();
        for (String username : COMMITTEE) {
            UserAccount user = em.createNamedQuery("UserAccount.byUsername", UserAccount.class).setParameter("username", username).getSingleResult();
            committee.add(new Appointment(username, user.getDisplayName(), user.getOrganization().getName(), user.getOrganization().getPath(),
                    user.getOrganization().getType(),
                    username.equals("finance01")));
        }
        return committee;
    }

    private static OpinionDraft opinion(boolean critical, TargetSheet sheet) {
        Map<ReviewCriterion, CriterionOpinion> criteria = new EnumMap<>(ReviewCriterion.class);
        criteria.put(ReviewCriterion.NECESSITY_FEASIBILITY, new CriterionOpinion(Rating.CONFORMS, "符合巩固拓展脱贫攻坚成果规划，实施条件具备。"));
        criteria.put(ReviewCriterion.RELEVANCE, new CriterionOpinion(Rating.CONFORMS, null));
        criteria.put(ReviewCriterion.REASONABLE_MEASURABLE, critical
                ? new CriterionOpinion(Rating.DOES_NOT_CONFORM, "满意度指标值低于近三年实际水平，公益岗位人数未量化。")
                : new CriterionOpinion(Rating.MOSTLY_CONFORMS, "个别指标可进一步细化。"));
        criteria.put(ReviewCriterion.FUNDING_MATCH, new CriterionOpinion(critical ? Rating.MOSTLY_CONFORMS : Rating.CONFORMS, null));
        String firstIndicator = sheet.lines().isEmpty() ? "" : sheet.lines().get(0).name();
        return new OpinionDraft(criteria, critical ? "建议修改后再审。" : "同意通过。",
                List.of(new LineComment(1, firstIndicator, "建议在佐证材料中附验收清单。")));
    }

    /** The adjusted sheet: quantity targets raised by a fifth, as the extra money buys more. */
    private static List<IndicatorLine> raisedTargets(List<IndicatorLine> lines) {
        List<IndicatorLine> raised = new ArrayList<>();
        for (IndicatorLine line : lines) {
            IndicatorValue.Quantity q = line.level2() == IndicatorLevel2.QUANTITY ? line.quantity() : null;
            raised.add(q == null ? line : line.withTarget(new IndicatorValue.Quantity(q.operator(),
                    q.number().multiply(new BigDecimal("1.2")).setScale(0, RoundingMode.HALF_UP), q.unit()).print()));
        }
        return raised;
    }
}
