package dev.wasm4j.capi;

import dev.wasm4j.MemoryType;
import dev.wasm4j.WasmException;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * A {@code wasmtime_sharedmemory_t} (threads): a memory of the engine rather than of a store, which any store
 * of the engine may import and any thread may access at once. Its bytes never move, only grow. This object
 * owns one reference to it, dropped when the memory's segments are all unreachable.
 */
final class WasmtimeSharedMemory extends SegmentMemory implements WasmtimeExtern {
    private final WasmtimeStore store;
    private final MemorySegment memory;
    private final MemoryType type;
    /** The start of the bytes, in an automatic arena whose end frees the native memory reference. */
    private final MemorySegment base;
    private volatile MemorySegment data;

    private WasmtimeSharedMemory(WasmtimeStore store, MemorySegment memory, MemoryType type) {
        this.store = store;
        this.memory = memory;
        this.type = type;
        this.base = wasmtime_h.wasmtime_sharedmemory_data(memory).reinterpret(0, Arena.ofAuto(), null);
        // Registered on the scope, which every segment of these bytes keeps reachable while it is in use.
        NativeCleaner.register(base.scope(), () -> wasmtime_h.wasmtime_sharedmemory_delete(memory));
        this.data = base;
        refresh();
    }

    static WasmtimeSharedMemory create(WasmtimeStore store, MemorySegment nativeType, MemoryType type) {
        MemorySegment memory = store.engine().withEngine(engine -> {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment out = arena.allocate(ADDRESS);
                MemorySegment error = wasmtime_h.wasmtime_sharedmemory_new(engine, nativeType, out);
                if (NativeErrors.isError(error)) {
                    throw new WasmException("cannot create memory " + type + ": " + NativeErrors.takeMessage(error));
                }
                return out.get(ADDRESS, 0);
            }
        });
        return new WasmtimeSharedMemory(store, memory, type);
    }

    /** Takes over an owned {@code wasmtime_sharedmemory_t} (an export); {@code type} may be null. */
    static WasmtimeSharedMemory adopt(WasmtimeStore store, MemorySegment memory, MemoryType type) {
        if (type == null) {
            MemorySegment nativeType = wasmtime_h.wasmtime_sharedmemory_type(memory);
            try (NativeTypeReader reader = new NativeTypeReader()) {
                type = reader.memoryType(nativeType);
            } finally {
                wasm_h.wasm_memorytype_delete(nativeType);
            }
        }
        return new WasmtimeSharedMemory(store, memory, type);
    }

    @Override
    public WasmtimeStore store() {
        return store;
    }

    @Override
    public boolean usableIn(WasmtimeStore other) {
        return other.engine() == store.engine();
    }

    @Override
    public void writeExtern(MemorySegment externT) {
        externT.set(JAVA_BYTE, wasmtime_h.EXTERN_KIND, wasmtime_h.WASMTIME_EXTERN_SHAREDMEMORY);
        externT.set(ADDRESS, wasmtime_h.EXTERN_OF, memory); // borrowed: wasmtime clones it
    }

    @Override
    public MemoryType type() {
        return type;
    }

    @Override
    MemorySegment data(long address, long length) {
        MemorySegment d = data;
        // Another thread's wasm may have grown it: look again before calling an access out of bounds.
        return address >= 0 && length >= 0 && address + length <= d.byteSize() ? d : refresh();
    }

    private MemorySegment refresh() {
        MemorySegment d = base.reinterpret(wasmtime_h.wasmtime_sharedmemory_data_size(memory));
        data = d;
        return d;
    }

    @Override
    public long pages() {
        return wasmtime_h.wasmtime_sharedmemory_size(memory);
    }

    @Override
    public long byteSize() {
        return refresh().byteSize();
    }

    @Override
    public long grow(long deltaPages) {
        if (deltaPages < 0) {
            throw new IllegalArgumentException("negative delta " + deltaPages);
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment previous = arena.allocate(JAVA_LONG);
            MemorySegment error = wasmtime_h.wasmtime_sharedmemory_grow(memory, deltaPages, previous);
            if (NativeErrors.isError(error)) {
                NativeErrors.takeMessage(error);
                return -1;
            }
            return previous.get(JAVA_LONG, 0);
        }
    }

    @Override
    public String toString() {
        return "memory " + type + " (backend " + WasmtimeBackend.NAME + ")";
    }
}
