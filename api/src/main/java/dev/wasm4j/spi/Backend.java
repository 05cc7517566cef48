package dev.wasm4j.spi;

import dev.wasm4j.EngineConfig;

import java.util.Optional;

/**
 * A WebAssembly implementation behind the public API, found with {@link java.util.ServiceLoader}.
 * Implementations need a public no-argument constructor that does no expensive work: loading native
 * code and the like belongs in {@link #unavailableReason()} or {@link #newEngine(EngineConfig)}.
 */
public interface Backend {
    /** The name users select the backend by ({@code pure}, {@code wasmtime}, ...). */
    String name();

    /** Empty when the backend can be used here; otherwise why not and how to fix it. */
    Optional<String> unavailableReason();

    /** Creates the backend's engine for the given settings. Called only when available. */
    BackendEngine newEngine(EngineConfig config);
}
