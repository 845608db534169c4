package cn.fundperf.ejb.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The hash chain of the audit log: each seal's hash is SHA-256 over its position, the previous
 * seal's hash and its record's content. Verification walks the seals in order, from the first or
 * from a checkpoint (a position and hash found intact before), and reports the first one whose
 * link or content does not match.
 */
public final class AuditChain {

    /** The "previous hash" of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private static final char SEPARATOR = '\u001f';

    private String expectedPrevious;
    private long expectedSequence;
    private long checked;
    private BrokenLink broken;

    /** A walk from the first seal. */
    public AuditChain() {
        this(0, GENESIS);
    }

    private AuditChain(long lastGoodSequence, String lastGoodHash) {
        this.expectedSequence = lastGoodSequence + 1;
        this.expectedPrevious = lastGoodHash;
    }

    /** A walk that continues after a checkpoint: the seal there was found intact with this hash. */
    public static AuditChain after(long checkpointSequence, String checkpointHash) {
        return new AuditChain(checkpointSequence, checkpointHash);
    }

    /** The checkpoint's seal must still carry the hash it had, else everything after it is unanchored. */
    public void expectAnchor(long checkpointSequence, String checkpointHash, String storedHash) {
        if (broken == null && !Objects.equals(checkpointHash, storedHash)) {
            broken = new BrokenLink(checkpointSequence, storedHash == null ? "missing" : "checkpoint");
        }
    }

    public record BrokenLink(long sequence, String reason) {
    }

    public static String hash(long sequence, String previousHash, AuditContent c) {
        StringBuilder text = new StringBuilder(256)
                .append(sequence).append(SEPARATOR)
                .append(previousHash).append(SEPARATOR)
                .append(c.occurredAt()).append(SEPARATOR)
                .append(c.actorUsername()).append(SEPARATOR)
                .append(c.actorOrganizationId()).append(SEPARATOR)
                .append(c.actorOrganizationName()).append(SEPARATOR)
                .append(c.action()).append(SEPARATOR)
                .append(c.entityType()).append(SEPARATOR)
                .append(c.entityId()).append(SEPARATOR)
                .append(c.before()).append(SEPARATOR)
                .append(c.after()).append(SEPARATOR)
                .append(c.clientAddress());
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Feeds the next stored record; returns false once the chain is broken. */
    public boolean accept(long sequence, String previousHash, String storedHash, AuditContent content) {
        if (broken != null) {
            return false;
        }
        if (sequence != expectedSequence) {
            broken = new BrokenLink(expectedSequence, "missing");
        } else if (!Objects.equals(previousHash, expectedPrevious)) {
            broken = new BrokenLink(sequence, "link");
        } else if (!Objects.equals(storedHash, hash(sequence, previousHash, content))) {
            broken = new BrokenLink(sequence, "content");
        } else {
            checked++;
            expectedSequence++;
            expectedPrevious = storedHash;
            return true;
        }
        return false;
    }

    public long checkedCount() {
        return checked;
    }

    public Optional<BrokenLink> firstBrokenLink() {
        return Optional.ofNullable(broken);
    }

    /** After the last record: a head that points further than the records reach is a break too. */
    public void expectEnd(long headSequence, String headHash) {
        if (broken == null && (headSequence != expectedSequence - 1 || !Objects.equals(headHash, expectedPrevious))) {
            broken = new BrokenLink(expectedSequence, "missing");
        }
    }
}
