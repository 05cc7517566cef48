package dev.wasm4j.capi;

import dev.wasm4j.AbstractHeapType;
import dev.wasm4j.RefType;

/** Which of wasmtime's value kinds holds references of a type: funcref, externref, anyref or exnref. */
enum RefFamily {
    FUNC, EXTERN, ANY, EXN;

    /** The family of {@code type}; a concrete type is decided by the value when there is one, else func. */
    static RefFamily of(RefType type, Object value) {
        if (type.heapType() instanceof AbstractHeapType heap) {
            return switch (heap) {
                case FUNC, NOFUNC -> FUNC;
                case EXTERN, NOEXTERN -> EXTERN;
                case EXN, NOEXN -> EXN;
                case ANY, EQ, I31, STRUCT, ARRAY, NONE -> ANY;
            };
        }
        if (value instanceof GcReference) {
            return ANY;
        }
        return FUNC;
    }

    byte valKind() {
        return switch (this) {
            case FUNC -> wasmtime_h.WASMTIME_FUNCREF;
            case EXTERN -> wasmtime_h.WASMTIME_EXTERNREF;
            case ANY -> wasmtime_h.WASMTIME_ANYREF;
            case EXN -> wasmtime_h.WASMTIME_EXNREF;
        };
    }
}
