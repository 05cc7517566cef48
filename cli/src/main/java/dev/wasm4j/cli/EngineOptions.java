package dev.wasm4j.cli;

import dev.wasm4j.Engine;
import dev.wasm4j.Feature;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** The options every command that compiles modules shares: backend and WebAssembly features. */
final class EngineOptions {
    @Option(names = "--backend", paramLabel = "NAME",
            description = "Backend to use (default: property wasm4j.backend, env WASM4J_BACKEND, else pure).")
    String backend;

    @Option(names = "--wasm3", description = "Enable every WebAssembly 3.0 feature.")
    boolean wasm3;

    @Option(names = {"-W", "--feature"}, paramLabel = "NAME[=on|off]",
            description = "Switch one feature on (or off with =off), e.g. -W tail-call -W simd=off.")
    List<String> features = new ArrayList<>();

    Engine.Builder builder() {
        Engine.Builder b = Engine.builder().backend(backend);
        if (wasm3) {
            b = b.features(Feature.WASM_3_0);
        }
        for (String f : features) {
            int eq = f.indexOf('=');
            String name = eq < 0 ? f : f.substring(0, eq);
            String value = eq < 0 ? "on" : f.substring(eq + 1);
            if (!value.equals("on") && !value.equals("off")) {
                throw new IllegalArgumentException("feature switch '" + f + "' must end in =on or =off");
            }
            b = b.feature(Feature.byName(name), value.equals("on"));
        }
        return b;
    }

    Engine engine() {
        return builder().build();
    }
}
