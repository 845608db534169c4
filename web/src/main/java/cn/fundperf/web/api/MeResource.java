package cn.fundperf.web.api;

import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Who am I: the signed-in user's identity, organization and roles. */
@Path("me")
@RequestScoped
public class MeResource {

    @Inject
    CurrentActor currentActor;

    public record Me(String username, String displayName, String organization, List<String> roles) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        Actor actor = currentActor.get();
        return new Me(actor.username(), actor.displayName(), actor.organizationName(),
                actor.roles().stream().map(Enum::name).sorted().toList());
    }
}
