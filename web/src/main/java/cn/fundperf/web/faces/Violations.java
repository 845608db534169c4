package cn.fundperf.web.faces;

import cn.fundperf.ejb.targetsheet.StorableValue;
import cn.fundperf.ejb.validation.MaxItems;
import cn.fundperf.ejb.validation.PlainText;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Bean Validation refusals in our words: the constraint becomes a bundle key with its bounds as
 * arguments, the property path the field a caller (or a screen) can point at. The same for the JSON
 * API and for screens, for violations at the API boundary and at pre-persist on the entities.
 */
public final class Violations {

    /** One refused value: {@code field} is the property path, e.g. {@code fundings[2].amount}. */
    public record FieldProblem(String key, String field, List<Object> arguments) {

        public String message(Locale locale) {
            return Texts.text(locale, key, arguments.toArray());
        }
    }

    private Violations() {
    }

    /** The violation inside what a service, the container or JPA threw, if there is one. */
    public static ConstraintViolationException find(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                return violation;
            }
        }
        return null;
    }

    /** Every violation, ordered by field so that answers are stable. */
    public static List<FieldProblem> problems(ConstraintViolationException e) {
        return e.getConstraintViolations() == null ? List.of(new FieldProblem("validation.invalid", "", List.of("")))
                : e.getConstraintViolations().stream().map(Violations::problem)
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::key)).toList();
    }

    static FieldProblem problem(ConstraintViolation<?> violation) {
        String field = field(violation.getPropertyPath());
        Annotation constraint = violation.getConstraintDescriptor() == null ? null : violation.getConstraintDescriptor().getAnnotation();
        Object value = violation.getInvalidValue();
        String shown = field.isEmpty() ? "body" : field;
        if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
            return new FieldProblem("validation.required", shown, List.of(shown));
        }
        if (constraint instanceof Size size) {
            boolean text = value instanceof CharSequence;
            return new FieldProblem(text ? "validation.tooLong" : "validation.tooMany", shown, List.of(shown, String.valueOf(size.max())));
        }
        if (constraint instanceof MaxItems limit) {
            return new FieldProblem("validation.tooMany", shown, List.of(shown, String.valueOf(limit.value().max())));
        }
        if (constraint instanceof Digits digits) {
            return new FieldProblem("validation.digits", shown, List.of(shown, String.valueOf(digits.integer()), String.valueOf(digits.fraction())));
        }
        if (constraint instanceof PositiveOrZero || constraint instanceof Positive || constraint instanceof Negative) {
            return new FieldProblem("validation.negative", shown, List.of(shown));
        }
        if (constraint instanceof Min min) {
            return new FieldProblem("validation.min", shown, List.of(shown, String.valueOf(min.value())));
        }
        if (constraint instanceof Max max) {
            return new FieldProblem("validation.max", shown, List.of(shown, String.valueOf(max.value())));
        }
        if (constraint instanceof StorableValue) {
            return new FieldProblem("validation.digits", shown, List.of(shown, "14", "4"));
        }
        if (constraint instanceof PlainText) {
            return new FieldProblem("validation.plainText", shown, List.of(shown));
        }
        return new FieldProblem("validation.invalid", shown, List.of(shown));
    }

    /**
     * The path without the method and parameter of a resource call: {@code create.arg0.fundings[2].amount}
     * becomes {@code fundings[2].amount}; the body itself is the empty path.
     */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        if (path == null) {
            return "";
        }
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.PARAMETER
                    || kind == ElementKind.RETURN_VALUE || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.isInIterable() && field.length() > 0) {
                field.append('[').append(node.getIndex() == null ? node.getKey() : node.getIndex()).append(']');
            }
            if (kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN && node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }
}
