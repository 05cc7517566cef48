package dev.wasm4j.pure.internal.decode;

import dev.wasm4j.Feature;
import dev.wasm4j.UnsupportedFeatureException;

/** The error for a feature that is enabled but that this backend cannot validate yet. */
public final class Unsupported {
    private Unsupported() {
    }

    public static UnsupportedFeatureException feature(Feature feature) {
        return new UnsupportedFeatureException(feature.specName(),
                "feature " + feature.specName() + " is not supported by backend pure");
    }
}
