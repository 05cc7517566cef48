package dev.wasm4j.pure.internal.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The parts a large function is split into. Each part is a run of instructions of one block body that
 * starts and ends with that block's operand stack empty; it becomes a method
 * {@code int f<i>$p<k>(long[] longs, Object[] refs, WasmInstance)} returning 0 to fall through or the
 * exit code of the label it branches to (see {@link ControlFrame#exitCode}).
 */
final class SplitPlan {
    static final String PART_DESCRIPTOR = "(" + Locals.LONGS_DESC + Locals.REFS_DESC + JvmTypes.INSTANCE_DESC + ")I";

    /** One part: instructions [start, end) by index in the body. */
    static final class Part {
        final int start;
        final int end;
        final String method;
        /** Exit codes other than 0 the part returns; known once it is compiled. */
        final TreeSet<Integer> exits = new TreeSet<>();
        boolean fallsThrough;

        Part(int start, int end, String method) {
            this.start = start;
            this.end = end;
            this.method = method;
        }
    }

    private final List<Part> parts = new ArrayList<>();
    private final Map<Integer, Part> byStart = new HashMap<>();
    /** Transfer slots needed in each array: the most values any label carries. */
    final int transferSlots;
    final InstructionLog log;

    SplitPlan(InstructionLog log, int transferSlots) {
        this.log = log;
        this.transferSlots = transferSlots;
    }

    void add(int start, int end, int functionIndex) {
        Part p = new Part(start, end, "f" + functionIndex + "$p" + parts.size());
        parts.add(p);
        byStart.put(start, p);
    }

    Part partAt(int instructionIndex) {
        return byStart.get(instructionIndex);
    }

    /** The parts, inner ones before the parts containing them. */
    List<Part> partsInnermostFirst() {
        List<Part> sorted = new ArrayList<>(parts);
        sorted.sort((a, b) -> Integer.compare(a.end - a.start, b.end - b.start));
        return sorted;
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }
}
