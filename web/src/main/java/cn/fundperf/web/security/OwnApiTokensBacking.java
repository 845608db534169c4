package cn.fundperf.web.security;

import cn.fundperf.ejb.security.ApiTokenService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The signed-in user's own API tokens on the account page (never a secret): who may act as me, and when it last did. */
@Named
@RequestScoped
public class OwnApiTokensBacking {

    @Inject
    ApiTokenService tokens;

    private List<ApiTokenRow> rows;

    public List<ApiTokenRow> getRows() {
        if (rows == null) {
            rows = tokens.ownTokens().stream().map(token -> new ApiTokenRow(token, false)).toList();
        }
        return rows;
    }

    public boolean isAny() {
        return !getRows().isEmpty();
    }
}
