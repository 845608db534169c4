package cn.fundperf.ejb.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 25, 8, 30, 0, 123_000_000);

    /** A stored record as the verification reads it. */
    private record Stored(long sequence, String previousHash, String hash, AuditContent content) {
        Stored withContent(AuditContent changed) {
            return new Stored(sequence, previousHash, hash, changed);
        }

        Stored withPreviousHash(String changed) {
            return new Stored(sequence, changed, hash, content);
        }
    }

    private static AuditContent content(int n) {
        return new AuditContent(START.plusMinutes(n), "zhangsan", 7L, "县财政局", "organization.created",
                "Organization", String.valueOf(n), null, "name=单位" + n, "10.0.0." + n);
    }

    /** Numbers and chains records as the chain head does. */
    private static List<Stored> chainOf(int count) {
        List<Stored> records = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int n = 1; n <= count; n++) {
            AuditContent content = content(n);
            String hash = AuditChain.hash(n, previous, content);
            records.add(new Stored(n, previous, hash, content));
            previous = hash;
        }
        return records;
    }

    private static AuditChain verify(List<Stored> records, long headSequence, String headHash) {
        AuditChain chain = new AuditChain();
        for (Stored r : records) {
            if (!chain.accept(r.sequence(), r.previousHash(), r.hash(), r.content())) {
                break;
            }
        }
        chain.expectEnd(headSequence, headHash);
        return chain;
    }

    private static AuditChain verify(List<Stored> records) {
        Stored last = records.get(records.size() - 1);
        return verify(records, last.sequence(), last.hash());
    }

    @Test
    void an_intact_chain_has_no_broken_link() {
        AuditChain chain = verify(chainOf(5));

        assertEquals(Optional.empty(), chain.firstBrokenLink());
        assertEquals(5, chain.checkedCount());
    }

    @Test
    void an_empty_log_with_a_fresh_head_is_intact() {
        AuditChain chain = verify(List.of(), 0, AuditChain.GENESIS);

        assertEquals(Optional.empty(), chain.firstBrokenLink());
        assertEquals(0, chain.checkedCount());
    }

    @Test
    void a_changed_record_breaks_the_chain_at_that_record_for_its_content() {
        List<Stored> records = new ArrayList<>(chainOf(5));
        AuditContent original = records.get(2).content();
        records.set(2, records.get(2).withContent(new AuditContent(original.occurredAt(), original.actorUsername(),
                original.actorOrganizationId(), original.actorOrganizationName(), original.action(),
                original.entityType(), original.entityId(), original.before(), "name=改过的单位", original.clientAddress())));

        AuditChain chain = verify(records);

        assertEquals(Optional.of(new AuditChain.BrokenLink(3, "content")), chain.firstBrokenLink());
        assertEquals(2, chain.checkedCount());
    }

    @Test
    void a_removed_record_breaks_the_chain_at_the_missing_sequence() {
        List<Stored> records = new ArrayList<>(chainOf(5));
        records.remove(2);

        AuditChain chain = verify(records);

        assertEquals(Optional.of(new AuditChain.BrokenLink(3, "missing")), chain.firstBrokenLink());
    }

    @Test
    void a_removed_first_record_breaks_the_chain_at_one() {
        List<Stored> records = new ArrayList<>(chainOf(3));
        records.remove(0);

        assertEquals(Optional.of(new AuditChain.BrokenLink(1, "missing")), verify(records).firstBrokenLink());
    }

    @Test
    void a_record_pointing_to_the_wrong_predecessor_breaks_the_link() {
        List<Stored> records = new ArrayList<>(chainOf(5));
        records.set(3, records.get(3).withPreviousHash(records.get(1).hash()));

        assertEquals(Optional.of(new AuditChain.BrokenLink(4, "link")), verify(records).firstBrokenLink());
    }

    @Test
    void a_record_rewritten_with_a_fresh_hash_breaks_the_link_of_the_next_record() {
        List<Stored> records = new ArrayList<>(chainOf(5));
        Stored third = records.get(2);
        AuditContent forged = content(99);
        records.set(2, new Stored(3, third.previousHash(), AuditChain.hash(3, third.previousHash(), forged), forged));

        assertEquals(Optional.of(new AuditChain.BrokenLink(4, "link")), verify(records).firstBrokenLink());
    }

    @Test
    void a_head_beyond_the_last_record_reports_the_missing_records() {
        List<Stored> records = chainOf(5);

        AuditChain chain = verify(records.subList(0, 4), 5, records.get(4).hash());

        assertEquals(Optional.of(new AuditChain.BrokenLink(5, "missing")), chain.firstBrokenLink());
        assertEquals(4, chain.checkedCount());
    }

    @Test
    void a_head_with_another_hash_than_the_last_record_reports_missing() {
        List<Stored> records = chainOf(5);

        AuditChain chain = verify(records, 5, records.get(3).hash());

        assertEquals("missing", chain.firstBrokenLink().map(AuditChain.BrokenLink::reason).orElse(null));
    }

    @Test
    void the_first_break_is_the_one_reported() {
        List<Stored> records = new ArrayList<>(chainOf(5));
        records.set(1, records.get(1).withContent(content(42)));
        records.remove(3);

        assertEquals(Optional.of(new AuditChain.BrokenLink(2, "content")), verify(records).firstBrokenLink());
    }

    @Test
    void the_hash_covers_sequence_and_predecessor() {
        AuditContent c = content(1);
        String hash = AuditChain.hash(1, AuditChain.GENESIS, c);

        assertEquals(64, hash.length());
        assertEquals(hash, AuditChain.hash(1, AuditChain.GENESIS, c));
        assertNotEquals(hash, AuditChain.hash(2, AuditChain.GENESIS, c));
        assertNotEquals(hash, AuditChain.hash(1, "1".repeat(64), c));
    }

    @Test
    void the_hash_does_not_mix_up_neighbouring_fields() {
        AuditContent a = new AuditContent(START, "zhangsan", 7L, "财政局", "x.y", "Org", "1", "ab", "c", null);
        AuditContent b = new AuditContent(START, "zhangsan", 7L, "财政局", "x.y", "Org", "1", "a", "bc", null);

        assertNotEquals(AuditChain.hash(1, AuditChain.GENESIS, a), AuditChain.hash(1, AuditChain.GENESIS, b));
    }

    @Test
    void a_seal_made_by_the_sealer_verifies() {
        AuditSeal seal = new AuditSeal(1, 1042L, content(1), AuditChain.GENESIS, START);
        AuditChain chain = new AuditChain();

        assertTrue(chain.accept(seal.getSequence(), seal.getPreviousHash(), seal.getHash(), content(1)));
        chain.expectEnd(1, seal.getHash());
        assertEquals(Optional.empty(), chain.firstBrokenLink());
    }

    // ---- checkpoints ----------------------------------------------------------------------

    /** Walks the records after checkpoint {@code at}, as the incremental verification does. */
    private static AuditChain verifyAfter(int at, String checkpointHash, List<Stored> records) {
        AuditChain chain = AuditChain.after(at, checkpointHash);
        chain.expectAnchor(at, checkpointHash, records.get(at - 1).hash());
        for (Stored r : records.subList(at, records.size())) {
            if (!chain.accept(r.sequence(), r.previousHash(), r.hash(), r.content())) {
                break;
            }
        }
        Stored last = records.get(records.size() - 1);
        chain.expectEnd(last.sequence(), last.hash());
        return chain;
    }

    @Test
    void a_walk_from_a_checkpoint_checks_only_the_seals_after_it() {
        List<Stored> records = chainOf(10);
        AuditChain chain = verifyAfter(6, records.get(5).hash(), records);

        assertEquals(Optional.empty(), chain.firstBrokenLink());
        assertEquals(4, chain.checkedCount());
    }

    @Test
    void a_walk_from_the_last_seal_checks_nothing_and_is_intact() {
        List<Stored> records = chainOf(5);
        AuditChain chain = verifyAfter(5, records.get(4).hash(), records);

        assertEquals(Optional.empty(), chain.firstBrokenLink());
        assertEquals(0, chain.checkedCount());
    }

    @Test
    void a_change_after_the_checkpoint_is_found_by_the_incremental_walk() {
        List<Stored> records = chainOf(10);
        records.set(7, records.get(7).withContent(content(99)));

        assertEquals(Optional.of(new AuditChain.BrokenLink(8, "content")),
                verifyAfter(6, records.get(5).hash(), records).firstBrokenLink());
    }

    @Test
    void a_checkpoint_whose_seal_was_rewritten_breaks_at_the_checkpoint() {
        List<Stored> records = chainOf(10);
        String checkpointHash = records.get(5).hash();
        records.set(5, new Stored(6, records.get(5).previousHash(), "f".repeat(64), records.get(5).content()));

        assertEquals(Optional.of(new AuditChain.BrokenLink(6, "checkpoint")),
                verifyAfter(6, checkpointHash, records).firstBrokenLink());
    }

    @Test
    void a_change_before_the_checkpoint_escapes_the_incremental_walk_but_not_the_full_one() {
        List<Stored> records = chainOf(10);
        String checkpointHash = records.get(5).hash();
        records.set(2, records.get(2).withContent(content(99)));

        assertEquals(Optional.empty(), verifyAfter(6, checkpointHash, records).firstBrokenLink());
        assertEquals(Optional.of(new AuditChain.BrokenLink(3, "content")), verify(records).firstBrokenLink());
    }

    @Test
    void a_missing_checkpoint_seal_is_reported_as_missing() {
        AuditChain chain = AuditChain.after(6, "a".repeat(64));
        chain.expectAnchor(6, "a".repeat(64), null);

        assertEquals(Optional.of(new AuditChain.BrokenLink(6, "missing")), chain.firstBrokenLink());
    }

    // ---- content normalisation -----------------------------------------------------------

    @Test
    void the_time_is_kept_to_the_millisecond() {
        LocalDateTime withNanos = LocalDateTime.of(2026, 11, 25, 8, 30, 0, 123_456_789);
        LocalDateTime asStored = LocalDateTime.of(2026, 11, 25, 8, 30, 0, 123_000_000);

        AuditContent fresh = new AuditContent(withNanos, "zhangsan", null, null, "a", null, null, null, null, null);
        AuditContent readBack = new AuditContent(asStored, "zhangsan", null, null, "a", null, null, null, null, null);

        assertEquals(asStored, fresh.occurredAt());
        assertEquals(AuditChain.hash(1, AuditChain.GENESIS, fresh), AuditChain.hash(1, AuditChain.GENESIS, readBack));
    }

    @Test
    void long_summaries_are_clipped_to_four_thousand_characters() {
        String longText = "变".repeat(5000);

        AuditContent c = new AuditContent(START, "zhangsan", null, null, "a", null, null, longText, longText, null);

        assertEquals(4000, c.before().length());
        assertEquals(4000, c.after().length());
    }

    @Test
    void short_and_missing_summaries_are_kept_as_they_are() {
        AuditContent c = new AuditContent(START, "zhangsan", null, null, "a", null, null, null, "x".repeat(4000), null);

        assertNull(c.before());
        assertEquals(4000, c.after().length());
        assertFalse(c.after().isEmpty());
    }
}
