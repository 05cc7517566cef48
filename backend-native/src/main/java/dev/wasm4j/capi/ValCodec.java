package dev.wasm4j.capi;

import dev.wasm4j.NumType;
import dev.wasm4j.RefType;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;
import dev.wasm4j.WasmException;

import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@link Val} to and from {@code wasmtime_val_t} (32 bytes: a kind byte, then the value at offset 8). A
 * reference {@link #write} creates is rooted in the store, and one {@link #read} sees may be: {@link #release}
 * unroots it once the value has been used.
 */
final class ValCodec {
    static final long SIZE = 32;
    private static final long OF = wasmtime_h.VAL_OF;

    private ValCodec() {
    }

    static void write(WasmtimeStore store, Val v, MemorySegment dst) {
        ValType type = v.type();
        if (type instanceof NumType n) {
            switch (n) {
                case I32 -> {
                    dst.set(JAVA_BYTE, 0, wasmtime_h.WASMTIME_I32);
                    dst.set(JAVA_INT, OF, (int) v.bits());
                }
                case I64 -> {
                    dst.set(JAVA_BYTE, 0, wasmtime_h.WASMTIME_I64);
                    dst.set(JAVA_LONG, OF, v.bits());
                }
                case F32 -> {
                    dst.set(JAVA_BYTE, 0, wasmtime_h.WASMTIME_F32);
                    dst.set(JAVA_INT, OF, (int) v.bits());
                }
                case F64 -> {
                    dst.set(JAVA_BYTE, 0, wasmtime_h.WASMTIME_F64);
                    dst.set(JAVA_LONG, OF, v.bits());
                }
            }
            return;
        }
        if (type == ValType.V128) {
            dst.set(JAVA_BYTE, 0, wasmtime_h.WASMTIME_V128);
            dst.set(JAVA_LONG, OF, v.bits());
            dst.set(JAVA_LONG, OF + 8, v.high());
            return;
        }
        Object ref = v.ref();
        RefFamily family = RefFamily.of((RefType) type, ref);
        dst.set(JAVA_BYTE, 0, family.valKind());
        dst.set(JAVA_LONG, OF, 0); // store_id 0: the null reference of every kind
        if (ref == null) {
            return;
        }
        switch (family) {
            case FUNC -> WasmtimeFunc.sameStore(store, ref).writeTo(dst.asSlice(OF, 16));
            case EXTERN -> ExternRefs.newRef(store, ref, dst.asSlice(OF, 24));
            case ANY, EXN -> throw new WasmException("backend " + WasmtimeBackend.NAME + " cannot pass " + ref
                    + " into wasm as a " + type);
        }
    }

    /** The value at {@code src}; {@code expected} (may be null) gives a reference's static type. */
    static Val read(WasmtimeStore store, MemorySegment src, ValType expected) {
        byte kind = src.get(JAVA_BYTE, 0);
        return switch (kind) {
            case wasmtime_h.WASMTIME_I32 -> Val.i32(src.get(JAVA_INT, OF));
            case wasmtime_h.WASMTIME_I64 -> Val.i64(src.get(JAVA_LONG, OF));
            case wasmtime_h.WASMTIME_F32 -> Val.f32Bits(src.get(JAVA_INT, OF));
            case wasmtime_h.WASMTIME_F64 -> Val.f64Bits(src.get(JAVA_LONG, OF));
            case wasmtime_h.WASMTIME_V128 -> Val.v128(src.get(JAVA_LONG, OF), src.get(JAVA_LONG, OF + 8));
            case wasmtime_h.WASMTIME_FUNCREF -> Val.ref(refType(expected, RefType.FUNCREF),
                    isNull(src) ? null : new WasmtimeFunc(store, src.get(JAVA_LONG, OF),
                            src.get(ADDRESS, OF + 8).address(), null));
            case wasmtime_h.WASMTIME_EXTERNREF -> Val.ref(refType(expected, RefType.EXTERNREF),
                    isNull(src) ? null : ExternRefs.objectOf(store, src.asSlice(OF, 24)));
            case wasmtime_h.WASMTIME_ANYREF -> Val.ref(refType(expected, RefType.ANYREF),
                    isNull(src) ? null : new GcReference("anyref"));
            case wasmtime_h.WASMTIME_EXNREF -> Val.ref(refType(expected, RefType.EXNREF),
                    isNull(src) ? null : new GcReference("exnref"));
            default -> throw new IllegalStateException("unknown wasmtime value kind " + kind);
        };
    }

    private static boolean isNull(MemorySegment src) {
        return src.get(JAVA_LONG, OF) == 0;
    }

    private static RefType refType(ValType expected, RefType fallback) {
        return expected instanceof RefType r ? r : fallback;
    }

    /** Unroots the value's reference if it is a rooted GC reference. */
    static void release(MemorySegment val) {
        byte kind = val.get(JAVA_BYTE, 0);
        if ((kind == wasmtime_h.WASMTIME_EXTERNREF || kind == wasmtime_h.WASMTIME_ANYREF
                || kind == wasmtime_h.WASMTIME_EXNREF) && !isNull(val)) {
            wasmtime_h.wasmtime_val_unroot(val);
        }
        val.set(JAVA_BYTE, 0, wasmtime_h.WASMTIME_I32);
    }
}
