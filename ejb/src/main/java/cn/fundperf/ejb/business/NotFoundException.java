package cn.fundperf.ejb.business;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist (or no longer exists). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String entity, Object id) {
        super("error.notFound", entity, String.valueOf(id));
    }

    /** The record that {@code em.find} gave, or this refusal when there is none. */
    public static <T> T unlessMissing(T found, Class<T> type, Object id) {
        if (found == null) {
            throw new NotFoundException(type.getSimpleName(), id);
        }
        return found;
    }
}
