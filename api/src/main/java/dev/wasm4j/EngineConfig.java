package dev.wasm4j;

import java.util.Set;

/**
 * The immutable settings of an {@link Engine}, as a backend sees them.
 *
 * @param backend      the name of the backend chosen
 * @param features     the WebAssembly features modules may use
 * @param maxWasmStack the most stack, in bytes, wasm code may use before it traps with
 *                     {@link TrapCode#STACK_EXHAUSTED}; 0 leaves it to the backend
 */
public record EngineConfig(String backend, Set<Feature> features, long maxWasmStack) {
    public EngineConfig {
        java.util.Objects.requireNonNull(backend, "backend");
        features = Set.copyOf(features);
        if (maxWasmStack < 0) {
            throw new IllegalArgumentException("maxWasmStack must not be negative: " + maxWasmStack);
        }
    }

    /** Settings with the backend's default stack limit. */
    public EngineConfig(String backend, Set<Feature> features) {
        this(backend, features, 0);
    }

    public boolean has(Feature feature) {
        return features.contains(feature);
    }
}
