package dev.wasm4j;

import java.util.Set;

/**
 * The immutable settings of an {@link Engine}, as a backend sees them.
 *
 * @param backend  the name of the backend chosen
 * @param features the WebAssembly features modules may use
 */
public record EngineConfig(String backend, Set<Feature> features) {
    public EngineConfig {
        java.util.Objects.requireNonNull(backend, "backend");
        features = Set.copyOf(features);
    }

    public boolean has(Feature feature) {
        return features.contains(feature);
    }
}
