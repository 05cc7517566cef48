package dev.wasm4j.pure.internal.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The little-endian views of a memory's {@code byte[]}. Compiled code reads these static final fields
 * and invokes them directly, so the JIT inlines each access to a plain (bounds-checked) load or store.
 */
public final class MemoryAccess {
    /**
     * Bytes through a VarHandle too (not baload): its bounds check always throws an exception with a
     * stack trace, where the JIT may replace an implicit one by a preallocated exception without one.
     */
    public static final VarHandle BYTE = MethodHandles.arrayElementVarHandle(byte[].class);
    public static final VarHandle SHORT = view(short[].class);
    public static final VarHandle INT = view(int[].class);
    public static final VarHandle LONG = view(long[].class);
    public static final VarHandle FLOAT = view(float[].class);
    public static final VarHandle DOUBLE = view(double[].class);

    private MemoryAccess() {
    }

    private static VarHandle view(Class<?> arrayType) {
        return MethodHandles.byteArrayViewVarHandle(arrayType, ByteOrder.LITTLE_ENDIAN);
    }
}
