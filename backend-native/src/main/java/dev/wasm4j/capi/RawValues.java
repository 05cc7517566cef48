package dev.wasm4j.capi;

import dev.wasm4j.NumType;
import dev.wasm4j.RefType;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;

import java.lang.foreign.MemorySegment;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Values in {@code wasmtime_val_raw_t} slots (16 bytes each), the untagged form of unchecked calls and host
 * callbacks. Only the types whose every value is valid for them pass this way ({@link #isRawType}): numbers,
 * v128, and nullable funcref and externref; the others need the checked, typed path.
 *
 * <p>An externref becomes a raw value through a rooted reference that is unrooted at once: turning it raw
 * exposes it to wasm's GC, which keeps it alive until the next collection, and nothing between here and wasm
 * receiving it collects.
 */
final class RawValues {
    static final long SLOT = 16;

    private RawValues() {
    }

    static boolean isRawType(ValType t) {
        return t instanceof NumType || t == ValType.V128 || RefType.FUNCREF.equals(t) || RefType.EXTERNREF.equals(t);
    }

    static boolean allRaw(List<ValType> types) {
        for (ValType t : types) {
            if (!isRawType(t)) {
                return false;
            }
        }
        return true;
    }

    static Val read(WasmtimeStore store, MemorySegment slots, int index, ValType type) {
        long offset = index * SLOT;
        if (type instanceof NumType n) {
            return switch (n) {
                case I32 -> Val.i32(slots.get(JAVA_INT, offset));
                case I64 -> Val.i64(slots.get(JAVA_LONG, offset));
                case F32 -> Val.f32Bits(slots.get(JAVA_INT, offset));
                case F64 -> Val.f64Bits(slots.get(JAVA_LONG, offset));
            };
        }
        if (type == ValType.V128) {
            return Val.v128(slots.get(JAVA_LONG, offset), slots.get(JAVA_LONG, offset + 8));
        }
        RefType ref = (RefType) type;
        return Val.ref(ref, ref.equals(RefType.FUNCREF) ? readFuncRef(store, slots, offset)
                : readExternRef(store, slots, offset));
    }

    static void write(WasmtimeStore store, MemorySegment slots, int index, ValType type, Val v) {
        long offset = index * SLOT;
        if (type instanceof NumType n) {
            switch (n) {
                case I32, F32 -> slots.set(JAVA_INT, offset, (int) v.bits());
                case I64, F64 -> slots.set(JAVA_LONG, offset, v.bits());
            }
            return;
        }
        if (type == ValType.V128) {
            slots.set(JAVA_LONG, offset, v.bits());
            slots.set(JAVA_LONG, offset + 8, v.high());
            return;
        }
        if (RefType.FUNCREF.equals(type)) {
            writeFuncRef(store, slots, offset, v.ref());
        } else {
            writeExternRef(store, slots, offset, v.ref());
        }
    }

    static Object readFuncRef(WasmtimeStore store, MemorySegment slots, long offset) {
        store.checkAccess(); // before touching a store that may be closed
        MemorySegment raw = slots.get(ADDRESS, offset);
        if (raw.address() == 0) {
            return null;
        }
        MemorySegment func = store.conversionBuffer();
        wasmtime_h.wasmtime_func_from_raw(store.context(), raw, func);
        return new WasmtimeFunc(store, func.get(JAVA_LONG, 0), func.get(JAVA_LONG, 8), null);
    }

    static void writeFuncRef(WasmtimeStore store, MemorySegment slots, long offset, Object ref) {
        store.checkAccess();
        if (ref == null) {
            slots.set(JAVA_LONG, offset, 0);
            return;
        }
        MemorySegment func = store.conversionBuffer();
        WasmtimeFunc.sameStore(store, ref).writeTo(func);
        slots.set(ADDRESS, offset, wasmtime_h.wasmtime_func_to_raw(store.context(), func));
    }

    static Object readExternRef(WasmtimeStore store, MemorySegment slots, long offset) {
        store.checkAccess();
        int raw = slots.get(JAVA_INT, offset);
        if (raw == 0) {
            return null;
        }
        MemorySegment ref = store.conversionBuffer();
        wasmtime_h.wasmtime_externref_from_raw(store.context(), raw, ref);
        try {
            return ExternRefs.objectOf(store, ref);
        } finally {
            wasmtime_h.wasmtime_externref_unroot(ref);
        }
    }

    static void writeExternRef(WasmtimeStore store, MemorySegment slots, long offset, Object ref) {
        store.checkAccess();
        if (ref == null) {
            slots.set(JAVA_LONG, offset, 0);
            return;
        }
        MemorySegment rooted = store.conversionBuffer();
        ExternRefs.newRef(store, ref, rooted);
        int raw = wasmtime_h.wasmtime_externref_to_raw(store.context(), rooted);
        wasmtime_h.wasmtime_externref_unroot(rooted);
        slots.set(JAVA_LONG, offset, Integer.toUnsignedLong(raw));
    }
}
