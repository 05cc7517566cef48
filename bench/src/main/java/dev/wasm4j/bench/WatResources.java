package dev.wasm4j.bench;

import dev.wasm4j.Module;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The benchmark modules, kept as readable WAT resources and encoded by wasm4j's text module for every runtime. */
final class WatResources {
    private WatResources() {
    }

    static byte[] binary(String name) {
        try (InputStream in = WatResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no benchmark module " + name);
            }
            return Module.textToBinary(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
