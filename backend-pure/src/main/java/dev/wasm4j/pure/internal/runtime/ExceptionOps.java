package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.TrapCode;

/** What compiled code calls for exception handling; it throws what these return (athrow ends a block). */
public final class ExceptionOps {
    private ExceptionOps() {
    }

    /** {@code throw tag}: the exception carrying {@code values} (boxed, in order). */
    public static RuntimeException newException(Object[] values, int tag, WasmInstance ctx) {
        return new WasmExn(ctx.tags[tag], values);
    }

    /** {@code throw_ref}: the exception itself; a null reference traps. */
    public static RuntimeException rethrow(Object exnref) {
        if (exnref == null) {
            return new TrapSignal(TrapCode.NULL_REFERENCE);
        }
        return (WasmExn) exnref;
    }

    /** Whether a caught exception has {@code tag} of the instance (a catch clause's test). */
    public static boolean hasTag(WasmExn e, int tag, WasmInstance ctx) {
        return e.tag == ctx.tags[tag];
    }
}
