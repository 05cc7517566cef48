package dev.wasm4j.capi;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A native pointer several threads use and one of them may close: closing waits for no one, but the
 * pointer is freed only when the last user is done, so a close racing with a use is an error for new users
 * and never a use-after-free.
 */
final class SharedHandle {
    private static final long CLOSED = 1L << 62;
    private static final long FREED = 1L << 61;

    private final MemorySegment pointer;
    private final Consumer<MemorySegment> free;
    private final String what;
    /** The closed and freed bits, plus the number of users. */
    private final AtomicLong state = new AtomicLong();

    SharedHandle(MemorySegment pointer, Consumer<MemorySegment> free, String what) {
        this.pointer = pointer;
        this.free = free;
        this.what = what;
    }

    /** The pointer, valid until the matching {@link #release()}. */
    MemorySegment acquire() {
        while (true) {
            long s = state.get();
            if ((s & CLOSED) != 0) {
                throw new IllegalStateException("the " + what + " is closed");
            }
            if (state.compareAndSet(s, s + 1)) {
                return pointer;
            }
        }
    }

    void release() {
        long s = state.decrementAndGet();
        if (s == CLOSED) {
            freeOnce();
        }
    }

    /** Marks the handle closed; frees it now if unused, else when the last user releases it. */
    void close() {
        long s = state.getAndUpdate(v -> v | CLOSED);
        if ((s & CLOSED) == 0 && (s & ~(CLOSED | FREED)) == 0) {
            freeOnce();
        }
    }

    private void freeOnce() {
        long s = state.getAndUpdate(v -> v | FREED);
        if ((s & FREED) == 0) {
            free.accept(pointer);
        }
    }

    /** A cleanup action for the Cleaner, which runs only once the owner (and so every user) is gone. */
    Runnable cleanup() {
        return this::close;
    }
}
