package dev.wasm4j.pure.internal.runtime;

/**
 * A thrown wasm exception, and at the same time the {@code exnref} value that refers to it: compiled code
 * throws it as a JVM exception, a {@code try_table} handler catches it, compares its tag and unpacks its
 * values, and {@code throw_ref} throws the same object again. It carries no JVM stack trace: wasm code may
 * throw in a loop (C++ exceptions), and the trace would cost more than the throw.
 */
public final class WasmExn extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The tag it was thrown with. */
    public final transient WasmTag tag;
    /** The tag's values, boxed (Integer, Long, Float, Double, V128 or a reference). */
    public final transient Object[] values;

    public WasmExn(WasmTag tag, Object[] values) {
        super("wasm exception " + tag, null, false, false);
        this.tag = tag;
        this.values = values;
    }
}
