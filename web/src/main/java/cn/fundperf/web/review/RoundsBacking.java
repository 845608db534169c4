package cn.fundperf.web.review;

import cn.fundperf.ejb.review.ReviewRound;
import cn.fundperf.ejb.review.ReviewService;
import cn.fundperf.web.faces.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** 审核轮次: finance's rounds of its jurisdiction, and the rounds a member sits on. */
@Named
@ViewScoped
public class RoundsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService reviews;

    private final PagedModel<ReviewRound> rounds = new PagedModel<>(() -> reviews.roundsCount(),
            (first, max) -> reviews.rounds(first, max), ReviewRound::getId);

    public PagedModel<ReviewRound> getRounds() { return rounds; }
}
