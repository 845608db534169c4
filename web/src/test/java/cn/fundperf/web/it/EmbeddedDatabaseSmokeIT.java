package cn.fundperf.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.audit.AuditService;
import cn.fundperf.ejb.business.OutOfScopeException;
import cn.fundperf.ejb.demo.DemoData;
import cn.fundperf.ejb.directory.OrganizationService;
import cn.fundperf.ejb.organization.RegionLevel;
import cn.fundperf.ejb.platform.SystemStatus;
import cn.fundperf.ejb.security.AccountService;
import cn.fundperf.ejb.security.CurrentActor;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The zero-setup configuration (embedded H2 in a file) still migrates, loads the demo and works. */
@ExtendWith(ArquillianExtension.class)
class EmbeddedDatabaseSmokeIT {

    @Deployment
    static WebArchive application() {
        return Deployments.applicationWithProbe();
    }

    @Inject
    TestProbe probe;

    @Inject
    CurrentActor currentActor;

    @Inject
    SystemStatus status;

    @Inject
    AccountService accounts;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditService audit;

    @Test
    void the_schema_is_migrated_and_demo_users_sign_in() {
        assertTrue(Integer.parseInt(status.schemaVersion().split("\\.")[0]) >= 1);
        assertTrue(accounts.authenticate("finance01", DemoData.PASSWORD, "127.0.0.1").succeeded());
    }

    @Test
    void changes_are_audited_the_chain_verifies_and_scope_is_enforced() {
        currentActor.set(probe.actor("sysadmin"));
        String code = "H" + UUID.randomUUID().toString().substring(0, 8);
        organizations.createRegion(code, "嵌入式库测试", RegionLevel.COUNTY, null);
        assertEquals(1, probe.countAudit("region.created", code));

        currentActor.set(probe.actor("auditadmin"));
        assertTrue(audit.verifyChain().intact());

        currentActor.set(probe.actor("unit02"));
        assertThrows(OutOfScopeException.class, () -> organizations.viewOrganization(probe.organizationId("DW-CGZ")));
    }
}
