package cn.fundperf.ejb.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.defaults();

    @Test
    void a_password_with_three_classes_and_enough_length_is_acceptable() {
        assertEquals(List.of(), policy.violations("Fupin@2026", "zhangsan"));
        assertEquals(List.of(), policy.violations("fupin2026!", "zhangsan"));
        assertEquals(List.of(), policy.violations("FUPIN2026!", "zhangsan"));
        assertEquals(List.of(), policy.violations("Fupinzijin2026", "zhangsan"));
    }

    @Test
    void a_password_of_seven_characters_is_too_short() {
        assertEquals(List.of("password.tooShort"), policy.violations("Fu@2026", "zhangsan"));
    }

    @Test
    void a_password_of_exactly_eight_characters_is_long_enough() {
        assertEquals(List.of(), policy.violations("Fup@2026", "zhangsan"));
    }

    @Test
    void a_missing_password_is_too_short() {
        assertEquals(List.of("password.tooShort"), policy.violations(null, "zhangsan"));
    }

    @Test
    void a_password_with_only_two_classes_is_refused() {
        assertEquals(List.of("password.tooFewClasses"), policy.violations("fupinzijin2026", "zhangsan"));
        assertEquals(List.of("password.tooFewClasses"), policy.violations("FupinZijin", "zhangsan"));
        assertEquals(List.of("password.tooFewClasses"), policy.violations("@@@@2026!!", "zhangsan"));
    }

    @Test
    void a_password_containing_the_username_is_refused() {
        assertEquals(List.of("password.containsUsername"), policy.violations("Zhangsan@2026", "zhangsan"));
    }

    @Test
    void the_username_check_ignores_case() {
        assertEquals(List.of("password.containsUsername"), policy.violations("my#ZHANGSAN1", "zhangsan"));
        assertEquals(List.of("password.containsUsername"), policy.violations("my#zhangsan1A", "ZhangSan"));
    }

    @Test
    void a_password_with_whitespace_is_refused() {
        assertEquals(List.of("password.whitespace"), policy.violations("Fupin 2026@", "zhangsan"));
        assertEquals(List.of("password.whitespace"), policy.violations("Fupin\t2026@", "zhangsan"));
    }

    @Test
    void every_broken_rule_is_reported() {
        List<String> broken = policy.violations("zs 1", "zs");
        assertTrue(broken.containsAll(List.of("password.tooShort", "password.tooFewClasses",
                "password.containsUsername", "password.whitespace")), broken.toString());
    }

    @Test
    void the_numbers_come_from_the_policy() {
        PasswordPolicy strict = new PasswordPolicy(12, 4, 5, 90);

        assertEquals(List.of("password.tooShort"), strict.violations("Fupin@2026a", "zhangsan"));
        assertEquals(List.of("password.tooFewClasses"), strict.violations("Fupinzijin2026", "zhangsan"));
        assertEquals(List.of(), strict.violations("Fupin@2026ab", "zhangsan"));
    }

    @Test
    void a_lenient_policy_accepts_what_the_default_refuses() {
        PasswordPolicy lenient = new PasswordPolicy(6, 2, 5, 90);

        assertEquals(List.of(), lenient.violations("fupin26", "zhangsan"));
        assertEquals(List.of("password.tooShort", "password.tooFewClasses"),
                policy.violations("fupin26", "zhangsan"));
    }
}
