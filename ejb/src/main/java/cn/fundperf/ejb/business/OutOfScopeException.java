package cn.fundperf.ejb.business;

import jakarta.ejb.ApplicationException;

/**
 * The record exists but lies outside the caller's data scope (organization / region). To the
 * caller it is a record that does not exist (same key, 404, 未找到 page): telling "not yours" from
 * "not there" would reveal which ids exist. The refusal itself is audited ({@code GuardedInterceptor}).
 */
@ApplicationException(rollback = true)
public class OutOfScopeException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    private final String entity;
    private final String id;
    private boolean audited;

    public OutOfScopeException(String entity, Object id) {
        super(entity, id);
        this.entity = entity;
        this.id = String.valueOf(id);
    }

    /** What was asked for, for the audit log: "Project #12". */
    public String describeTarget() {
        return entity + " #" + id;
    }

    /** True the first time only, so that nested use cases audit one refusal once. */
    public boolean markAudited() {
        boolean first = !audited;
        audited = true;
        return first;
    }
}
