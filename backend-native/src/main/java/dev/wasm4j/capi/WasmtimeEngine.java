package dev.wasm4j.capi;

import dev.wasm4j.EngineConfig;
import dev.wasm4j.Store;
import dev.wasm4j.spi.BackendEngine;
import dev.wasm4j.spi.BackendModule;
import dev.wasm4j.spi.BackendStore;

import java.lang.foreign.MemorySegment;
import java.util.function.Function;

/**
 * A {@code wasm_engine_t} configured from the {@link EngineConfig}. Shared and thread-safe, as wasmtime's
 * engine is. Modules and stores hold their own reference to the native engine, so closing this one only
 * stops new compilations and stores.
 */
final class WasmtimeEngine implements BackendEngine {
    private final EngineFeatures features;
    private final SharedHandle engine;

    WasmtimeEngine(EngineConfig config) {
        this.features = EngineFeatures.of(config);
        this.engine = new SharedHandle(wasm_h.wasm_engine_new_with_config(features.newConfig()),
                wasm_h::wasm_engine_delete, "engine");
        NativeCleaner.register(this, engine.cleanup());
    }

    EngineFeatures features() {
        return features;
    }

    /** Runs {@code use} with the native engine, which stays valid until it returns. */
    <T> T withEngine(Function<MemorySegment, T> use) {
        MemorySegment pointer = engine.acquire();
        try {
            return use.apply(pointer);
        } finally {
            engine.release();
        }
    }

    @Override
    public BackendModule compile(byte[] wasm) {
        return WasmtimeModule.compile(this, wasm);
    }

    @Override
    public BackendModule deserialize(byte[] serialized) {
        return WasmtimeModule.deserialize(this, serialized);
    }

    @Override
    public void validate(byte[] wasm) {
        WasmtimeModule.validate(this, wasm);
    }

    /** wasmtime's epoch is an atomic counter of the engine: no lock, any thread, even while stores run. */
    @Override
    public void incrementEpoch() {
        withEngine(pointer -> {
            wasmtime_h.wasmtime_engine_increment_epoch(pointer);
            return null;
        });
    }

    @Override
    public BackendStore newStore(Store<?> store) {
        return withEngine(pointer -> new WasmtimeStore(this, pointer, store));
    }

    @Override
    public void close() {
        engine.close();
    }
}
