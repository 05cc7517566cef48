package dev.wasm4j.spi;

import dev.wasm4j.CompileException;
import dev.wasm4j.Store;

/** A backend's engine: compiles modules under one {@link dev.wasm4j.EngineConfig}. */
public interface BackendEngine extends AutoCloseable {
    /** Decodes, validates and prepares a module; throws the matching {@link CompileException}. */
    BackendModule compile(byte[] wasm);

    /** Decodes and validates only; throws the matching {@link CompileException}. */
    void validate(byte[] wasm);

    /**
     * Loads what {@link BackendModule#serialize()} wrote, with this backend at this version.
     *
     * @throws CompileException when the bytes are not such a module
     */
    BackendModule deserialize(byte[] serialized);

    /** See {@link dev.wasm4j.Engine#incrementEpoch}: any thread may call it. */
    void incrementEpoch();

    /** Creates the backend's state for a new store. */
    BackendStore newStore(Store<?> store);

    @Override
    default void close() {
    }
}
