package dev.wasm4j.capi;

import dev.wasm4j.EngineConfig;
import dev.wasm4j.spi.Backend;
import dev.wasm4j.spi.BackendEngine;

import java.util.Optional;

/**
 * The {@code wasmtime} backend: wasmtime's C API, loaded from the library {@link WasmtimeLibrary} finds and
 * called through Panama. Available when that library is there and has the layouts the bindings assume.
 */
public final class WasmtimeBackend implements Backend {
    public static final String NAME = "wasmtime";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> unavailableReason() {
        return Availability.REASON;
    }

    @Override
    public BackendEngine newEngine(EngineConfig config) {
        Availability.REASON.ifPresent(reason -> {
            throw new IllegalStateException("backend " + NAME + " is not available: " + reason);
        });
        return new WasmtimeEngine(config);
    }

    /** Computed once: finding, loading and checking the library. */
    private static final class Availability {
        static final Optional<String> REASON = compute();

        private static Optional<String> compute() {
            WasmtimeLibrary.Location location = WasmtimeLibrary.locate();
            if (location.path().isEmpty()) {
                return Optional.of(location.notFoundMessage());
            }
            try {
                WasmtimeLibrary.symbols();
            } catch (RuntimeException | LinkageError e) {
                return Optional.of("cannot load " + location.path().get() + ": " + e.getMessage()
                        + " (reinstall it with " + WasmtimeLibrary.INSTALL_COMMAND + ")");
            }
            try {
                return LayoutCheck.problems().map(p -> location.path().get() + " does not fit the bindings (written"
                        + " for wasmtime " + WasmtimeLibrary.VERSION + "): " + p + "; install the pinned version with "
                        + WasmtimeLibrary.INSTALL_COMMAND);
            } catch (RuntimeException | LinkageError e) {
                return Optional.of(location.path().get() + " does not fit the bindings (written for wasmtime "
                        + WasmtimeLibrary.VERSION + "): " + e);
            }
        }
    }
}
