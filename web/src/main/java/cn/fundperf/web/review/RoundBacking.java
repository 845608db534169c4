package cn.fundperf.web.review;

import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.review.ReviewItem;
import cn.fundperf.ejb.review.ReviewRound;
import cn.fundperf.ejb.review.ReviewService;
import cn.fundperf.ejb.security.CurrentActor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** One round: its committee, its sheets with the signing progress and the conclusions. */
@Named
@ViewScoped
public class RoundBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService reviews;

    @Inject
    CurrentActor currentActor;

    @Inject
    MinutesBacking minutes;

    private Long id;
    private ReviewRound round;

    public void load() {
        if (id == null) {
            throw new NotFoundException("ReviewRound", "-");
        }
        round = reviews.round(id);
        minutes.load(id);
    }

    /** Has the signed-in member still to sign this sheet? */
    public boolean isMineToSign(ReviewItem item) {
        return item.opinionOf(currentActor.get().username()).map(o -> !o.isSigned()).orElse(false) && !item.isConcluded();
    }

    public StreamedContent getOpinionForms() {
        return forms(false);
    }

    public StreamedContent getOpinionFormsPdf() {
        return forms(true);
    }

    private StreamedContent forms(boolean pdf) {
        long roundId = round.getId();
        return DefaultStreamedContent.builder().name(round.getTitle() + "-绩效目标审核意见表." + (pdf ? "pdf" : "xlsx"))
                .contentType(pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(reviews.opinionForms(roundId, pdf))).build();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ReviewRound getRound() { return round; }
}
