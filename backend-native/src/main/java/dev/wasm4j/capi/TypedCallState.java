package dev.wasm4j.capi;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.ADDRESS;

/**
 * What one typed view of a function reuses for every call: the function handle, the raw slots (arguments in,
 * results out) and the trap slot. A call reads the arguments when it enters wasm and writes the results when
 * it leaves, so even a nested call of the same view (through a host function) cannot mix them up. The buffers
 * are the view's own (an automatic arena), so views made and dropped in a long-lived store cost it nothing.
 */
final class TypedCallState {
    private final WasmtimeStore store;
    private final MemorySegment func;
    private final MemorySegment slots;
    private final MemorySegment trap;
    private final long count;

    TypedCallState(WasmtimeFunc f, int count) {
        this.store = f.store();
        Arena arena = Arena.ofAuto();
        this.func = arena.allocate(wasmtime_h.wasmtime_func_t);
        f.writeTo(func);
        this.slots = arena.allocate(RawValues.SLOT * count, 16);
        this.trap = arena.allocate(ADDRESS);
        this.count = count;
    }

    WasmtimeStore store() {
        return store;
    }

    MemorySegment slots() {
        return slots;
    }

    /** Calls the function with the arguments in the slots; the results are in the slots afterwards. */
    void invoke() {
        boolean claimed = store.enter();
        try {
            MemorySegment error = wasmtime_h.wasmtime_func_call_unchecked(store.context(), func, slots, count, trap);
            CallFailures.throwIfFailed(store, error, trap);
        } finally {
            store.exit(claimed);
        }
    }
}
