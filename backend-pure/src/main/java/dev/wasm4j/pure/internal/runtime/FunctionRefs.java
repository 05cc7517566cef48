package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.TrapCode;

/** Null checks of typed function references (call_ref, ref.as_non_null), called by compiled code. */
public final class FunctionRefs {
    private FunctionRefs() {
    }

    /** The function call_ref calls; the validator guarantees a non-null reference is one of its type. */
    public static WasmFunction target(Object ref) {
        if (ref == null) {
            throw new TrapSignal(TrapCode.NULL_FUNCTION_REFERENCE);
        }
        return (WasmFunction) ref;
    }

    public static Object nonNull(Object ref) {
        if (ref == null) {
            throw new TrapSignal(TrapCode.NULL_REFERENCE);
        }
        return ref;
    }
}
