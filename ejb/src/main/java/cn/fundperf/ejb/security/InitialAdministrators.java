package cn.fundperf.ejb.security;

import cn.fundperf.ejb.audit.AuditTrail;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.organization.OrganizationType;
import cn.fundperf.ejb.organization.Region;
import cn.fundperf.ejb.organization.RegionLevel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A production database starts empty: the first start creates the jurisdiction's root region,
 * its finance bureau and the three administrators (三员) with one-time passwords written to the
 * server log, to be changed at first login.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoData"})
public class InitialAdministrators {

    private static final Logger LOG = Logger.getLogger(InitialAdministrators.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "fundperf.bootstrap.region-code", defaultValue = "000000")
    String regionCode;

    @Inject
    @ConfigProperty(name = "fundperf.bootstrap.region-name", defaultValue = "本级")
    String regionName;

    @Inject
    @ConfigProperty(name = "fundperf.bootstrap.finance-name", defaultValue = "财政局")
    String financeName;

    @PostConstruct
    void createOnEmptyDatabase() {
        if (em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult() > 0) {
            return;
        }
        Region root = new Region(regionCode, regionName, RegionLevel.COUNTY, null);
        em.persist(root);
        root.assignPath();
        Organization finance = new Organization("CZJ", financeName, OrganizationType.FINANCE, root, null);
        em.persist(finance);
        finance.assignPath();
        LocalDateTime now = LocalDateTime.now(clock);
        for (Role role : EnumSet.of(Role.SYSADMIN, Role.SECADMIN, Role.AUDITADMIN)) {
            String username = role.name().toLowerCase();
            String password = UserAdministrationService.temporaryPassword();
            UserAccount admin = new UserAccount(username, username, finance, PasswordHasher.hash(password), now);
            em.persist(admin);
            admin.assignRoles(EnumSet.of(role), false, now);
            LOG.warning(() -> "Initial administrator " + username + " created with one-time password " + password
                    + " (must be changed at first login)");
        }
        auditTrail.recordFor(Actor.system("bootstrap"), "security.initialAdministrators.created", null, null, null,
                "sysadmin, secadmin, auditadmin");
    }
}
