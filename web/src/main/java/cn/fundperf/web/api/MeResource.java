package cn.fundperf.web.api;

import cn.fundperf.ejb.security.AccountService;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.validation.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Who am I: the signed-in user's identity, organization and roles; and the user's own password
 * change, the only call allowed while a temporary or expired password must be changed.
 */
@Path("me")
@RequestScoped
public class MeResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    AccountService accounts;

    public record Me(String username, String displayName, String organization, List<String> roles) {
    }

    /** Passwords are bounded too: Argon2 over a megabyte-long "password" is work an attacker chooses. */
    public record PasswordChange(@Text(max = 128) String currentPassword, @Text(max = 128) String newPassword) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        Actor actor = currentActor.get();
        return new Me(actor.username(), actor.displayName(), actor.organizationName(),
                actor.roles().stream().map(Enum::name).sorted().toList());
    }

    /** The same check and policy as the password page: current password, rules, history. 204 when changed. */
    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@Valid PasswordChange change) {
        accounts.changeOwnPassword(change == null ? null : change.currentPassword(), change == null ? null : change.newPassword());
        return Response.noContent().build();
    }
}
