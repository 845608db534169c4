package cn.fundperf.web.api;

import cn.fundperf.ejb.reference.ReferenceDataService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Reference data: the fund categories and fund source types. */
@Path("reference")
@RequestScoped
public class ReferenceResource {

    @Inject
    ReferenceDataService reference;

    public record Item(String code, String name, String nameEn) {
    }

    @GET
    @Path("fund-categories")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Item> categories() {
        return reference.categoriesForBusiness().stream().map(c -> new Item(c.getCode(), c.getName(), c.getNameEn())).toList();
    }

    @GET
    @Path("fund-sources")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Item> sources() {
        return reference.sourceTypesForBusiness().stream().map(s -> new Item(s.getCode(), s.getName(), s.getNameEn())).toList();
    }
}
