package dev.wasm4j.pure.internal.runtime;

import java.lang.invoke.MethodHandles;

/**
 * Support for large br_tables. A tableswitch takes four bytes per target, so a br_table of thousands
 * of targets would make its method too large to be JIT-compiled (HotSpot leaves methods over 8000
 * bytes to the interpreter) or to exist at all (64 KiB). Its targets are few distinct labels, though,
 * so compiled code maps the index to a label's ordinal through a constant {@code char[]} and switches
 * over the ordinals. The array is a dynamic constant built from string chunks by {@link #cases}.
 */
public final class BranchTables {
    /** Ordinals per string chunk: at most 3 bytes each in the class file's modified UTF-8 keeps a chunk under 64 KiB. */
    public static final int CHUNK = 16_384;

    private BranchTables() {
    }

    /** Bootstrap of the dynamic constant: the chunks' characters, concatenated, are the ordinals. */
    public static char[] cases(MethodHandles.Lookup lookup, String name, Class<?> type, String... chunks) {
        StringBuilder all = new StringBuilder(chunks.length * CHUNK);
        for (String c : chunks) {
            all.append(c);
        }
        return all.toString().toCharArray();
    }

    /** The ordinal of the label br_table branches to for {@code index}: {@code dflt} when out of range. */
    public static int caseOf(int index, char[] cases, int dflt) {
        return Integer.compareUnsigned(index, cases.length) < 0 ? cases[index] : dflt;
    }
}
