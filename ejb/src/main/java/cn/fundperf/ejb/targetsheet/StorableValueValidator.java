package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.targetsheet.IndicatorValue.Quantity;
import cn.fundperf.ejb.targetsheet.IndicatorValue.Range;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.stream.Stream;

/** See {@link StorableValue}. */
public class StorableValueValidator implements ConstraintValidator<StorableValue, String> {

    private static final int INTEGER_DIGITS = 14;
    private static final int FRACTION_DIGITS = 4;

    @Override
    public boolean isValid(String written, ConstraintValidatorContext context) {
        return written == null || written.isBlank() || written.length() > 200 || fits(IndicatorValue.parse(written));
    }

    static boolean fits(IndicatorValue value) {
        Stream<BigDecimal> numbers = value instanceof Quantity q ? Stream.of(q.number())
                : value instanceof Range r ? Stream.of(r.lower(), r.upper()) : Stream.empty();
        return numbers.allMatch(n -> n.scale() <= FRACTION_DIGITS && n.precision() - n.scale() <= INTEGER_DIGITS);
    }
}
