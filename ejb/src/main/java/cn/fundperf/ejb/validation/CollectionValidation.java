package cn.fundperf.ejb.validation;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * EclipseLink validates an entity before it is stored, but does not follow {@code @Valid} into its
 * element collections (it treats them as relationships): funding lines, review remarks, frozen
 * indicators, sheet history. This listener validates the whole entity before it is stored, so that a
 * bad line is refused naming it (e.g. {@code fundings[2].amount}) instead of failing in the database.
 */
public class CollectionValidation {

    /** Built once; Hibernate Validator's resolver leaves unloaded lazy relationships alone. */
    private static final class Holder {
        static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    }

    @PrePersist
    @PreUpdate
    public void validate(Object entity) {
        Set<ConstraintViolation<Object>> violations = Holder.VALIDATOR.validate(entity);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
