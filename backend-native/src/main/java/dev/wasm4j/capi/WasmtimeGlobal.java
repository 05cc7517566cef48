package dev.wasm4j.capi;

import dev.wasm4j.Global;
import dev.wasm4j.GlobalType;
import dev.wasm4j.RefType;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;
import dev.wasm4j.WasmException;

import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

/** A {@code wasmtime_global_t}. */
final class WasmtimeGlobal implements Global, WasmtimeExtern {
    private final WasmtimeStore store;
    private final ExternHandle handle;
    private final GlobalType type;

    WasmtimeGlobal(WasmtimeStore store, ExternHandle handle, GlobalType type) {
        this.store = store;
        this.handle = handle;
        this.type = type;
    }

    static WasmtimeGlobal create(WasmtimeStore store, GlobalType type, Val value) {
        checkValue(type.type(), value);
        boolean claimed = store.enter();
        long mark = store.scratch().mark();
        try {
            MemorySegment globalType = wasm_h.wasm_globaltype_new(NativeTypeBuilder.valType(type.type()),
                    type.mutable() ? wasm_h.WASM_VAR : wasm_h.WASM_CONST);
            MemorySegment val = store.scratch().allocate(ValCodec.SIZE);
            MemorySegment out = store.scratch().allocate(ExternHandle.SIZE);
            MemorySegment error;
            try {
                ValCodec.write(store, value, val);
                error = wasmtime_h.wasmtime_global_new(store.context(), globalType, val, out);
            } finally {
                ValCodec.release(val);
                wasm_h.wasm_globaltype_delete(globalType);
            }
            if (NativeErrors.isError(error)) {
                throw new WasmException("cannot create global " + type + " = " + value + ": "
                        + NativeErrors.takeMessage(error));
            }
            return new WasmtimeGlobal(store, ExternHandle.read(out), type);
        } finally {
            store.scratch().reset(mark);
            store.exit(claimed);
        }
    }

    private static void checkValue(ValType type, Val value) {
        boolean fits = value != null && (type instanceof RefType r
                ? value.type() instanceof RefType && (value.ref() != null || r.nullable())
                : value.type() == type);
        if (!fits) {
            throw new WasmException(value + " is not a value of type " + type);
        }
    }

    @Override
    public WasmtimeStore store() {
        return store;
    }

    @Override
    public void writeExtern(MemorySegment externT) {
        externT.set(JAVA_BYTE, wasmtime_h.EXTERN_KIND, wasmtime_h.WASMTIME_EXTERN_GLOBAL);
        handle.write(externT.asSlice(wasmtime_h.EXTERN_OF, ExternHandle.SIZE));
    }

    @Override
    public GlobalType type() {
        return type;
    }

    @Override
    public Val get() {
        boolean claimed = store.enter();
        long mark = store.scratch().mark();
        try {
            MemorySegment val = store.scratch().allocate(ValCodec.SIZE);
            wasmtime_h.wasmtime_global_get(store.context(), handle.inScratch(store), val);
            try {
                return ValCodec.read(store, val, type.type());
            } finally {
                ValCodec.release(val);
            }
        } finally {
            store.scratch().reset(mark);
            store.exit(claimed);
        }
    }

    @Override
    public void set(Val value) {
        if (!type.mutable()) {
            throw new WasmException("cannot set an immutable global " + type);
        }
        checkValue(type.type(), value);
        boolean claimed = store.enter();
        long mark = store.scratch().mark();
        try {
            MemorySegment val = store.scratch().allocate(ValCodec.SIZE);
            MemorySegment error;
            try {
                ValCodec.write(store, value, val);
                error = wasmtime_h.wasmtime_global_set(store.context(), handle.inScratch(store), val);
            } finally {
                ValCodec.release(val);
            }
            if (NativeErrors.isError(error)) {
                throw new WasmException("cannot set global " + type + " to " + value + ": "
                        + NativeErrors.takeMessage(error));
            }
        } finally {
            store.scratch().reset(mark);
            store.exit(claimed);
        }
    }

    @Override
    public String toString() {
        return "global " + type + " (backend " + WasmtimeBackend.NAME + ")";
    }
}
