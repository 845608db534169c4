package cn.fundperf.ejb.review;

import cn.fundperf.ejb.project.Project;
import cn.fundperf.ejb.project.Yuan;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The content of a 绩效目标审核意见表 for one sheet, in Chinese, ready for the xlsx and PDF
 * writers: header, one row per criterion with every member's rating and comment, the remarks on
 * indicator lines, the signatures and the chair's conclusion.
 */
public record ReviewOpinionForm(int year, String projectName, String department, String unit, String totalWan, String round,
                                List<CriterionRow> criteria, List<String> lineRemarks, List<String> overallComments,
                                List<String> signatures, String conclusion, String conclusionReason, String chair, String date) {

    static final ResourceBundle TEXT = ResourceBundle.getBundle("cn.fundperf.ejb.review.ReviewForms", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** 审核内容 | 审核要点 | the members' opinions | the tally (符合 2，基本符合 1). */
    public record CriterionRow(String criterion, String points, String opinions, String tally) {
    }

    public static ReviewOpinionForm of(ReviewItem item) {
        TargetSheet sheet = item.getSheet();
        Project project = sheet.getProject();
        List<ReviewOpinion> signed = item.getOpinions().stream().filter(ReviewOpinion::isSigned).toList();
        List<CriterionRow> rows = new ArrayList<>();
        for (ReviewCriterion criterion : ReviewCriterion.values()) {
            StringBuilder opinions = new StringBuilder();
            Map<Rating, Integer> tally = new EnumMap<>(Rating.class);
            for (ReviewOpinion opinion : signed) {
                Rating rating = opinion.ratingOf(criterion);
                tally.merge(rating, 1, Integer::sum);
                if (opinion != signed.get(0)) {
                    opinions.append('\n');
                }
                opinions.append(who(opinion.getMember())).append('：').append(text("rating." + rating));
                String comment = opinion.commentOn(criterion);
                if (comment != null) {
                    opinions.append('。').append(comment);
                }
            }
            StringBuilder counts = new StringBuilder();
            tally.forEach((rating, count) -> counts.append(counts.length() == 0 ? "" : "，").append(text("rating." + rating)).append(' ').append(count));
            rows.add(new CriterionRow(text("criterion." + criterion), text("points." + criterion), opinions.toString(), counts.toString()));
        }
        List<String> remarks = new ArrayList<>();
        List<String> overall = new ArrayList<>();
        for (ReviewOpinion opinion : signed) {
            opinion.getLineComments().forEach(c -> remarks.add("第" + c.getPosition() + "行 " + c.getIndicatorName() + "："
                    + c.getComment() + "（" + opinion.getMember().getDisplayName() + "）"));
            if (opinion.getOverallComment() != null) {
                overall.add(who(opinion.getMember()) + "：" + opinion.getOverallComment());
            }
        }
        List<String> signatures = item.getOpinions().stream().map(o -> who(o.getMember()) + "  "
                + (o.isSigned() ? TIME.format(o.getSignedAt()) : text("form.unsigned"))).toList();
        String conclusion = item.getConclusion() == null ? "" : text("conclusion." + item.getConclusion());
        return new ReviewOpinionForm(sheet.getFiscalYear(), project.getName(), project.getDepartment().getName(),
                project.getUsingUnit().getName(), Yuan.toWan(project.getPlannedTotal()).setScale(2, RoundingMode.HALF_UP).toPlainString(), item.getRound().getTitle(),
                rows, remarks, overall, signatures, conclusion, item.getConclusionReason() == null ? "" : item.getConclusionReason(),
                item.getRound().chair().getDisplayName(), item.getConcludedAt() == null ? "" : DATE.format(item.getConcludedAt()));
    }

    /** "王志强（发展改革）" */
    static String who(ReviewMember member) {
        return member.getDisplayName() + "（" + text("affiliation." + member.getAffiliation()) + (member.isChair() ? "，组长" : "") + "）";
    }

    /** The three conclusions with the chosen one marked: ■通过 □修改后再审 □不通过 (glyphs every Song font has). */
    public String conclusionBoxes() {
        StringBuilder boxes = new StringBuilder();
        for (String key : List.of("conclusion.PASS", "conclusion.REVISE", "conclusion.FAIL")) {
            boxes.append(boxes.length() == 0 ? "" : "  ").append(text(key).equals(conclusion) ? "■" : "□").append(text(key));
        }
        return boxes.toString();
    }

    String yearLine() {
        return MessageFormat.format(text("form.year"), String.valueOf(year));
    }

    static String text(String key) {
        return TEXT.getString(key);
    }
}
