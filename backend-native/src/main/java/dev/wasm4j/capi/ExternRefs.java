package dev.wasm4j.capi;

import dev.wasm4j.WasmException;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;

/**
 * The Java objects behind externrefs. An externref's host data is a handle into a process-wide table;
 * wasmtime calls the finalizer when its GC drops the externref (or its store is deleted), which frees the
 * handle. Passing the same object twice makes two externrefs that both lead back to it.
 */
final class ExternRefs {
    private static final HandleTable<Object> OBJECTS = new HandleTable<>();
    private static final MemorySegment FINALIZER = Upcalls.stub(MethodHandles.lookup(), "finalizeData",
            wasmtime_h.finalizer_t);

    private ExternRefs() {
    }

    /** Writes a new rooted {@code wasmtime_externref_t} for {@code object} to {@code out} (24 bytes). */
    static void newRef(WasmtimeStore store, Object object, MemorySegment out) {
        long handle = OBJECTS.add(object);
        // On failure wasmtime has already run the finalizer, which freed the handle.
        if (!wasmtime_h.wasmtime_externref_new(store.context(), MemorySegment.ofAddress(handle), FINALIZER, out)) {
            throw new WasmException("wasmtime could not allocate an externref (its GC heap is full)");
        }
    }

    /** The object of a non-null {@code wasmtime_externref_t}. */
    static Object objectOf(WasmtimeStore store, MemorySegment ref) {
        MemorySegment data = wasmtime_h.wasmtime_externref_data(store.context(), ref);
        if (data.address() == 0) {
            // Made by wasm (extern.convert_any), not by the host: it has no host data.
            return new GcReference("externref");
        }
        return OBJECTS.get(data.address());
    }

    /** For tests: how many objects externrefs keep alive. */
    static int liveCount() {
        return OBJECTS.size();
    }

    @SuppressWarnings("unused") // the upcall stub's target
    private static void finalizeData(MemorySegment data) {
        OBJECTS.remove(data.address());
    }
}
