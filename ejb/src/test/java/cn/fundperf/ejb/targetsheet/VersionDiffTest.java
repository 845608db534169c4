package cn.fundperf.ejb.targetsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

    @Test
    void identical_versions_show_no_change_even_when_numbers_are_written_differently() {
        List<IndicatorLine> before = IndicatorLines.complete();
        List<IndicatorLine> after = new ArrayList<>(before);
        after.set(0, IndicatorLines.quantity().target(Operator.GE, "12.00", "公里").build());

        List<VersionDiff.LineChange> diff = VersionDiff.between(before, after);

        assertFalse(VersionDiff.anyChange(diff));
        assertEquals(5, diff.size());
    }

    @Test
    void changed_added_and_removed_lines_are_named_with_the_fields_that_changed() {
        List<IndicatorLine> before = IndicatorLines.complete();
        List<IndicatorLine> after = new ArrayList<>(before);
        after.set(0, IndicatorLines.quantity().target(Operator.GE, "15", "公里").weight("25").build());
        after.remove(2);
        after.add(IndicatorLines.quality().named("群众投诉率").target(Operator.LE, "1", "%").build());

        List<VersionDiff.LineChange> diff = VersionDiff.between(before, after);

        VersionDiff.LineChange road = diff.get(0);
        assertEquals(VersionDiff.Kind.CHANGED, road.kind());
        assertEquals(EnumSet.of(VersionDiff.Field.VALUE, VersionDiff.Field.WEIGHT), road.changed());
        assertTrue(diff.stream().anyMatch(c -> c.kind() == VersionDiff.Kind.ADDED && c.after().name().equals("群众投诉率")));
        assertTrue(diff.stream().anyMatch(c -> c.kind() == VersionDiff.Kind.REMOVED && c.before().name().equals("项目按期完工率")));
        assertEquals(3, diff.stream().filter(c -> c.kind() == VersionDiff.Kind.UNCHANGED).count());
    }
}
