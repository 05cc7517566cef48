package dev.wasm4j.pure.internal.runtime;

/**
 * A v128 value as compiled code holds it on the operand stack, in globals and in branch and result
 * values: an immutable pair of little-endian 64-bit halves (lane 0 of every shape starts at bit 0 of
 * {@link #lo}). The JVM has no 128-bit primitive; an object per value keeps the compiler's stack
 * handling uniform, and C2's escape analysis removes the allocations of a chain of SIMD operations once
 * they are inlined. A v128 local is two longs instead (see the compiler's {@code Locals}), since an
 * object carried round a loop in a local is allocated every iteration.
 */
public final class V128 {
    public static final V128 ZERO = new V128(0, 0);

    public final long lo;
    public final long hi;

    public V128(long lo, long hi) {
        this.lo = lo;
        this.hi = hi;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof V128 v && v.lo == lo && v.hi == hi;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(lo) * 31 + Long.hashCode(hi);
    }

    @Override
    public String toString() {
        return String.format("v128:0x%016x%016x", hi, lo);
    }
}
