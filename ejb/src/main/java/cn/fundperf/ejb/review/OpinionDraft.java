package cn.fundperf.ejb.review;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** What a member enters: a rating and comment per criterion, an overall comment, remarks on lines. */
public record OpinionDraft(Map<ReviewCriterion, CriterionOpinion> criteria, String overallComment, List<LineComment> lineComments)
        implements Serializable {

    public OpinionDraft {
        criteria = criteria == null ? Map.of() : Map.copyOf(criteria);
        lineComments = lineComments == null ? List.of() : List.copyOf(lineComments);
    }
}
