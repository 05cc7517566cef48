package dev.wasm4j.internal.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The module's type definitions in index order, grouped into recursion groups, including the
 * function types inserted for inline type uses.
 */
final class TypeTable {
    private final List<SubType> types = new ArrayList<>();
    private final List<List<SubType>> groups = new ArrayList<>();
    /** Smallest index of each plain function type that forms a recursion group on its own. */
    private final Map<FuncType, Integer> reusable = new HashMap<>();

    int size() {
        return types.size();
    }

    /** The definition at {@code index}, or null if there is none (yet). */
    SubType get(long index) {
        return index >= 0 && index < types.size() ? types.get((int) index) : null;
    }

    void addGroup(List<SubType> members) {
        if (members.size() == 1 && members.get(0).isPlainFunc()) {
            reusable.putIfAbsent(members.get(0).funcType(), types.size());
        }
        types.addAll(members);
        groups.add(List.copyOf(members));
    }

    /** The index an inline type use denotes: an equal plain function type, else a new one at the end. */
    int indexFor(FuncType ft) {
        Integer existing = reusable.get(ft);
        if (existing != null) {
            return existing;
        }
        int index = types.size();
        addGroup(List.of(SubType.plainFunc(ft)));
        return index;
    }

    int groupCount() {
        return groups.size();
    }

    void encodeGroups(ByteWriter out) {
        for (List<SubType> group : groups) {
            if (group.size() == 1) {
                group.get(0).encode(out);
            } else {
                out.u8(0x4E);
                out.u32(group.size());
                group.forEach(t -> t.encode(out));
            }
        }
    }
}
