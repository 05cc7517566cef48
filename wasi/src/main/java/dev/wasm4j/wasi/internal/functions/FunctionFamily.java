package dev.wasm4j.wasi.internal.functions;

import dev.wasm4j.Caller;
import dev.wasm4j.Linker;
import dev.wasm4j.wasi.internal.GuestMemory;
import dev.wasm4j.wasi.internal.WasiState;

/** A group of related WASI functions: how they find their state and memory, and how they are linked. */
abstract class FunctionFamily {
    static final String MODULE = "wasi_snapshot_preview1";

    private final StateLookup lookup;

    FunctionFamily(StateLookup lookup) {
        this.lookup = lookup;
    }

    final WasiState state(Caller caller) {
        return lookup.of(caller);
    }

    static GuestMemory memory(Caller caller) {
        return GuestMemory.of(caller);
    }

    /** Defines this family's functions in {@code linker} under {@value #MODULE}. */
    abstract void register(Linker<?> linker);
}
