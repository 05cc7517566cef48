package dev.wasm4j.pure.internal.validate;

import dev.wasm4j.Feature;
import dev.wasm4j.InvalidModuleException;

import java.util.Set;

/**
 * Validation error wording, as the spec test suite spells it. Where WebAssembly 3.0's reference
 * interpreter reworded a message, the 3.0 wording is used as soon as any feature beyond 2.0 is on.
 */
final class Messages {
    private final boolean wasm3;

    Messages(Set<Feature> features) {
        this.wasm3 = !Feature.WASM_2_0.containsAll(features);
    }

    static InvalidModuleException invalid(int functionIndex, long offset, String reason) {
        return new InvalidModuleException(functionIndex, offset, reason);
    }

    String immutableGlobal() {
        return wasm3 ? "immutable global" : "global is immutable";
    }

    static String unknown(String what, long index) {
        return "unknown " + what + " " + index;
    }
}
