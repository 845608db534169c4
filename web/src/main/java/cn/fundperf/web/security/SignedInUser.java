package cn.fundperf.web.security;

import java.io.Serializable;

/** The Shiro principal kept in the session: only the identity; roles and scope are read fresh per request. */
public record SignedInUser(long userId, String username) implements Serializable {

    @Override
    public String toString() {
        return username;
    }
}
