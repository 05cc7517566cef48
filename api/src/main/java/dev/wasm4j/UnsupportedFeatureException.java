package dev.wasm4j;

/** The module is well-formed but uses a feature that is disabled in the engine or that the backend lacks. */
public class UnsupportedFeatureException extends CompileException {
    private final String feature;

    public UnsupportedFeatureException(String feature, String message) {
        super(message);
        this.feature = feature;
    }

    public String feature() {
        return feature;
    }
}
