package cn.fundperf.ejb.review;

import cn.fundperf.ejb.validation.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/** A member's rating of one criterion, with the comment that explains it. */
@Embeddable
public class CriterionOpinion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", length = 20)
    private Rating rating;

    @Column(name = "comment_text", length = 1000)
    @Text(max = 1000)
    private String comment;

    protected CriterionOpinion() {
    }

    public CriterionOpinion(Rating rating, String comment) {
        this.rating = rating;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public Rating getRating() { return rating; }
    public String getComment() { return comment; }
}
