package dev.wasm4j.capi;

import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The 24 bytes of a table, memory, global or tag handle, kept in Java: the backend copies handles to
 * scratch memory for each call rather than allocating native memory per extern object, so looking the same
 * export up a million times costs no native memory.
 */
record ExternHandle(long word0, long word1, long word2) {
    static final long SIZE = 24;

    static ExternHandle read(MemorySegment src) {
        return new ExternHandle(src.get(JAVA_LONG, 0), src.get(JAVA_LONG, 8), src.get(JAVA_LONG, 16));
    }

    void write(MemorySegment dst) {
        dst.set(JAVA_LONG, 0, word0);
        dst.set(JAVA_LONG, 8, word1);
        dst.set(JAVA_LONG, 16, word2);
    }

    /** A copy in the store's scratch memory, valid until the scratch is reset. */
    MemorySegment inScratch(WasmtimeStore store) {
        MemorySegment segment = store.scratch().allocate(SIZE);
        write(segment);
        return segment;
    }
}
