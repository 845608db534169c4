package cn.fundperf.ejb.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an integration presents as {@code Authorization: Bearer fpt_<id>_<secret>}: the token's
 * id, to find its row, and 256 random bits. Only a SHA-256 of the secret is stored: the secret is
 * random, so a slow password hash (Argon2) would add nothing but cost on every call. The stored
 * hash is compared in constant time.
 */
public record ApiTokenCredential(long tokenId, String secret) {

    static final String PREFIX = "fpt_";
    private static final Pattern FORMAT = Pattern.compile(PREFIX + "([1-9][0-9]{0,17})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Hashed instead when the id is unknown, so that every refusal does the same work. */
    private static final String NO_SUCH_HASH = hash("no such token");

    /** 32 random bytes, URL-safe Base64 without padding (43 characters). */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The text shown once at issue and sent by the integration. */
    public String text() {
        return PREFIX + tokenId + "_" + secret;
    }

    /** Empty for anything not shaped like a token (never an exception: the caller answers 401 alike). */
    public static Optional<ApiTokenCredential> parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ApiTokenCredential(Long.parseLong(matcher.group(1)), matcher.group(2)));
    }

    public String secretHash() {
        return hash(secret);
    }

    /** Constant time: how much of the hash matched does not show in the time taken. */
    public boolean matches(String storedHash) {
        String stored = storedHash == null ? NO_SUCH_HASH : storedHash;
        return MessageDigest.isEqual(secretHash().getBytes(StandardCharsets.US_ASCII), stored.getBytes(StandardCharsets.US_ASCII));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return PREFIX + tokenId + "_…";   // never the secret in logs
    }
}
