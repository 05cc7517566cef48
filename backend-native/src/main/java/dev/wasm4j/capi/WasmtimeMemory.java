package dev.wasm4j.capi;

import dev.wasm4j.MemoryType;
import dev.wasm4j.WasmException;

import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * A {@code wasmtime_memory_t}, read and written through a {@link MemorySegment} over wasmtime's memory data.
 * The data may move or grow whenever wasm runs or the memory grows, so the segment is re-read when the
 * store's generation changed since. The segment belongs to the store's arena: once the store is closed,
 * using it throws instead of touching freed memory.
 */
final class WasmtimeMemory extends SegmentMemory implements WasmtimeExtern {
    private final WasmtimeStore store;
    private final ExternHandle handle;
    private final MemoryType type;
    private MemorySegment data = MemorySegment.NULL;
    private long dataGeneration = -1;

    WasmtimeMemory(WasmtimeStore store, ExternHandle handle, MemoryType type) {
        this.store = store;
        this.handle = handle;
        this.type = type;
    }

    /** A new memory of {@code type}; a shared one lives in the engine ({@link WasmtimeSharedMemory}). */
    static SegmentMemory create(WasmtimeStore store, MemoryType type) {
        boolean claimed = store.enter();
        long mark = store.scratch().mark();
        try {
            MemorySegment typeOut = store.scratch().allocate(ADDRESS.byteSize());
            MemorySegment error = wasmtime_h.wasmtime_memorytype_new(type.minimum(), type.maximum().isPresent(),
                    type.maximum().orElse(0), type.memory64(), type.shared(), (byte) type.pageSizeLog2(), typeOut);
            if (NativeErrors.isError(error)) {
                throw new WasmException("invalid memory type " + type + ": " + NativeErrors.takeMessage(error));
            }
            MemorySegment memoryType = typeOut.get(ADDRESS, 0);
            if (type.shared()) {
                try {
                    return WasmtimeSharedMemory.create(store, memoryType, type);
                } finally {
                    wasm_h.wasm_memorytype_delete(memoryType);
                }
            }
            MemorySegment out = store.scratch().allocate(ExternHandle.SIZE);
            error = wasmtime_h.wasmtime_memory_new(store.context(), memoryType, out);
            wasm_h.wasm_memorytype_delete(memoryType);
            if (NativeErrors.isError(error)) {
                throw new WasmException("cannot create memory " + type + ": " + NativeErrors.takeMessage(error));
            }
            return new WasmtimeMemory(store, ExternHandle.read(out), type);
        } finally {
            store.scratch().reset(mark);
            store.exit(claimed);
        }
    }

    @Override
    public WasmtimeStore store() {
        return store;
    }

    @Override
    public void writeExtern(MemorySegment externT) {
        externT.set(JAVA_BYTE, wasmtime_h.EXTERN_KIND, wasmtime_h.WASMTIME_EXTERN_MEMORY);
        handle.write(externT.asSlice(wasmtime_h.EXTERN_OF, ExternHandle.SIZE));
    }

    @Override
    public MemoryType type() {
        return type;
    }

    @Override
    MemorySegment data(long address, long length) {
        return data();
    }

    /** The memory's bytes as they are now. */
    private MemorySegment data() {
        store.checkAccess();
        if (dataGeneration != store.generation()) {
            refresh();
        }
        return data;
    }

    private void refresh() {
        boolean claimed = store.enter();
        long mark = store.scratch().mark();
        try {
            MemorySegment memory = handle.inScratch(store);
            MemorySegment base = wasmtime_h.wasmtime_memory_data(store.context(), memory);
            long size = wasmtime_h.wasmtime_memory_data_size(store.context(), memory);
            data = base.reinterpret(size, store.arena(), null);
        } finally {
            store.scratch().reset(mark);
            store.exit(claimed);
        }
        dataGeneration = store.generation();
    }

    @Override
    public long pages() {
        return byteSize() >>> type.pageSizeLog2();
    }

    @Override
    public long byteSize() {
        return data().byteSize();
    }

    @Override
    public long grow(long deltaPages) {
        if (deltaPages < 0) {
            throw new IllegalArgumentException("negative delta " + deltaPages);
        }
        boolean claimed = store.enter();
        long mark = store.scratch().mark();
        try {
            MemorySegment previous = store.scratch().allocate(JAVA_LONG.byteSize());
            MemorySegment error = wasmtime_h.wasmtime_memory_grow(store.context(), handle.inScratch(store),
                    deltaPages, previous);
            if (NativeErrors.isError(error)) {
                NativeErrors.takeMessage(error);
                return -1;
            }
            return previous.get(JAVA_LONG, 0);
        } finally {
            store.scratch().reset(mark);
            store.exit(claimed); // bumps the generation: the data is read again
        }
    }

    @Override
    public String toString() {
        return "memory " + type + " (backend " + WasmtimeBackend.NAME + ")";
    }
}
