package cn.fundperf.web.security;

import java.io.Serializable;

/**
 * The Shiro principal: only the identity; roles and scope are read fresh per request. A call made
 * with a personal API token names the token too (and is never kept in a session).
 */
public record SignedInUser(long userId, String username, Long tokenId) implements Serializable {

    public SignedInUser(long userId, String username) {
        this(userId, username, null);
    }

    public boolean byToken() {
        return tokenId != null;
    }

    @Override
    public String toString() {
        return username;
    }
}
