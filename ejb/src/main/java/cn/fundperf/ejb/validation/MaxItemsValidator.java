package cn.fundperf.ejb.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;

/** See {@link MaxItems}. */
public class MaxItemsValidator implements ConstraintValidator<MaxItems, Collection<?>> {

    private Limits limit;

    @Override
    public void initialize(MaxItems annotation) {
        limit = annotation.value();
    }

    @Override
    public boolean isValid(Collection<?> items, ConstraintValidatorContext context) {
        return items == null || items.size() <= limit.max();
    }
}
