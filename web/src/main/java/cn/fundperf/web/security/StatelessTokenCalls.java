package cn.fundperf.web.security;

import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.mgt.DefaultWebSessionStorageEvaluator;

/**
 * A call signed in with a personal API token is never kept in a session, not even when the
 * request carries a session cookie: the token is checked on every call, and nothing it did can be
 * replayed through the cookie. Everything else is stored as Shiro does by default.
 */
public class StatelessTokenCalls extends DefaultWebSessionStorageEvaluator {

    @Override
    public boolean isSessionStorageEnabled(Subject subject) {
        if (subject.getPrincipal() instanceof SignedInUser user && user.byToken()) {
            return false;
        }
        return super.isSessionStorageEnabled(subject);
    }
}
