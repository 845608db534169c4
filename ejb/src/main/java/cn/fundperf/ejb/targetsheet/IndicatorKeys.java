package cn.fundperf.ejb.targetsheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Keys of a sheet's indicators: a line keeps the key it came with (a save, an adjustment, the
 * next year's copy); a new line, a second line with a key already used in the sheet (a row copied
 * in Excel) or a key that is no key of ours gets a fresh one.
 */
final class IndicatorKeys {

    /** Ours are UUIDs; rows keyed before them ("I" + id, migration V16) are kept as they are. */
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|I\\d{1,18}");

    private IndicatorKeys() {
    }

    static List<IndicatorLine> assign(List<IndicatorLine> lines) {
        Set<String> used = new HashSet<>();
        List<IndicatorLine> keyed = new ArrayList<>(lines.size());
        for (IndicatorLine line : lines) {
            String key = line.key();
            if (key == null || !KEY.matcher(key).matches() || !used.add(key)) {
                key = fresh();
                used.add(key);
            }
            keyed.add(key.equals(line.key()) ? line : line.withKey(key));
        }
        return keyed;
    }

    static String fresh() {
        return UUID.randomUUID().toString();
    }
}
