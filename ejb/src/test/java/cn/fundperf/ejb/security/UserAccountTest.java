package cn.fundperf.ejb.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.business.BusinessException;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.organization.OrganizationType;
import cn.fundperf.ejb.organization.Region;
import cn.fundperf.ejb.organization.RegionLevel;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserAccountTest {

    private static final LocalDateTime CREATED = LocalDateTime.of(2026, 3, 1, 9, 0);
    private static final PasswordPolicy PASSWORDS = PasswordPolicy.defaults();

    private final Region county = new Region("520100", "扶贫县", RegionLevel.COUNTY, null);
    private final Organization finance = new Organization("CZ01", "县财政局", OrganizationType.FINANCE, county, null);

    private UserAccount anAccount() {
        return new UserAccount("zhangsan", "张三", finance, "hash-0", CREATED);
    }

    // the lockout (count, lock, reset by a login) is kept by LoginCounters' statements: see LoginIT

    // ---- password age and history ----------------------------------------------------------

    @Test
    void a_new_account_must_change_its_password() {
        UserAccount user = anAccount();

        assertTrue(user.isMustChangePassword());
        assertTrue(user.passwordChangeRequired(CREATED, PASSWORDS));
    }

    @Test
    void a_chosen_password_need_not_be_changed_at_once() {
        UserAccount user = anAccount();
        user.replacePassword("hash-1", CREATED, PASSWORDS);

        assertFalse(user.passwordChangeRequired(CREATED.plusMinutes(1), PASSWORDS));
    }

    @Test
    void a_password_older_than_ninety_days_must_be_changed() {
        UserAccount user = anAccount();
        user.replacePassword("hash-1", CREATED, PASSWORDS);

        assertTrue(user.passwordChangeRequired(CREATED.plusDays(90).plusMinutes(1), PASSWORDS));
        assertTrue(user.passwordChangeRequired(CREATED.plusDays(91), PASSWORDS));
    }

    @Test
    void a_password_of_eighty_nine_days_need_not_be_changed() {
        UserAccount user = anAccount();
        user.replacePassword("hash-1", CREATED, PASSWORDS);

        assertFalse(user.passwordChangeRequired(CREATED.plusDays(89), PASSWORDS));
    }

    @Test
    void the_recent_hashes_are_the_current_one_and_the_four_before_it() {
        UserAccount user = anAccount();
        for (int i = 1; i <= 7; i++) {
            user.replacePassword("hash-" + i, CREATED.plusDays(i), PASSWORDS);
        }

        assertEquals(List.of("hash-7", "hash-6", "hash-5", "hash-4", "hash-3"), user.recentPasswordHashes(PASSWORDS));
    }

    @Test
    void replacing_a_password_trims_the_history_to_the_policy() {
        UserAccount user = anAccount();
        for (int i = 1; i <= 7; i++) {
            user.replacePassword("hash-" + i, CREATED.plusDays(i), PASSWORDS);
        }

        // a larger history would show older hashes if they had been kept
        PasswordPolicy longerHistory = new PasswordPolicy(8, 3, 10, 90);
        assertEquals(List.of("hash-7", "hash-6", "hash-5", "hash-4", "hash-3"), user.recentPasswordHashes(longerHistory));
    }

    @Test
    void a_short_history_only_holds_what_there_is() {
        UserAccount user = anAccount();
        user.replacePassword("hash-1", CREATED.plusDays(1), PASSWORDS);

        assertEquals(List.of("hash-1", "hash-0"), user.recentPasswordHashes(PASSWORDS));
    }

    @Test
    void replacing_the_password_clears_the_change_demand() {
        UserAccount user = anAccount();
        LocalDateTime changedAt = CREATED.plusHours(1);

        user.replacePassword("hash-1", changedAt, PASSWORDS);

        assertFalse(user.isMustChangePassword());
        assertEquals("hash-1", user.getPasswordHash());
        assertEquals(changedAt, user.getPasswordChangedAt());
    }

    @Test
    void a_reset_password_must_be_changed_at_next_login() {
        UserAccount user = anAccount();
        user.replacePassword("hash-1", CREATED, PASSWORDS);
        LocalDateTime resetAt = CREATED.plusDays(3);

        user.resetPassword("temporary", 7L, resetAt);

        assertEquals("temporary", user.getPasswordHash());
        assertTrue(user.passwordChangeRequired(resetAt, PASSWORDS));
        assertEquals(List.of("temporary", "hash-1", "hash-0"), user.recentPasswordHashes(PASSWORDS));
    }

    @Test
    void the_user_is_told_of_a_reset_until_the_temporary_password_is_replaced() {
        UserAccount user = anAccount();
        user.replacePassword("hash-1", CREATED, PASSWORDS);
        assertFalse(user.isResetNoticeDue(), "a first password is not a reset");
        LocalDateTime resetAt = CREATED.plusDays(3);

        user.resetPassword("temporary", 7L, resetAt);

        assertTrue(user.isResetNoticeDue());
        assertEquals(7L, user.getPasswordResetBy());
        assertEquals(resetAt, user.getPasswordResetAt());
        user.replacePassword("hash-2", resetAt.plusHours(1), PASSWORDS);
        assertFalse(user.isResetNoticeDue());
        assertEquals(resetAt, user.getPasswordResetAt(), "who reset it and when stay on the account");
    }

    @Test
    void a_requested_reset_waits_once_and_is_settled_by_the_reset_or_the_rejection() {
        UserAccount user = anAccount();
        user.requestPasswordReset(3L, CREATED);

        assertTrue(user.isResetRequested());
        assertEquals("user.passwordReset.alreadyRequested",
                assertThrows(BusinessException.class, () -> user.requestPasswordReset(3L, CREATED)).getKey());
        user.resetPassword("temporary", 5L, CREATED.plusHours(1));
        assertFalse(user.isResetRequested());
        assertEquals("user.passwordReset.notRequested", assertThrows(BusinessException.class, user::requireResetRequested).getKey());

        user.requestPasswordReset(3L, CREATED.plusDays(1));
        user.rejectPasswordResetRequest();
        assertFalse(user.isResetRequested());
        assertEquals("temporary", user.getPasswordHash(), "a rejection leaves the password alone");
        assertEquals("user.passwordReset.notRequested",
                assertThrows(BusinessException.class, user::rejectPasswordResetRequest).getKey());
    }

    // ---- user name and description ----------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"Ab", "ab", "1abc", "Zhangsan", "zhang san", "张三", "_abc"})
    void an_invalid_username_is_refused(String username) {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new UserAccount(username, "张三", finance, "hash-0", CREATED));
        assertEquals("user.username.invalid", e.getKey());
    }

    @Test
    void a_missing_username_is_refused() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new UserAccount(null, "张三", finance, "hash-0", CREATED));
        assertEquals("user.username.invalid", e.getKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "zhangsan", "zhang.san", "zhang_san-2", "cz01"})
    void a_valid_username_is_accepted(String username) {
        assertEquals(username, new UserAccount(username, "张三", finance, "hash-0", CREATED).getUsername());
    }

    @Test
    void a_blank_display_name_is_refused() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new UserAccount("zhangsan", "  ", finance, "hash-0", CREATED));
        assertEquals("user.displayName.required", e.getKey());
    }
}
