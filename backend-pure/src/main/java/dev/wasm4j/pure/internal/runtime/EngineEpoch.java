package dev.wasm4j.pure.internal.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The epoch of one engine, shared by its stores: any thread advances it, compiled code of engines with
 * epoch interruption compares it with its store's deadline (see {@link Epochs}). Volatile so that a
 * loop's check reads it on every iteration instead of the JIT hoisting the read out of the loop.
 */
public final class EngineEpoch {
    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(EngineEpoch.class, "value", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile long value;

    public void increment() {
        VALUE.getAndAdd(this, 1L);
    }

    public long current() {
        return value;
    }
}
