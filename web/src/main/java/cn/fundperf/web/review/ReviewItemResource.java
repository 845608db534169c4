package cn.fundperf.web.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import cn.fundperf.ejb.review.ReviewPackage;
import cn.fundperf.ejb.review.ReviewService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One sheet in a round over JSON: the member's opinion (saved or signed) and the chair's conclusion. */
@Path("review-items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewItemResource {

    @Inject
    ReviewService reviews;

    @GET
    @Path("{id}")
    public ReviewJson.ItemPackageView get(@PathParam("id") long id) {
        return view(reviews.reviewPackage(id));
    }

    /** Saves the caller's opinion, and signs it when {@code sign} is true; a signed opinion is refused (422). */
    @PUT
    @Path("{id}/opinion")
    public ReviewJson.ItemPackageView opinion(@PathParam("id") long id, @NotNull @Valid ReviewJson.OpinionInput input) {
        if (input.sign()) {
            reviews.signOpinion(id, input.version(), input.draft());
        } else {
            reviews.saveOpinion(id, input.version(), input.draft());
        }
        return view(reviews.reviewPackage(id));
    }

    @POST
    @Path("{id}/conclusion")
    public ReviewJson.ItemPackageView conclude(@PathParam("id") long id, @NotNull @Valid ReviewJson.ConclusionInput input) {
        reviews.conclude(id, input.version(), input.conclusion(), input.reason());
        return view(reviews.reviewPackage(id));
    }

    private static ReviewJson.ItemPackageView view(ReviewPackage pkg) {
        return new ReviewJson.ItemPackageView(ReviewJson.ItemView.of(pkg.item()),
                pkg.ownOpinion() == null ? null : ReviewJson.OpinionView.of(pkg.ownOpinion()),
                pkg.visibleOpinions().stream().map(ReviewJson.OpinionView::of).toList(), pkg.chair());
    }
}
