package dev.wasm4j;

import java.util.EnumSet;
import java.util.Set;

/**
 * WebAssembly features an engine accepts. {@link #WASM_2_0} is the default; the 3.0 proposals and the
 * later ones are switched on one by one with {@link Engine.Builder#feature(Feature, boolean)}.
 */
public enum Feature {
    // Part of WebAssembly 2.0.
    MUTABLE_GLOBALS("mutable-globals"),
    SIGN_EXTENSION("sign-extension"),
    SATURATING_FLOAT_TO_INT("saturating-float-to-int"),
    MULTI_VALUE("multi-value"),
    BULK_MEMORY("bulk-memory"),
    REFERENCE_TYPES("reference-types"),
    SIMD("simd"),
    // Added by WebAssembly 3.0.
    EXTENDED_CONST("extended-const"),
    TAIL_CALL("tail-call"),
    EXCEPTIONS("exceptions"),
    LEGACY_EXCEPTIONS("legacy-exceptions"),
    MEMORY64("memory64"),
    MULTI_MEMORY("multi-memory"),
    FUNCTION_REFERENCES("function-references"),
    GC("gc"),
    RELAXED_SIMD("relaxed-simd"),
    // Proposals beyond 3.0.
    THREADS("threads"),
    WIDE_ARITHMETIC("wide-arithmetic"),
    CUSTOM_PAGE_SIZES("custom-page-sizes"),
    CUSTOM_DESCRIPTORS("custom-descriptors");

    /** The feature set of WebAssembly 2.0, the default of every engine. */
    public static final Set<Feature> WASM_2_0 = Set.copyOf(EnumSet.range(MUTABLE_GLOBALS, SIMD));
    /** The feature set of WebAssembly 3.0 (without the legacy exception instructions). */
    public static final Set<Feature> WASM_3_0 = Set.copyOf(EnumSet.complementOf(
            EnumSet.of(LEGACY_EXCEPTIONS, THREADS, WIDE_ARITHMETIC, CUSTOM_PAGE_SIZES, CUSTOM_DESCRIPTORS)));

    private final String specName;

    Feature(String specName) {
        this.specName = specName;
    }

    /** The proposal's usual name, as wasmtime and the spec repository spell it. */
    public String specName() {
        return specName;
    }

    /** Looks a feature up by its {@link #specName()} or enum name. */
    public static Feature byName(String name) {
        for (Feature f : values()) {
            if (f.specName.equals(name) || f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown feature '" + name + "'");
    }
}
