package cn.fundperf.ejb.targetsheet;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two versions of a sheet, line by line. Lines are matched by their key (a
 * renamed indicator is the same indicator, changed in its name); lines without a key (versions
 * frozen before keys existed) by level 2 and name.
 */
public final class VersionDiff {

    public enum Kind { ADDED, REMOVED, CHANGED, UNCHANGED }

    public enum Field { NAME, OPERATOR, VALUE, QUALITATIVE_TEXT, UNIT, WEIGHT, BASIS, REASON, EVIDENCE }

    /** One line of the comparison; {@code before} is null for an added line, {@code after} for a removed one. */
    public record LineChange(Kind kind, IndicatorLine before, IndicatorLine after, Set<Field> changed) implements Serializable {

        public boolean changedIn(Field field) {
            return changed.contains(field);
        }

        public Kind getKind() { return kind; }
        public IndicatorLine getBefore() { return before; }
        public IndicatorLine getAfter() { return after; }
        public Set<Field> getChanged() { return changed; }
    }

    private VersionDiff() {
    }

    public static List<LineChange> between(List<IndicatorLine> before, List<IndicatorLine> after) {
        LinkedList<IndicatorLine> unmatched = new LinkedList<>(before);
        List<LineChange> changes = new ArrayList<>();
        for (IndicatorLine line : after) {
            IndicatorLine match = unmatched.stream().filter(old -> sameIndicator(old, line)).findFirst().orElse(null);
            if (match == null) {
                changes.add(new LineChange(Kind.ADDED, null, line, EnumSet.noneOf(Field.class)));
                continue;
            }
            unmatched.remove(match);
            Set<Field> changed = differences(match, line);
            changes.add(new LineChange(changed.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED, match, line, changed));
        }
        for (IndicatorLine removed : unmatched) {
            changes.add(new LineChange(Kind.REMOVED, removed, null, EnumSet.noneOf(Field.class)));
        }
        return changes;
    }

    /** Is anything different at all? */
    public static boolean anyChange(List<LineChange> changes) {
        return changes.stream().anyMatch(c -> c.kind() != Kind.UNCHANGED);
    }

    private static boolean sameIndicator(IndicatorLine a, IndicatorLine b) {
        if (a.key() != null && b.key() != null) {
            return a.key().equals(b.key());
        }
        return a.level2() == b.level2() && normalized(a.name()).equals(normalized(b.name()));
    }

    private static Set<Field> differences(IndicatorLine a, IndicatorLine b) {
        Set<Field> changed = EnumSet.noneOf(Field.class);
        if (a.level2() != b.level2() || !normalized(a.name()).equals(normalized(b.name()))) {
            changed.add(Field.NAME);
        }
        IndicatorValue before = a.targetValue();
        IndicatorValue after = b.targetValue();
        if (before instanceof IndicatorValue.Quantity qa && after instanceof IndicatorValue.Quantity qb) {
            if (qa.operator() != qb.operator()) {
                changed.add(Field.OPERATOR);
            }
            if (!sameNumber(qa.number(), qb.number())) {
                changed.add(Field.VALUE);
            }
            if (!Objects.equals(qa.unit(), qb.unit())) {
                changed.add(Field.UNIT);
            }
        } else if (before instanceof IndicatorValue.Qualitative && after instanceof IndicatorValue.Qualitative) {
            if (!before.equals(after)) {
                changed.add(Field.QUALITATIVE_TEXT);
            }
        } else if (!Objects.equals(before, after)) {
            changed.add(Field.VALUE);
        }
        if (!sameNumber(a.weight(), b.weight())) {
            changed.add(Field.WEIGHT);
        }
        if (a.basisType() != b.basisType() || !normalized(a.basisText()).equals(normalized(b.basisText()))) {
            changed.add(Field.BASIS);
        }
        if (!normalized(a.reason()).equals(normalized(b.reason()))) {
            changed.add(Field.REASON);
        }
        if (!normalized(a.evidence()).equals(normalized(b.evidence()))) {
            changed.add(Field.EVIDENCE);
        }
        return changed;
    }

    /** 12 and 12.00 are the same target. */
    public static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }

    private static String normalized(String text) {
        return text == null ? "" : text.strip();
    }
}
