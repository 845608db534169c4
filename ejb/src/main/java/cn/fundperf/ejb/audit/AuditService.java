package cn.fundperf.ejb.audit;

import static cn.fundperf.ejb.permission.Permission.AUDIT_READ;
import static cn.fundperf.ejb.permission.Permission.AUDIT_VERIFY;

import cn.fundperf.ejb.permission.Guarded;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading, exporting and verifying the audit log (审计管理员). */
@Stateless
public class AuditService {

    private static final int VERIFY_BATCH = 2000;
    private static final int EXPORT_LIMIT = 200_000;
    private static final int HASH_LOOKUP = 1000;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @PersistenceContext
    EntityManager em;

    @Inject
    UseCaseAudit useCase;

    @Inject
    AuditNames names;

    @Inject
    AuditSealer sealer;

    @Inject
    Clock clock;

    /** A page of the log, newest first, with the names of the actors and objects it refers to. */
    @Guarded(AUDIT_READ)
    public List<AuditEntry> find(AuditFilter filter, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditRecord> query = cb.createQuery(AuditRecord.class);
        Root<AuditRecord> record = query.from(AuditRecord.class);
        query.where(conditions(cb, record, filter)).orderBy(cb.desc(record.get("chainOrder")));
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

    /**
     * CSV (UTF-8 with BOM so that Excel shows the Chinese), oldest first, with each record's seal hash
     * (empty while it waits for the sealer); the export itself is audited.
     */
    @Guarded(value = AUDIT_READ, audit = "audit.exported")
    public void exportCsv(AuditFilter filter, Writer out) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditRecord> query = cb.createQuery(AuditRecord.class);
        Root<AuditRecord> record = query.from(AuditRecord.class);
        query.where(conditions(cb, record, filter)).orderBy(cb.asc(record.get("chainOrder")));
        TypedQuery<AuditRecord> typed = em.createQuery(query).setMaxResults(EXPORT_LIMIT);
        try {
            out.write('\ufeff');
            out.write("序号,时间,用户,单位,操作,对象类型,对象ID,变更前,变更后,客户端地址,哈希\r\n");
            List<AuditRecord> records = typed.getResultList();
            for (int from = 0; from < records.size(); from += HASH_LOOKUP) {
                List<AuditRecord> slice = records.subList(from, Math.min(records.size(), from + HASH_LOOKUP));
                Map<Long, String> hashes = sealHashes(slice);
                for (AuditRecord r : slice) {
                    writeCsvLine(out, r, hashes.getOrDefault(r.getId(), ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        useCase.subject("AuditRecord", null);
        useCase.change(null, filter.toString());
    }

    private Map<Long, String> sealHashes(List<AuditRecord> records) {
        Map<Long, String> hashes = new HashMap<>();
        em.createQuery("select s.recordId, s.hash from AuditSeal s where s.recordId in :ids", Object[].class)
                .setParameter("ids", records.stream().map(AuditRecord::getId).toList())
                .getResultList()
                .forEach(row -> hashes.put(((Number) row[0]).longValue(), (String) row[1]));
        return hashes;
    }

    private static void writeCsvLine(Writer out, AuditRecord r, String hash) throws IOException {
        out.write(String.join(",", String.valueOf(r.getChainOrder()), CSV_TIME.format(r.getOccurredAt()),
                csv(r.getActorUsername()), csv(r.getActorOrganizationName()), csv(r.getAction()),
                csv(r.getEntityType()), csv(r.getEntityId()), csv(r.getBefore()), csv(r.getAfter()),
                csv(r.getClientAddress()), hash));
        out.write("\r\n");
    }

    /**
     * Seals what can be sealed, then walks the whole chain from the first seal in batches; an intact
     * chain leaves a checkpoint. The audit administrator's check.
     */
    @Guarded(value = AUDIT_VERIFY, audit = "audit.chain.verified")
    public ChainVerification verifyChain() {
        return verify(true);
    }

    /**
     * Seals what can be sealed, then walks only the seals after the last checkpoint (whose own hash
     * must not have changed), and leaves a new checkpoint. The nightly job's check: its cost follows
     * the day's records, not the log's size.
     */
    @Guarded(value = AUDIT_VERIFY, audit = "audit.chain.verified")
    public ChainVerification verifyChainSinceCheckpoint() {
        return verify(false);
    }

    private ChainVerification verify(boolean full) {
        sealer.sealPending();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.THE_ONLY_ID);
        Optional<AuditCheckpoint> checkpoint = full ? Optional.empty()
                : em.createQuery("select c from AuditCheckpoint c where c.sequence <= :last order by c.sequence desc, c.id desc",
                                AuditCheckpoint.class)
                        .setParameter("last", head.getLastSequence()).setMaxResults(1).getResultList().stream().findFirst();
        long from = checkpoint.map(AuditCheckpoint::getSequence).orElse(0L);
        AuditChain chain = checkpoint.map(c -> AuditChain.after(c.getSequence(), c.getHash())).orElseGet(AuditChain::new);
        checkpoint.ifPresent(c -> chain.expectAnchor(c.getSequence(), c.getHash(), storedHash(c.getSequence())));
        long after = from;
        boolean going = chain.firstBrokenLink().isEmpty();
        while (going) {
            List<Object[]> batch = em.createQuery(
                            "select s, r from AuditSeal s, AuditRecord r where r.id = s.recordId"
                                    + " and s.sequence > :after and s.sequence <= :last order by s.sequence", Object[].class)
                    .setParameter("after", after)
                    .setParameter("last", head.getLastSequence())
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            for (Object[] row : batch) {
                AuditSeal seal = (AuditSeal) row[0];
                if (!chain.accept(seal.getSequence(), seal.getPreviousHash(), seal.getHash(), ((AuditRecord) row[1]).content())) {
                    going = false;
                    break;
                }
                after = seal.getSequence();
            }
            em.clear();
            going = going && batch.size() == VERIFY_BATCH;
        }
        chain.expectEnd(head.getLastSequence(), head.getLastHash());
        LocalDateTime now = LocalDateTime.now(clock);
        long unsealed = unsealed(full, head);
        ChainVerification result = chain.firstBrokenLink()
                .map(b -> new ChainVerification(now, from, chain.checkedCount(), b.sequence(), b.reason(), unsealed))
                .orElseGet(() -> new ChainVerification(now, from, chain.checkedCount(), null, null, unsealed));
        if (result.intact()) {
            em.persist(new AuditCheckpoint(head.getLastSequence(), head.getLastHash(), from, result.checkedCount(), full, now));
        }
        useCase.subject("AuditRecord", null);
        useCase.change(null, (result.intact() ? "intact:" + result.checkedCount() : "broken at " + result.brokenAtSequence() + " (" + result.reason() + ")")
                        + (full ? " full" : " from " + from) + ", unsealed " + unsealed);
        return result;
    }

    private String storedHash(long sequence) {
        AuditSeal seal = em.find(AuditSeal.class, sequence);
        return seal == null ? null : seal.getHash();
    }

    /**
     * Committed records not in the chain yet: a full walk counts all of them (a record the sealer
     * never reached shows here), an incremental one those above the sealer's mark.
     */
    private long unsealed(boolean full, AuditChainHead head) {
        if (full) {
            return em.createQuery("select count(r) from AuditRecord r", Long.class).getSingleResult()
                    - em.createQuery("select count(s) from AuditSeal s", Long.class).getSingleResult();
        }
        return em.createQuery("select count(r) from AuditRecord r where r.chainOrder > :through", Long.class)
                .setParameter("through", head.getSealedThrough()).getSingleResult();
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
