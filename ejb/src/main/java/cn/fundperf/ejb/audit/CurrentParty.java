package cn.fundperf.ejb.audit;

/** Who is acting in this request or timer callback, as the trail records it (answered by the security package). */
public interface CurrentParty {

    AuditedParty get();
}
