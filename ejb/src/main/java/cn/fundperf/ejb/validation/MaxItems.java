package cn.fundperf.ejb.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * At most {@link Limits#max()} elements in a collection: a {@code @Size} whose bound comes from the
 * configuration (an annotation attribute cannot read it). {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = MaxItemsValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface MaxItems {

    Limits value();

    String message() default "{validation.tooMany}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
