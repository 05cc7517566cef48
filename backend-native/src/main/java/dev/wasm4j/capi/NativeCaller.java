package dev.wasm4j.capi;

import dev.wasm4j.Caller;
import dev.wasm4j.Extern;
import dev.wasm4j.Store;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

/**
 * What a host function sees of its caller: the {@code wasmtime_caller_t} wasmtime passed, valid only during
 * that call (using it later throws rather than touching a dangling pointer).
 */
final class NativeCaller implements Caller {
    private final WasmtimeStore store;
    private final MemorySegment caller;
    private boolean valid = true;

    NativeCaller(WasmtimeStore store, MemorySegment caller) {
        this.store = store;
        this.caller = caller;
    }

    void invalidate() {
        valid = false;
    }

    @Override
    public Store<?> store() {
        return store.apiStore();
    }

    @Override
    public Optional<Extern> export(String name) {
        if (!valid) {
            throw new IllegalStateException("a Caller is only valid during the host function call it was given to");
        }
        if (caller.address() == 0) {
            return Optional.empty();
        }
        boolean claimed = store.enter();
        ScratchStack scratch = store.scratch();
        long mark = scratch.mark();
        try {
            byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
            MemorySegment nameBytes = scratch.allocate(Math.max(1, utf8.length));
            MemorySegment.copy(utf8, 0, nameBytes, JAVA_BYTE, 0, utf8.length);
            MemorySegment item = scratch.allocate(wasmtime_h.wasmtime_extern_t.byteSize());
            if (!wasmtime_h.wasmtime_caller_export_get(caller, nameBytes, utf8.length, item)) {
                return Optional.empty();
            }
            return Optional.of(NativeExterns.wrap(store, item, null));
        } finally {
            scratch.reset(mark);
            store.exit(claimed);
        }
    }
}
