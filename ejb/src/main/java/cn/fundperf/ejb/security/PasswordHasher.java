package cn.fundperf.ejb.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), so that parameters can be raised later
 * while old hashes still verify.
 */
public final class PasswordHasher {

    private static final int MEMORY_KIB = 19_456;  // OWASP's Argon2id baseline
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private PasswordHasher() {
    }

    public static String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    public static boolean matches(String password, String encoded) {
        if (password == null || encoded == null) {
            return false;
        }
        String[] parts = encoded.split("\\$");
        if (parts.length != 6 || !"argon2id".equals(parts[1])) {
            return false;
        }
        byte[] actual;
        byte[] expected;
        try {
            int memory = 0, iterations = 0, parallelism = 0;
            for (String param : parts[3].split(",")) {
                String[] kv = param.split("=", 2);
                if (kv.length != 2) {
                    return false;
                }
                switch (kv[0]) {
                    case "m" -> memory = Integer.parseInt(kv[1]);
                    case "t" -> iterations = Integer.parseInt(kv[1]);
                    case "p" -> parallelism = Integer.parseInt(kv[1]);
                    default -> { }
                }
            }
            if (memory < 8 || iterations < 1 || parallelism < 1) {
                return false;
            }
            byte[] salt = B64D.decode(parts[4]);
            expected = B64D.decode(parts[5]);
            if (expected.length == 0) {
                return false;
            }
            actual = argon2(password, salt, memory, iterations, parallelism, expected.length);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return false;   // a corrupted stored hash matches nothing
        }
        return MessageDigest.isEqual(expected, actual);
    }

    /** A hash of no one's password, made once: names without an account are checked against it. */
    private static final String DUMMY_HASH = hash("no account has this password " + RANDOM.nextLong());

    /**
     * Runs the same check as {@link #matches} against a dummy hash (parsing included), so that unknown
     * user names and locked accounts cannot be told apart by timing. Never matches.
     */
    public static void spendEquivalentTime(String password) {
        matches(password == null ? "" : password, DUMMY_HASH);
    }

    private static byte[] argon2(String password, byte[] salt, int memory, int iterations, int parallelism, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
