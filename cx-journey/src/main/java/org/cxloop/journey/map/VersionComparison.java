package org.cxloop.journey.map;

import java.util.Set;
import java.util.TreeSet;

/**
 * A version side by side with the as-is. Touchpoints are matched by code: added are only in the other version,
 * removed only in the as-is, moved sit on a stage with another code in the other version.
 */
public record VersionComparison(JourneyMap asIs, JourneyMap other, Set<String> added, Set<String> removed,
        Set<String> moved) {

    public enum Change { ADDED, REMOVED, MOVED, SAME }

    static VersionComparison of(JourneyMap asIs, JourneyMap other) {
        var before = codes(asIs);
        var after = codes(other);
        var added = new TreeSet<>(after);
        added.removeAll(before);
        var removed = new TreeSet<>(before);
        removed.removeAll(after);
        var moved = new TreeSet<String>();
        for (var code : after) {
            if (before.contains(code) && !asIs.stageOf(code).orElseThrow().code().equals(other.stageOf(code).orElseThrow().code())) {
                moved.add(code);
            }
        }
        return new VersionComparison(asIs, other, Set.copyOf(added), Set.copyOf(removed), Set.copyOf(moved));
    }

    /** What happened to the touchpoint with this code between the as-is and the other version. */
    public Change changeOf(String code) {
        if (added.contains(code)) {
            return Change.ADDED;
        }
        if (removed.contains(code)) {
            return Change.REMOVED;
        }
        return moved.contains(code) ? Change.MOVED : Change.SAME;
    }

    public boolean identical() {
        return added.isEmpty() && removed.isEmpty() && moved.isEmpty();
    }

    private static Set<String> codes(JourneyMap map) {
        var codes = new TreeSet<String>();
        map.stages().forEach(s -> s.touchpoints().forEach(t -> codes.add(t.code())));
        return codes;
    }
}
