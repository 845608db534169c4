package cn.fundperf.web.review;

import cn.fundperf.ejb.review.OpenRoundRequest;
import cn.fundperf.ejb.review.ReviewMinutesService;
import cn.fundperf.ejb.review.ReviewService;
import cn.fundperf.web.project.ProjectResource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** 审核轮次 over JSON: finance sees its jurisdiction's rounds, members the rounds they sit on. */
@Path("review-rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewRoundResource {

    @Inject
    ReviewService reviews;

    @Inject
    ReviewMinutesService minutes;

    /** The rounds the caller may see, newest first, a page at a time (first, max ≤ 500). */
    @GET
    public List<ReviewJson.RoundView> rounds(@QueryParam("first") @DefaultValue("0") int first,
                                             @QueryParam("max") @DefaultValue("100") int max) {
        return reviews.rounds(Math.max(0, first), Math.min(ProjectResource.MAX_PAGE, Math.max(1, max))).stream()
                .map(ReviewJson.RoundView::summary).toList();
    }

    @GET
    @Path("{id}")
    public ReviewJson.RoundView round(@PathParam("id") long id) {
        return ReviewJson.RoundView.of(reviews.round(id));
    }

    /** Opens a round: year, title, selection (DEPARTMENT, CATEGORY or HAND_PICKED with sheetIds), members and chair. */
    @POST
    public ReviewJson.RoundView open(@NotNull @Valid OpenRoundRequest request) {
        return ReviewJson.RoundView.of(reviews.openRound(request));
    }

    /** 会议纪要 of the round (members and finance read them); version 0 and no status while none are recorded. */
    @GET
    @Path("{id}/minutes")
    public ReviewJson.MinutesView minutes(@PathParam("id") long id) {
        return ReviewJson.MinutesView.of(minutes.minutes(id));
    }

    /** Finance records the minutes as a draft, or final with {@code finalized}; final minutes and those of a closed round are refused (422). */
    @PUT
    @Path("{id}/minutes")
    public ReviewJson.MinutesView recordMinutes(@PathParam("id") long id, @NotNull @Valid ReviewJson.MinutesInput input) {
        if (input.finalized()) {
            minutes.finalizeMinutes(id, input.version(), input.draft());
        } else {
            minutes.saveMinutes(id, input.version(), input.draft());
        }
        return ReviewJson.MinutesView.of(minutes.minutes(id));
    }
}
