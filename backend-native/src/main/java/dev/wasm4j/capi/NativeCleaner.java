package dev.wasm4j.capi;

import java.lang.ref.Cleaner;

/**
 * The safety net for native objects whose owner was never closed: the engine, module and store classes
 * register a cleanup action here that frees the native side once the Java side is unreachable. Closing runs
 * the same action at once (a {@link Cleaner.Cleanable} runs at most once).
 */
final class NativeCleaner {
    private static final Cleaner CLEANER = Cleaner.create();

    private NativeCleaner() {
    }

    /** {@code action} must not refer to {@code owner}, or the owner never becomes unreachable. */
    static Cleaner.Cleanable register(Object owner, Runnable action) {
        return CLEANER.register(owner, action);
    }
}
