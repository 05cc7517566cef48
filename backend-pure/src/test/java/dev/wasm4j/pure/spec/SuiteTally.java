package dev.wasm4j.pure.spec;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of the commands run per group of scripts (an edition, or a folder of 3.0 such as a proposal)
 * and kind: passed, unsupported, total; plus every failure, keyed "script:line".
 */
final class SuiteTally {
    enum Kind {
        MALFORMED, INVALID, VALID
    }

    /** passed, unsupported, total. */
    private final Map<String, Map<Kind, int[]>> counts = new TreeMap<>();
    private final Map<String, String> failures = new TreeMap<>();
    private final List<String> textAccepted = new ArrayList<>();
    private int textErrors;

    private int[] counter(String group, Kind kind) {
        return counts.computeIfAbsent(group, g -> {
            Map<Kind, int[]> m = new EnumMap<>(Kind.class);
            for (Kind k : Kind.values()) {
                m.put(k, new int[3]);
            }
            return m;
        }).get(kind);
    }

    synchronized void pass(String group, Kind kind) {
        counter(group, kind)[0]++;
        counter(group, kind)[2]++;
    }

    synchronized void fail(String group, Kind kind, String where, String description) {
        counter(group, kind)[2]++;
        failures.put(where, description);
    }

    /** A module the backend rejected for a feature it does not support: neither pass nor failure. */
    synchronized void unsupported(String group, Kind kind) {
        counter(group, kind)[1]++;
        counter(group, kind)[2]++;
    }

    /** A text module the text parser could not encode: not the backend's to judge. */
    synchronized void textError() {
        textErrors++;
    }

    /** Malformed text that the text parser encoded anyway: the text parser's miss, not the backend's. */
    synchronized void textAccepted(String where) {
        textAccepted.add(where);
    }

    synchronized int passed(String groupPrefix, Kind kind) {
        return sum(groupPrefix, kind, 0);
    }

    synchronized int unsupportedCount(String groupPrefix, Kind kind) {
        return sum(groupPrefix, kind, 1);
    }

    synchronized int total(String groupPrefix, Kind kind) {
        return sum(groupPrefix, kind, 2);
    }

    private int sum(String groupPrefix, Kind kind, int column) {
        int n = 0;
        for (Map.Entry<String, Map<Kind, int[]>> e : counts.entrySet()) {
            if (e.getKey().startsWith(groupPrefix)) {
                n += e.getValue().get(kind)[column];
            }
        }
        return n;
    }

    /** Failures keyed "script:line". */
    synchronized Map<String, String> failures() {
        return new TreeMap<>(failures);
    }

    synchronized String report(String title) {
        StringBuilder sb = new StringBuilder(title).append('\n');
        for (Map.Entry<String, Map<Kind, int[]>> e : counts.entrySet()) {
            sb.append(String.format("  %-40s", e.getKey()));
            for (Kind k : Kind.values()) {
                int[] c = e.getValue().get(k);
                sb.append(String.format(" %s %d/%d%s", k.name().toLowerCase(Locale.ROOT), c[0], c[2],
                        c[1] > 0 ? " (unsupported " + c[1] + ")" : ""));
            }
            sb.append('\n');
        }
        sb.append("  text modules not encodable: ").append(textErrors).append('\n');
        sb.append("  malformed text the text parser encoded: ").append(textAccepted).append('\n');
        sb.append("  failures: ").append(failures.size()).append('\n');
        failures.forEach((where, what) -> sb.append("    ").append(where).append(": ").append(what).append('\n'));
        return sb.toString();
    }
}
