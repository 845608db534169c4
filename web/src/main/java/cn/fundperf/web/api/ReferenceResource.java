package cn.fundperf.web.api;

import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.organization.Region;
import cn.fundperf.ejb.project.ProjectService;
import cn.fundperf.ejb.reference.ReferenceDataService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Reference data an integration needs to create a project: the fund categories and source types,
 * and the using units the caller may enter projects for (with the department and region the
 * project will take from its unit), all by id; and the departments and regions of the projects the
 * caller may read, for filters.
 */
@Path("reference")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    @Inject
    ReferenceDataService reference;

    @Inject
    ProjectService projects;

    @JsonbPropertyOrder({"id", "code", "name", "nameEn"})
    public record Item(long id, String code, String name, String nameEn) {
    }

    @JsonbPropertyOrder({"id", "code", "name"})
    public record Named(long id, String code, String name) {

        static Named of(Organization organization) {
            return organization == null ? null : new Named(organization.getId(), organization.getCode(), organization.getName());
        }

        static Named of(Region region) {
            return region == null ? null : new Named(region.getId(), region.getCode(), region.getName());
        }
    }

    @JsonbPropertyOrder({"id", "code", "name", "department", "region"})
    public record Unit(long id, String code, String name, Named department, Named region) {
    }

    @GET
    @Path("fund-categories")
    public List<Item> categories() {
        return reference.categoriesForBusiness().stream().map(c -> new Item(c.getId(), c.getCode(), c.getName(), c.getNameEn())).toList();
    }

    @GET
    @Path("fund-sources")
    public List<Item> sources() {
        return reference.sourceTypesForBusiness().stream().map(s -> new Item(s.getId(), s.getCode(), s.getName(), s.getNameEn())).toList();
    }

    /** The units whose projects the caller enters: {@code usingUnitId} of POST /api/projects. */
    @GET
    @Path("units")
    public List<Unit> units() {
        return projects.unitsInScope().stream()
                .map(u -> new Unit(u.getId(), u.getCode(), u.getName(), Named.of(u.getParent()), Named.of(u.getRegion()))).toList();
    }

    @GET
    @Path("departments")
    public List<Named> departments() {
        return projects.departmentsInScope().stream().map(Named::of).toList();
    }

    @GET
    @Path("regions")
    public List<Named> regions() {
        return projects.regionsInScope().stream().map(Named::of).toList();
    }
}
