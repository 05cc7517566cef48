package dev.wasm4j;

import java.util.Set;

/**
 * The immutable settings of an {@link Engine}, as a backend sees them.
 *
 * @param backend      the name of the backend chosen
 * @param features     the WebAssembly features modules may use
 * @param maxWasmStack the most stack, in bytes, wasm code may use before it traps with
 *                     {@link TrapCode#STACK_EXHAUSTED}; 0 leaves it to the backend
 * @param consumeFuel  whether wasm code consumes fuel (see {@link Store#setFuel}); compiled in only then
 * @param epochInterruption whether wasm code checks its store's epoch deadline (see
 *                     {@link Store#setEpochDeadline}, {@link Engine#incrementEpoch}); compiled in only then
 */
public record EngineConfig(String backend, Set<Feature> features, long maxWasmStack, boolean consumeFuel,
                           boolean epochInterruption) {
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

    /** Settings without fuel and epoch interruption. */
    public EngineConfig(String backend, Set<Feature> features, long maxWasmStack) {
        this(backend, features, maxWasmStack, false, false);
    }

    public boolean has(Feature feature) {
        return features.contains(feature);
    }
}
