package cn.fundperf.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.project.Project;
import cn.fundperf.ejb.project.ProjectService;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.targetsheet.TargetSheetService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SQL statements per request (issue 11): a list costs a constant number of statements whatever the
 * page size (no statement per row), at most five for a list page; a sheet costs the same whether
 * it has 3 indicators or all of the library's. Counted by the server (X-SQL-Statements, on in the tests'
 * configuration), each request once warm, as a signed-in browser makes it.
 */
@ExtendWith(ArquillianExtension.class)
class StatementCountIT {

    @Deployment
    static WebArchive application() {
        return Deployments.applicationWithProbe().addClass(FormLoginClient.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    TestProbe probe;

    @Inject
    CurrentActor currentActor;

    @Inject
    ProjectService projects;

    @Inject
    TargetSheetService sheets;

    private static int statements(FormLoginClient client, String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(client.uri(path)).header("Accept", accept)
                .header("X-SQL-Statements", "count").GET();
        client.send(request);   // warm: caches filled as after any first view
        HttpResponse<String> response = client.send(request);
        assertEquals(200, response.statusCode(), path);
        return Integer.parseInt(response.headers().firstValue("X-SQL-Statements").orElseThrow(
                () -> new AssertionError("no statement count for " + path + ": is fundperf.diagnostics.statement-count on?")));
    }

    @Test
    void a_list_costs_the_same_few_statements_for_one_row_and_for_a_full_page() throws Exception {
        FormLoginClient finance = new FormLoginClient(base);
        finance.signIn("finance01");
        int one = statements(finance, "/api/projects?max=1", "application/json");
        int fifty = statements(finance, "/api/projects?max=50", "application/json");
        int all = statements(finance, "/api/projects?max=500", "application/json");
        assertTrue(finance.get("/api/projects?max=500").body().split("\"code\"").length > 20, "the demo county has more than 20 projects");
        assertEquals(one, fifty, "1 row and 50 rows");
        assertEquals(one, all, "1 row and every row");
        assertTrue(one <= 5, "the API list: " + one + " statements");
        int page = statements(finance, "/app/project/list.xhtml", "text/html");
        assertTrue(page <= 5, "the project list page: " + page + " statements");

        FormLoginClient unit = new FormLoginClient(base);
        unit.signIn("unit01");
        assertEquals(one, statements(unit, "/api/projects?max=50", "application/json"), "a unit's list as finance's");
    }

    @Test
    void a_sheet_costs_the_same_statements_with_few_indicators_and_with_many_and_the_home_page_as_much_with_more_to_do()
            throws Exception {
        FormLoginClient finance = new FormLoginClient(base);
        finance.signIn("finance01");
        int home = statements(finance, "/app/home.xhtml", "text/html");
        long few = draftWith(3);
        long many = draftWith(100);
        assertTrue(probe.indicatorsOfProject(many) > probe.indicatorsOfProject(few) + 3,
                probe.indicatorsOfProject(few) + " and " + probe.indicatorsOfProject(many) + " indicators");
        assertEquals(statements(finance, "/api/target-sheets?projectId=" + few, "application/json"),
                statements(finance, "/api/target-sheets?projectId=" + many, "application/json"), "the API");
        assertEquals(statements(finance, "/app/target/sheet.xhtml?project=" + few, "text/html"),
                statements(finance, "/app/target/sheet.xhtml?project=" + many, "text/html"), "the sheet page");
        assertEquals(home, statements(finance, "/app/home.xhtml", "text/html"), "the home page with two more drafts in the county");
    }

    /** unit01's new draft with (up to) that many lines from the reference library; its project's id. */
    private long draftWith(int lines) {
        SheetScenario scenario = new SheetScenario(probe, currentActor, projects, sheets);
        Project project = scenario.newProject("语句计数");
        TargetSheet sheet = sheets.start(project.getId());
        List<IndicatorLine> all = scenario.completeLines(project.getCategory().getId());
        sheets.saveDraft(sheet.getId(), sheet.getVersion(), "带动脱贫户增收", new BigDecimal("10"), all.subList(0, Math.min(lines, all.size())));
        return project.getId();
    }
}
