package cn.fundperf.ejb.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.business.BusinessException;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.organization.OrganizationType;
import cn.fundperf.ejb.organization.Region;
import cn.fundperf.ejb.organization.RegionLevel;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Personal API tokens: roles within the owner's, expiry within bounds, the secret and its check. */
class ApiTokenTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 9, 0);
    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final ApiTokenPolicy POLICY = new ApiTokenPolicy(90, 365, 5);

    private final Region county = new Region("520100", "扶贫县", RegionLevel.COUNTY, null);
    private final Organization departmentOffice = new Organization("BM01", "县农业农村局", OrganizationType.SECTOR_DEPARTMENT, county, null);

    private UserAccount anOwner(Set<Role> roles) {
        UserAccount owner = new UserAccount("lisi", "李四", departmentOffice, "hash", NOW);
        owner.assignRoles(roles, false, NOW);
        return owner;
    }

    private ApiToken aToken(Set<Role> roles, LocalDate expiresOn) {
        return new ApiToken(anOwner(EnumSet.of(Role.DEPT, Role.REVIEWER)), "预算系统对接", roles, expiresOn,
                ApiTokenCredential.hash("secret"), 7L, NOW, POLICY, 0);
    }

    private static String refusal(Runnable issue) {
        return assertThrows(BusinessException.class, issue::run).getKey();
    }

    // ---- roles ----------------------------------------------------------------------------------

    @Test
    void a_token_carries_some_of_the_owners_roles() {
        ApiToken token = aToken(EnumSet.of(Role.DEPT), TODAY.plusDays(30));

        assertEquals(EnumSet.of(Role.DEPT), token.getRoles());
    }

    @Test
    void a_role_the_owner_lacks_is_refused_and_named() {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> aToken(EnumSet.of(Role.DEPT, Role.FINANCE), TODAY.plusDays(30)));

        assertEquals("token.roles.notHeld", refused.getKey());
        assertEquals(List.of(Role.FINANCE), refused.getArguments());
    }

    @Test
    void a_token_needs_a_role_and_a_name() {
        assertEquals("token.roles.required", refusal(() -> aToken(EnumSet.noneOf(Role.class), TODAY.plusDays(30))));
        assertEquals("token.name.required", refusal(() -> new ApiToken(anOwner(EnumSet.of(Role.DEPT)), "  ",
                EnumSet.of(Role.DEPT), TODAY.plusDays(30), "h", 7L, NOW, POLICY, 0)));
    }

    @Test
    void no_administrator_role_goes_into_a_token_even_when_the_owner_holds_it() {
        UserAccount auditor = new UserAccount("shenji", "审计", departmentOffice, "hash", NOW);
        auditor.assignRoles(EnumSet.of(Role.AUDITADMIN), false, NOW);

        assertEquals("token.roles.administrative", refusal(() -> new ApiToken(auditor, "导出", EnumSet.of(Role.AUDITADMIN),
                TODAY.plusDays(30), "h", 7L, NOW, POLICY, 0)));
    }

    @Test
    void a_call_acts_in_the_tokens_roles_that_the_owner_still_holds() {
        ApiToken token = aToken(EnumSet.of(Role.DEPT, Role.REVIEWER), TODAY.plusDays(30));

        assertEquals(EnumSet.of(Role.DEPT, Role.REVIEWER), token.effectiveRoles(EnumSet.of(Role.DEPT, Role.REVIEWER)));
        assertEquals(EnumSet.of(Role.REVIEWER), token.effectiveRoles(EnumSet.of(Role.REVIEWER, Role.FINANCE)),
                "a role taken from the owner is gone from the token, a role given later is not added");
        assertEquals(EnumSet.noneOf(Role.class), token.effectiveRoles(EnumSet.noneOf(Role.class)));
    }

    // ---- expiry ---------------------------------------------------------------------------------

    @Test
    void the_expiry_lies_between_tomorrow_and_the_configured_maximum() {
        assertEquals("token.expiry.required", refusal(() -> aToken(EnumSet.of(Role.DEPT), null)));
        assertEquals("token.expiry.past", refusal(() -> aToken(EnumSet.of(Role.DEPT), TODAY)));
        assertEquals("token.expiry.past", refusal(() -> aToken(EnumSet.of(Role.DEPT), TODAY.minusDays(1))));
        assertEquals("token.expiry.tooFar", refusal(() -> aToken(EnumSet.of(Role.DEPT), TODAY.plusDays(366))));

        assertEquals(TODAY.plusDays(1).atStartOfDay(), aToken(EnumSet.of(Role.DEPT), TODAY.plusDays(1)).getExpiresAt());
        assertEquals(TODAY.plusDays(365).atStartOfDay(), aToken(EnumSet.of(Role.DEPT), TODAY.plusDays(365)).getExpiresAt());
    }

    @Test
    void the_form_offers_the_default_expiry_but_never_beyond_the_maximum() {
        assertEquals(TODAY.plusDays(90), POLICY.defaultExpiry(TODAY));
        assertEquals(TODAY.plusDays(30), new ApiTokenPolicy(90, 30, 5).defaultExpiry(TODAY));
    }

    @Test
    void an_account_holds_only_a_few_active_tokens() {
        assertEquals("token.tooMany", refusal(() -> new ApiToken(anOwner(EnumSet.of(Role.DEPT)), "第六个", EnumSet.of(Role.DEPT),
                TODAY.plusDays(30), "h", 7L, NOW, POLICY, 5)));
    }

    @Test
    void a_token_works_until_its_expiry_or_its_revocation() {
        ApiToken token = aToken(EnumSet.of(Role.DEPT), TODAY.plusDays(2));

        assertEquals(ApiTokenState.ACTIVE, token.state(NOW));
        assertEquals(ApiTokenState.ACTIVE, token.state(TODAY.plusDays(2).atStartOfDay().minusSeconds(1)));
        assertEquals(ApiTokenState.EXPIRED, token.state(TODAY.plusDays(2).atStartOfDay()));

        token.revoke(7L, NOW.plusHours(1));
        assertEquals(ApiTokenState.REVOKED, token.state(NOW.plusHours(1)));
        assertFalse(token.isActive(NOW.plusHours(1)));
        assertEquals("token.alreadyRevoked", refusal(() -> token.revoke(7L, NOW.plusHours(2))));
    }

    // ---- the secret -----------------------------------------------------------------------------

    @Test
    void the_secret_is_random_and_the_text_reads_back_to_id_and_secret() {
        String secret = ApiTokenCredential.newSecret();
        assertEquals(43, secret.length(), "256 bits");
        assertNotEquals(secret, ApiTokenCredential.newSecret());

        ApiTokenCredential credential = new ApiTokenCredential(1050, secret);
        assertEquals("fpt_1050_" + secret, credential.text());
        assertEquals(Optional.of(credential), ApiTokenCredential.parse(credential.text()));
        assertFalse(credential.toString().contains(secret), "never the secret in a log");
    }

    @Test
    void anything_not_shaped_like_a_token_reads_as_nothing() {
        String secret = ApiTokenCredential.newSecret();
        for (String text : new String[] {null, "", "fpt_", "fpt_1_", "fpt_0_" + secret, "fpt_x_" + secret, "fpt_1_" + secret + "A",
                "fpt_1_" + secret.substring(1), "xyz_1_" + secret, "fpt_99999999999999999999_" + secret, "fpt_1_" + secret.replace(secret.charAt(0), '*')}) {
            assertEquals(Optional.empty(), ApiTokenCredential.parse(text), String.valueOf(text));
        }
    }

    @Test
    void only_the_hash_of_the_secret_is_kept_and_only_the_right_secret_matches() throws Exception {
        String secret = ApiTokenCredential.newSecret();
        ApiToken token = new ApiToken(anOwner(EnumSet.of(Role.DEPT)), "对接", EnumSet.of(Role.DEPT), TODAY.plusDays(30),
                ApiTokenCredential.hash(secret), 7L, NOW, POLICY, 0);
        setId(token, 1050L);

        String stored = ApiTokenCredential.hash(secret);
        assertEquals(64, stored.length());
        assertFalse(stored.contains(secret));
        assertTrue(token.matches(new ApiTokenCredential(1050, secret)));
        assertFalse(token.matches(new ApiTokenCredential(1050, ApiTokenCredential.newSecret())));
        assertFalse(token.matches(new ApiTokenCredential(1051, secret)), "another token's id");
        assertFalse(new ApiTokenCredential(1050, secret).matches(null), "no stored hash never matches");
    }

    @Test
    void a_wrong_secret_an_unknown_token_and_the_right_secret_take_the_same_work() {
        String secret = ApiTokenCredential.newSecret();
        ApiTokenCredential credential = new ApiTokenCredential(1, secret);
        String right = ApiTokenCredential.hash(secret);
        String differsFirst = (right.charAt(0) == 'a' ? "b" : "a") + right.substring(1);
        String differsLast = right.substring(0, 63) + (right.charAt(63) == 'a' ? "b" : "a");
        List<Runnable> checks = List.of(() -> credential.matches(right), () -> credential.matches(differsFirst),
                () -> credential.matches(differsLast), () -> credential.matches(null));

        for (int i = 0; i < 20_000; i++) {   // warm up
            checks.forEach(Runnable::run);
        }
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        for (int round = 0; round < 80; round++) {   // turns taken, best of each: a busy machine slows all alike, and more turns let each path meet a quiet moment
            for (int k = 0; k < checks.size(); k++) {
                best[k] = Math.min(best[k], nanos(checks.get(k)));
            }
        }
        // every path hashes the presented secret and compares whole arrays (MessageDigest.isEqual);
        // a path that skipped the hash (unknown id) or stopped early would be several times faster
        for (int k = 1; k < best.length; k++) {
            long path = best[k];
            assertTrue(path > best[0] / 2 && path < best[0] * 2, () -> "path " + path + " ns vs right secret " + best[0] + " ns");
        }
    }

    private static long nanos(Runnable check) {
        long start = System.nanoTime();
        for (int i = 0; i < 2_000; i++) {
            check.run();
        }
        return System.nanoTime() - start;
    }

    private static void setId(ApiToken token, long id) throws Exception {
        Field field = ApiToken.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(token, id);
    }
}
