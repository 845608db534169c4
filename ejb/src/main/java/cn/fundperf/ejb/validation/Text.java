package cn.fundperf.ejb.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a person typed, at most {@code max} characters (the column's length) and {@link PlainText}.
 * Composed of {@code @Size} and {@code @PlainText}, so that a refusal names the one that failed. Our
 * own annotation: Payara's OpenAPI generator fails on {@code @Size} on an input record, not on this,
 * so input records and entities carry the same bound.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Size
@PlainText
public @interface Text {

    @OverridesAttribute(constraint = Size.class, name = "max")
    int max();

    String message() default "{validation.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
