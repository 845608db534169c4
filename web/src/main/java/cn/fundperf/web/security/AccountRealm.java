package cn.fundperf.web.security;

import cn.fundperf.ejb.security.AccountService;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.ApiTokenService;
import cn.fundperf.ejb.security.LoginOutcome;
import cn.fundperf.ejb.security.SignedInAccount;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * Shiro's view of our accounts: a password (login form, HTTP Basic) or a personal API token
 * (Bearer). The decision (password, lockout, token state, audit) is the services'; the realm only
 * adapts it. Roles are read fresh for every check (no caching), so that a role change, a disabled
 * account or a revoked token takes effect at once.
 */
public class AccountRealm extends AuthorizingRealm {

    public AccountRealm() {
        setAuthenticationCachingEnabled(false);
        setAuthorizationCachingEnabled(false);
        setCachingEnabled(false);
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken || token instanceof BearerToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        if (token instanceof BearerToken bearer) {
            ApiTokenService.TokenUse use = tokens().authenticate(bearer.getToken(), bearer.getHost())
                    .orElseThrow(TokenRefused::new);
            return new SimpleAuthenticationInfo(new SignedInUser(use.ownerId(), use.ownerUsername(), use.tokenId()),
                    bearer.getCredentials(), getName());
        }
        UsernamePasswordToken credentials = (UsernamePasswordToken) token;
        LoginOutcome outcome = accounts().authenticate(credentials.getUsername(),
                new String(credentials.getPassword()), credentials.getHost());
        if (!outcome.succeeded()) {
            throw new LoginRefused(outcome);
        }
        Actor actor = outcome.actor();
        // the password was checked by the service; Shiro's own matcher compares the token with itself
        return new SimpleAuthenticationInfo(new SignedInUser(actor.userId(), actor.username()),
                credentials.getCredentials(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        SignedInUser user = principals.oneByType(SignedInUser.class);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        if (user != null) {
            Optional<Actor> actor = user.byToken()
                    ? tokens().signedIn(user.tokenId(), null).map(SignedInAccount::actor)
                    : accounts().actorFor(user.userId(), null);
            actor.ifPresent(a -> info.setRoles(a.roles().stream().map(Enum::name).collect(Collectors.toSet())));
        }
        return info;
    }

    private static AccountService accounts() {
        return CDI.current().select(AccountService.class).get();
    }

    private static ApiTokenService tokens() {
        return CDI.current().select(ApiTokenService.class).get();
    }
}
