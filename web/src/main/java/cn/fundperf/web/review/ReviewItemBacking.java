package cn.fundperf.web.review;

import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.review.CriterionOpinion;
import cn.fundperf.ejb.review.LineComment;
import cn.fundperf.ejb.review.OpinionDraft;
import cn.fundperf.ejb.review.Rating;
import cn.fundperf.ejb.review.ReviewCriterion;
import cn.fundperf.ejb.review.ReviewOpinion;
import cn.fundperf.ejb.review.ReviewPackage;
import cn.fundperf.ejb.review.ReviewService;
import cn.fundperf.ejb.targetsheet.Gap;
import cn.fundperf.ejb.targetsheet.ReviewConclusion;
import cn.fundperf.web.faces.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A member reviews one sheet: the sheet, its history, the library's usual values and the
 * quality warnings on the left; the four criteria, remarks on lines and the signature on the
 * right; the chair's conclusion once everybody has signed.
 */
@Named
@ViewScoped
public class ReviewItemBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService reviews;

    private Long id;
    private ReviewPackage pkg;
    private List<CriterionRow> criteria = new ArrayList<>();
    private List<LineRemark> remarks = new ArrayList<>();
    private String overallComment;
    private ReviewConclusion conclusion;
    private String conclusionReason;

    /** One criterion's rating and comment, as the form edits it. */
    public static class CriterionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ReviewCriterion criterion;
        private Rating rating;
        private String comment;

        CriterionRow(ReviewCriterion criterion, Rating rating, String comment) {
            this.criterion = criterion;
            this.rating = rating;
            this.comment = comment;
        }

        public ReviewCriterion getCriterion() { return criterion; }
        public Rating getRating() { return rating; }
        public void setRating(Rating rating) { this.rating = rating; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
    }

    /** A line of the sheet with the member's remark on it. */
    public static class LineRemark implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ReviewPackage.ReviewedLine line;
        private String comment;

        LineRemark(ReviewPackage.ReviewedLine line, String comment) {
            this.line = line;
            this.comment = comment;
        }

        public ReviewPackage.ReviewedLine getLine() { return line; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
    }

    public void load() {
        if (id == null) {
            throw new NotFoundException("ReviewItem", "-");
        }
        pkg = reviews.reviewPackage(id);
        ReviewOpinion own = pkg.ownOpinion();
        criteria = new ArrayList<>();
        for (ReviewCriterion criterion : ReviewCriterion.values()) {
            criteria.add(new CriterionRow(criterion, own == null ? null : own.ratingOf(criterion), own == null ? null : own.commentOn(criterion)));
        }
        remarks = new ArrayList<>();
        for (ReviewPackage.ReviewedLine line : pkg.lines()) {
            String comment = own == null ? null : own.getLineComments().stream().filter(c -> c.getPosition() == line.number())
                    .map(LineComment::getComment).findFirst().orElse(null);
            remarks.add(new LineRemark(line, comment));
        }
        overallComment = own == null ? null : own.getOverallComment();
    }

    private OpinionDraft draft() {
        Map<ReviewCriterion, CriterionOpinion> ratings = new EnumMap<>(ReviewCriterion.class);
        criteria.forEach(row -> ratings.put(row.getCriterion(), new CriterionOpinion(row.getRating(), row.getComment())));
        List<LineComment> lineComments = remarks.stream().filter(r -> r.getComment() != null && !r.getComment().isBlank())
                .map(r -> new LineComment(r.getLine().number(), r.getLine().line().name(), r.getComment())).toList();
        return new OpinionDraft(ratings, overallComment, lineComments);
    }

    public void save() {
        reviews.saveOpinion(id, pkg.ownOpinion().getVersion(), draft());
        Texts.info("review.opinion.saved");
        load();
    }

    public void sign() {
        reviews.signOpinion(id, pkg.ownOpinion().getVersion(), draft());
        Texts.info("review.opinion.signedNow");
        load();
    }

    public void conclude() {
        reviews.conclude(id, pkg.item().getVersion(), conclusion, conclusionReason);
        Texts.info("review.conclusion.recorded", conclusion);
        load();
    }

    public String describe(Gap gap) {
        String text = Texts.text(gap.getKey(), gap.getArguments().toArray());
        return gap.getLine() == 0 ? text : Texts.text("target.line", gap.getLine()) + text;
    }

    public StreamedContent getFormXlsx() {
        return form(false);
    }

    public StreamedContent getFormPdf() {
        return form(true);
    }

    private StreamedContent form(boolean pdf) {
        long itemId = id;
        return DefaultStreamedContent.builder()
                .name(pkg.sheet().getProject().getCode() + "-绩效目标审核意见表." + (pdf ? "pdf" : "xlsx"))
                .contentType(pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(reviews.opinionForm(itemId, pdf))).build();
    }

    public Rating[] getRatings() { return Rating.values(); }
    public ReviewConclusion[] getConclusions() { return ReviewConclusion.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ReviewPackage getPkg() { return pkg; }
    public List<CriterionRow> getCriteria() { return criteria; }
    public List<LineRemark> getRemarks() { return remarks; }
    public String getOverallComment() { return overallComment; }
    public void setOverallComment(String overallComment) { this.overallComment = overallComment; }
    public ReviewConclusion getConclusion() { return conclusion; }
    public void setConclusion(ReviewConclusion conclusion) { this.conclusion = conclusion; }
    public String getConclusionReason() { return conclusionReason; }
    public void setConclusionReason(String conclusionReason) { this.conclusionReason = conclusionReason; }
}
