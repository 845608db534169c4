package cn.fundperf.web.it;

import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.InScope;
import cn.fundperf.ejb.permission.Permission;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test-only use cases written the way a hurried new feature might be: the interceptor must catch them. */
@Stateless
public class UndeclaredUseCase {

    @PersistenceContext
    EntityManager em;

    /** Changes a record and declares no audit record: must fail and leave the record as it was. */
    @Guarded(Permission.ORGANIZATION_READ)
    public void changeWithoutAudit(@InScope(Organization.class) long organizationId, String phone) {
        Organization org = em.find(Organization.class, organizationId);
        org.describe(org.getName(), org.getContactPerson(), phone, org.getContactEmail());
    }

    /** Declares its audit: one record, naming the record it worked on. */
    @Guarded(value = Permission.ORGANIZATION_READ, audit = "test.changed")
    public void changeWithAudit(@InScope(Organization.class) long organizationId, String phone) {
        Organization org = em.find(Organization.class, organizationId);
        org.describe(org.getName(), org.getContactPerson(), phone, org.getContactEmail());
    }
}
