package cn.fundperf.web.review;

import cn.fundperf.ejb.review.ReviewRound;
import cn.fundperf.ejb.review.ReviewService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** 审核轮次: finance's rounds of its jurisdiction, and the rounds a member sits on. */
@Named
@ViewScoped
public class RoundsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService reviews;

    private List<ReviewRound> rounds;

    @PostConstruct
    void init() {
        rounds = reviews.rounds();
    }

    public List<ReviewRound> getRounds() { return rounds; }
}
