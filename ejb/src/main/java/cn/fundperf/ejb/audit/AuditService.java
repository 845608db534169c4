package cn.fundperf.ejb.audit;

import static cn.fundperf.ejb.security.Permission.AUDIT_READ;
import static cn.fundperf.ejb.security.Permission.AUDIT_VERIFY;

import cn.fundperf.ejb.security.Guarded;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Reading, exporting and verifying the audit log (审计管理员). */
@Stateless
public class AuditService {

    private static final int VERIFY_BATCH = 2000;
    private static final int EXPORT_LIMIT = 200_000;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    AuditNames names;

    @Inject
    Clock clock;

    /** A page of the log, newest first, with the names of the actors and objects it refers to. */
    @Guarded(AUDIT_READ)
    public List<AuditEntry> find(AuditFilter filter, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditRecord> query = cb.createQuery(AuditRecord.class);
        Root<AuditRecord> record = query.from(AuditRecord.class);
        query.where(conditions(cb, record, filter)).orderBy(cb.desc(record.get("sequence")));
        return names.entries(em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList());
    }

    @Guarded(AUDIT_READ)
    public long count(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditRecord> record = query.from(AuditRecord.class);
        query.select(cb.count(record)).where(conditions(cb, record, filter));
        return em.createQuery(query).getSingleResult();
    }

    /** CSV (UTF-8 with BOM so that Excel shows the Chinese), oldest first; the export itself is audited. */
    @Guarded(AUDIT_READ)
    public void exportCsv(AuditFilter filter, Writer out) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditRecord> query = cb.createQuery(AuditRecord.class);
        Root<AuditRecord> record = query.from(AuditRecord.class);
        query.where(conditions(cb, record, filter)).orderBy(cb.asc(record.get("sequence")));
        TypedQuery<AuditRecord> typed = em.createQuery(query).setMaxResults(EXPORT_LIMIT);
        try {
            out.write('\ufeff');
            out.write("序号,时间,用户,单位,操作,对象类型,对象ID,变更前,变更后,客户端地址,哈希\r\n");
            for (AuditRecord r : typed.getResultList()) {
                out.write(String.join(",", String.valueOf(r.getSequence()), CSV_TIME.format(r.getOccurredAt()),
                        csv(r.getActorUsername()), csv(r.getActorOrganizationName()), csv(r.getAction()),
                        csv(r.getEntityType()), csv(r.getEntityId()), csv(r.getBefore()), csv(r.getAfter()),
                        csv(r.getClientAddress()), r.getHash()));
                out.write("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        auditTrail.record("audit.exported", "AuditRecord", null, null, filter.toString());
    }

    /** Walks the whole chain in batches; the nightly job calls it as the system actor. */
    @Guarded(AUDIT_VERIFY)
    public ChainVerification verifyChain() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.THE_ONLY_ID);
        AuditChain chain = new AuditChain();
        long after = 0;
        boolean going = true;
        while (going) {
            List<AuditRecord> batch = em.createQuery(
                            "select r from AuditRecord r where r.sequence > :after and r.sequence <= :last order by r.sequence",
                            AuditRecord.class)
                    .setParameter("after", after)
                    .setParameter("last", head.getLastSequence())
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            for (AuditRecord r : batch) {
                if (!chain.accept(r.getSequence(), r.getPreviousHash(), r.getHash(), r.content())) {
                    going = false;
                    break;
                }
                after = r.getSequence();
            }
            em.clear();
            going = going && batch.size() == VERIFY_BATCH;
        }
        chain.expectEnd(head.getLastSequence(), head.getLastHash());
        ChainVerification result = chain.firstBrokenLink()
                .map(b -> new ChainVerification(LocalDateTime.now(clock), chain.checkedCount(), b.sequence(), b.reason()))
                .orElseGet(() -> new ChainVerification(LocalDateTime.now(clock), chain.checkedCount(), null, null));
        auditTrail.record("audit.chain.verified", "AuditRecord", null, null,
                result.intact() ? "intact:" + result.checkedCount() : "broken at " + result.brokenAtSequence() + " (" + result.reason() + ")");
        return result;
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<AuditRecord> record, AuditFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(record.get("occurredAt"), filter.from()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(record.get("occurredAt"), filter.to()));
        }
        if (filter.username() != null && !filter.username().isBlank()) {
            where.add(cb.equal(record.get("actorUsername"), filter.username().strip()));
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.add(cb.equal(record.get("action"), filter.action().strip()));
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            where.add(cb.equal(record.get("entityType"), filter.entityType().strip()));
        }
        return where.toArray(Predicate[]::new);
    }

    /** Quotes a CSV field; a leading formula character is neutralised (CSV injection). */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
