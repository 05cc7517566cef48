package dev.wasm4j.capi;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * A store's temporary native memory for the values, extern arrays and out-parameters of one call: a bump
 * allocator released by resetting to a mark taken before, so calls nested through host functions stack up
 * and unwind like the calls themselves. Blocks come from the store's arena and stay until it closes, so the
 * footprint is that of the deepest, largest call. Used only by the thread that holds the store.
 */
final class ScratchStack {
    private static final long FIRST_BLOCK = 16 * 1024;

    private final Arena arena;
    private final List<MemorySegment> blocks = new ArrayList<>();
    private int block;
    private long top;

    ScratchStack(Arena arena) {
        this.arena = arena;
    }

    /** The current position, to {@link #reset} to when the call is done. */
    long mark() {
        return ((long) block << 32) | top;
    }

    void reset(long mark) {
        block = (int) (mark >>> 32);
        top = mark & 0xFFFF_FFFFL;
    }

    /** {@code size} zeroed bytes aligned to 16, valid until the stack is reset below this point. */
    MemorySegment allocate(long size) {
        long aligned = (size + 15) & ~15L;
        while (true) {
            if (block == blocks.size()) {
                long previous = blocks.isEmpty() ? FIRST_BLOCK / 2 : blocks.get(block - 1).byteSize();
                blocks.add(arena.allocate(Math.max(previous * 2, aligned), 16));
            }
            MemorySegment current = blocks.get(block);
            if (top + aligned <= current.byteSize()) {
                MemorySegment slice = current.asSlice(top, aligned);
                top += aligned;
                slice.fill((byte) 0);
                return slice;
            }
            block++;
            top = 0;
        }
    }
}
