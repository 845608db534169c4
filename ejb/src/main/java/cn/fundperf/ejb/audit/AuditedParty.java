package cn.fundperf.ejb.audit;

/**
 * Who did what the trail records: a signed-in user, a timer's system actor, or the name given at a
 * failed login. The security package's actor is one; the trail needs no more of it than this.
 */
public interface AuditedParty {

    String username();

    Long organizationId();

    String organizationName();

    String clientAddress();
}
