package cn.fundperf.ejb.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a person typed: no control characters other than tab and line breaks (NUL would cut the
 * text in some tools), and no bidirectional overrides or isolates (U+202A–U+202E, U+2066–U+2069)
 * that make a printed form read differently from what is stored, and no half of a surrogate pair
 * (JSON can carry "\ud800", UTF-8 and the database cannot). {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PlainText {

    String message() default "{validation.plainText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
