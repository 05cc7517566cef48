package dev.wasm4j.wasi.internal.functions;

import dev.wasm4j.Caller;
import dev.wasm4j.wasi.internal.WasiState;

/** Finds the WASI state of the store a call comes from. */
@FunctionalInterface
public interface StateLookup {
    WasiState of(Caller caller);
}
