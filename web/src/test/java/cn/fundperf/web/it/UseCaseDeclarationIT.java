package cn.fundperf.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.business.OutOfScopeException;
import cn.fundperf.ejb.directory.OrganizationService;
import cn.fundperf.ejb.security.CurrentActor;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What {@code @Guarded} declares is enforced by the interceptor, not by each use case's care:
 * a record out of reach is refused before the body runs, the declared audit record is written
 * with the record's id, and a use case that changes data without declaring one fails.
 */
@ExtendWith(ArquillianExtension.class)
class UseCaseDeclarationIT {

    @Deployment
    static WebArchive application() {
        return Deployments.applicationWithProbe().addClass(UndeclaredUseCase.class);
    }

    @Inject
    TestProbe probe;

    @Inject
    CurrentActor currentActor;

    @Inject
    UndeclaredUseCase useCases;

    @Inject
    OrganizationService organizations;

    @Test
    void a_change_without_a_declared_audit_record_fails_and_is_rolled_back() {
        currentActor.set(probe.actor("unit01"));
        long own = probe.organizationId("DW-CGZ");
        String before = organizations.viewOrganization(own).getContactPhone();
        String phone = "0" + UUID.randomUUID().toString().replaceAll("\\D", "").substring(0, 8);

        EJBException failed = assertThrows(EJBException.class, () -> useCases.changeWithoutAudit(own, phone));
        assertTrue(String.valueOf(failed.getCause()).contains("declares no audit"), () -> String.valueOf(failed.getCause()));
        assertEquals(before, organizations.viewOrganization(own).getContactPhone(), "the change was rolled back");

        useCases.changeWithAudit(own, phone);
        assertEquals(phone, organizations.viewOrganization(own).getContactPhone());
        assertEquals(1, probe.countAuditOfEntity("test.changed", String.valueOf(own)), "one record, naming the organization");
    }

    @Test
    void a_record_out_of_reach_is_refused_before_the_body_runs() {
        currentActor.set(probe.actor("unit01"));
        long neighbour = probe.organizationId("DW-SQX");
        currentActor.set(probe.actor("finance01"));
        String before = organizations.viewOrganization(neighbour).getContactPhone();

        currentActor.set(probe.actor("unit01"));
        assertThrows(OutOfScopeException.class, () -> useCases.changeWithAudit(neighbour, "01234567"));
        currentActor.set(probe.actor("finance01"));
        assertEquals(before, organizations.viewOrganization(neighbour).getContactPhone());
        assertNotEquals(0, probe.countAudit("security.scope.denied", "Organization #" + neighbour), "the refusal is audited");
    }
}
