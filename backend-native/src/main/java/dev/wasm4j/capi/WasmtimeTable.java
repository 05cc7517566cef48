package dev.wasm4j.capi;

import dev.wasm4j.RefType;
import dev.wasm4j.Table;
import dev.wasm4j.TableType;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;
import dev.wasm4j.WasmException;

import java.lang.foreign.MemorySegment;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/** A {@code wasmtime_table_t}; elements go through {@code wasmtime_val_t}s in the store's scratch memory. */
final class WasmtimeTable implements Table, WasmtimeExtern {
    private final WasmtimeStore store;
    private final ExternHandle handle;
    private final TableType type;

    WasmtimeTable(WasmtimeStore store, ExternHandle handle, TableType type) {
        this.store = store;
        this.handle = handle;
        this.type = type;
    }

    static WasmtimeTable create(WasmtimeStore store, TableType type, Val init) {
        if (type.table64() || type.minimum() > 0xFFFF_FFFFL || type.maximum().orElse(0) > 0xFFFF_FFFFL) {
            throw new WasmException("backend " + WasmtimeBackend.NAME + " cannot create " + type
                    + ": the C API makes tables with 32-bit limits only");
        }
        checkElement(type, init);
        boolean claimed = store.enter();
        long mark = store.scratch().mark();
        try {
            MemorySegment limits = store.scratch().allocate(wasm_h.wasm_limits_t.byteSize());
            limits.set(JAVA_INT, 0, (int) type.minimum());
            limits.set(JAVA_INT, 4, (int) type.maximum().orElse(0xFFFF_FFFFL));
            MemorySegment tableType = wasm_h.wasm_tabletype_new(NativeTypeBuilder.valType(type.elementType()), limits);
            MemorySegment value = store.scratch().allocate(ValCodec.SIZE);
            MemorySegment out = store.scratch().allocate(ExternHandle.SIZE);
            MemorySegment error;
            try {
                ValCodec.write(store, init, value);
                error = wasmtime_h.wasmtime_table_new(store.context(), tableType, value, out);
            } finally {
                ValCodec.release(value);
                wasm_h.wasm_tabletype_delete(tableType);
            }
            if (NativeErrors.isError(error)) {
                throw new WasmException("cannot create table " + type + ": " + NativeErrors.takeMessage(error));
            }
            return new WasmtimeTable(store, ExternHandle.read(out), type);
        } finally {
            store.scratch().reset(mark);
            store.exit(claimed);
        }
    }

    private static void checkElement(TableType type, Val value) {
        RefType element = type.elementType();
        if (value == null || !(value.type() instanceof RefType) || value.ref() == null && !element.nullable()) {
            throw new WasmException(value + " is not a value of the table's element type " + element);
        }
    }

    @Override
    public WasmtimeStore store() {
        return store;
    }

    @Override
    public void writeExtern(MemorySegment externT) {
        externT.set(JAVA_BYTE, wasmtime_h.EXTERN_KIND, wasmtime_h.WASMTIME_EXTERN_TABLE);
        handle.write(externT.asSlice(wasmtime_h.EXTERN_OF, ExternHandle.SIZE));
    }

    @Override
    public TableType type() {
        return type;
    }

    @Override
    public long size() {
        boolean claimed = store.enter();
        long mark = store.scratch().mark();
        try {
            return wasmtime_h.wasmtime_table_size(store.context(), handle.inScratch(store));
        } finally {
            store.scratch().reset(mark);
            store.exit(claimed);
        }
    }

    @Override
    public Val get(long index) {
        boolean claimed = store.enter();
        long mark = store.scratch().mark();
        try {
            MemorySegment value = store.scratch().allocate(ValCodec.SIZE);
            if (!wasmtime_h.wasmtime_table_get(store.context(), handle.inScratch(store), index, value)) {
                throw new Trap(TrapCode.TABLE_OUT_OF_BOUNDS, List.of());
            }
            try {
                return ValCodec.read(store, value, type.elementType());
            } finally {
                ValCodec.release(value);
            }
        } finally {
            store.scratch().reset(mark);
            store.exit(claimed);
        }
    }

    @Override
    public void set(long index, Val value) {
        checkElement(type, value);
        boolean claimed = store.enter();
        long mark = store.scratch().mark();
        try {
            MemorySegment table = handle.inScratch(store);
            if (index < 0 || index >= wasmtime_h.wasmtime_table_size(store.context(), table)) {
                throw new Trap(TrapCode.TABLE_OUT_OF_BOUNDS, List.of());
            }
            MemorySegment val = store.scratch().allocate(ValCodec.SIZE);
            MemorySegment error;
            try {
                ValCodec.write(store, value, val);
                error = wasmtime_h.wasmtime_table_set(store.context(), table, index, val);
            } finally {
                ValCodec.release(val);
            }
            if (NativeErrors.isError(error)) {
                throw new WasmException("cannot set table element " + index + " to " + value + ": "
                        + NativeErrors.takeMessage(error));
            }
        } finally {
            store.scratch().reset(mark);
            store.exit(claimed);
        }
    }

    @Override
    public long grow(long delta, Val init) {
        checkElement(type, init);
        boolean claimed = store.enter();
        long mark = store.scratch().mark();
        try {
            MemorySegment val = store.scratch().allocate(ValCodec.SIZE);
            MemorySegment previous = store.scratch().allocate(JAVA_LONG.byteSize());
            MemorySegment error;
            try {
                ValCodec.write(store, init, val);
                error = wasmtime_h.wasmtime_table_grow(store.context(), handle.inScratch(store), delta, val, previous);
            } finally {
                ValCodec.release(val);
            }
            if (NativeErrors.isError(error)) {
                NativeErrors.takeMessage(error);
                return -1;
            }
            return previous.get(JAVA_LONG, 0);
        } finally {
            store.scratch().reset(mark);
            store.exit(claimed);
        }
    }

    @Override
    public String toString() {
        return "table " + type + " (backend " + WasmtimeBackend.NAME + ")";
    }
}
