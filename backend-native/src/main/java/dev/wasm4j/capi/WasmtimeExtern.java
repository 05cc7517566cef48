package dev.wasm4j.capi;

import dev.wasm4j.Extern;

import java.lang.foreign.MemorySegment;

/** An extern that lives in a wasmtime store and can be passed back to it as a {@code wasmtime_extern_t}. */
interface WasmtimeExtern extends Extern {
    WasmtimeStore store();

    /** Whether {@code other} may use this extern: only its own store, except for engine-wide objects. */
    default boolean usableIn(WasmtimeStore other) {
        return store() == other;
    }

    /** Writes this extern as a {@code wasmtime_extern_t} (kind byte, then the handle at offset 8). */
    void writeExtern(MemorySegment externT);
}
