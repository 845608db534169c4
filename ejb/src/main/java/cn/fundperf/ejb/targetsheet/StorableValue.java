package cn.fundperf.ejb.targetsheet;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import cn.fundperf.ejb.validation.Text;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A written indicator value ({@link IndicatorValue}) that the columns can hold without change: at
 * most 200 characters of plain text, numbers of at most 14 integer and 4 decimal digits. Any
 * other text is a valid value (qualitative), so this is the only way a value can be refused.
 */
@Documented
@Constraint(validatedBy = StorableValueValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Text(max = 200)
public @interface StorableValue {

    String message() default "{validation.digits}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
