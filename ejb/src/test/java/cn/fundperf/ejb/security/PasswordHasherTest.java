package cn.fundperf.ejb.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Argon2id is slow on purpose: the class hashes twice and reuses the results. */
class PasswordHasherTest {

    private static final String PASSWORD = "Fupin@2026";

    private static String first;
    private static String second;

    @BeforeAll
    static void hashTwice() {
        first = PasswordHasher.hash(PASSWORD);
        second = PasswordHasher.hash(PASSWORD);
    }

    @Test
    void the_right_password_matches_its_hash() {
        assertTrue(PasswordHasher.matches(PASSWORD, first));
    }

    @Test
    void a_wrong_password_does_not_match() {
        assertFalse(PasswordHasher.matches("Fupin@2027", first));
    }

    @Test
    void the_same_password_hashes_differently_each_time() {
        assertNotEquals(first, second);
        assertTrue(PasswordHasher.matches(PASSWORD, second));
    }

    @Test
    void the_hash_is_an_argon2id_string_in_phc_format() {
        assertTrue(first.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), first);
        assertTrue(first.split("\\$").length == 6, first);
    }

    @Test
    void a_missing_password_does_not_match() {
        assertFalse(PasswordHasher.matches(null, first));
    }

    @Test
    void a_missing_hash_does_not_match() {
        assertFalse(PasswordHasher.matches(PASSWORD, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "Fupin@2026",
            "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
            "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g"})
    void a_hash_in_another_format_does_not_match(String encoded) {
        assertFalse(PasswordHasher.matches(PASSWORD, encoded));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "$argon2id$v=19$m=19456,t=2,p=1$not base64!$not base64!",
            "$argon2id$v=19$m,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=lots,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=0,t=0,p=0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g"})
    void a_corrupted_argon2id_hash_does_not_match_rather_than_fail(String encoded) {
        assertFalse(PasswordHasher.matches(PASSWORD, encoded));
    }
}
