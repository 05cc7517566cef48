package dev.wasm4j.pure.internal.decode;

import dev.wasm4j.Feature;
import dev.wasm4j.pure.internal.model.WasmModule;

import java.util.Set;

/** What the section decoders share: the input, the enabled features and the module being built. */
final class DecodeContext {
    final byte[] bytes;
    final ByteReader in;
    final Set<Feature> features;
    final TypeReader types;
    final WasmModule.Builder module;

    DecodeContext(byte[] bytes, ByteReader in, Set<Feature> features, WasmModule.Builder module) {
        this.bytes = bytes;
        this.in = in;
        this.features = features;
        this.types = new TypeReader(features);
        this.module = module;
    }

    boolean has(Feature feature) {
        return features.contains(feature);
    }

    /** A vector's element count. Capacity hints derived from it must stay small: it is unchecked. */
    int readCount() {
        return in.readIndex();
    }

    static int capacityHint(int count) {
        return Math.min(count, 1024);
    }
}
