package dev.wasm4j.pure;

import dev.wasm4j.EngineConfig;
import dev.wasm4j.spi.Backend;
import dev.wasm4j.spi.BackendEngine;

import java.util.Optional;

/** The pure-Java backend: needs nothing but the JVM, so it is always available. */
public final class PureBackend implements Backend {
    public static final String NAME = "pure";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.empty();
    }

    @Override
    public BackendEngine newEngine(EngineConfig config) {
        return new PureEngine(config);
    }
}
