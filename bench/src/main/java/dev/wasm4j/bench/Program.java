package dev.wasm4j.bench;

import dev.wasm4j.BackendInfo;
import dev.wasm4j.Engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/**
 * A benchmark module instantiated on one runtime, its exports seen as plain Java functional interfaces, so
 * one benchmark method serves every runtime. JMH runs each runtime in its own fork, so the interface call
 * site stays monomorphic there and costs nothing once inlined.
 */
public interface Program extends AutoCloseable {
    /** wasm4j's pure backend, called through typed views ({@code Func.typed}). */
    String PURE = "pure";
    /** wasm4j's pure backend, called through dynamic calls ({@code Func.call(Val...)}). */
    String PURE_DYNAMIC = "pure-dynamic";
    /** wasm4j's wasmtime backend (wasmtime's C API through Panama, JDK 22+), called through typed views. */
    String WASMTIME = "wasmtime";
    /** Chicory's bytecode compiler, called through its export functions. */
    String CHICORY = "chicory";

    /**
     * For every benchmark's forks ({@code @Fork(jvmArgsAppend = ...)}): backend wasmtime makes downcalls,
     * which JDK 22+ warns about without it. JDK 17 accepts the option too.
     */
    String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

    /** The exported memory every benchmark module that has one exports. */
    String MEMORY_EXPORT = "memory";

    /** Loads {@code watResource} (next to this class) on {@code runtime}, one of the constants above. */
    static Program load(String runtime, String watResource) {
        byte[] wasm = WatResources.binary(watResource);
        switch (runtime) {
            case PURE:
                return new Wasm4jProgram(wasm, "pure", false);
            case PURE_DYNAMIC:
                return new Wasm4jProgram(wasm, "pure", true);
            case WASMTIME:
                return new Wasm4jProgram(wasm, "wasmtime", false);
            case CHICORY:
                return new ChicoryProgram(wasm);
            default:
                throw new IllegalArgumentException("unknown runtime " + runtime);
        }
    }

    /**
     * The runtimes this JVM cannot run, with why: wasmtime needs JDK 22+ (the bench puts backend-native on
     * the class path only there) and its native library. Pure and Chicory run everywhere.
     */
    static Map<String, String> unavailableRuntimes() {
        Map<String, String> missing = new LinkedHashMap<>();
        BackendInfo wasmtime = Engine.backends().stream()
                .filter(b -> b.name().equals(WASMTIME))
                .findFirst()
                .orElse(null);
        if (wasmtime == null) {
            missing.put(WASMTIME, "no backend " + WASMTIME + " on the class path (the bench adds it when built on"
                    + " JDK 22+); backends here, on JDK " + Runtime.version().feature() + ": " + Engine.backends());
        } else if (!wasmtime.available()) {
            missing.put(WASMTIME, wasmtime.unavailableReason().orElseThrow());
        }
        return missing;
    }

    /** The export {@code name} of type {@code (i32) -> i32}. */
    IntUnaryOperator intToInt(String name);

    /** The export {@code name} of type {@code (i32, i32) -> i32}. */
    IntBinaryOperator intIntToInt(String name);

    /** Copies {@code bytes} into the exported memory at {@code address}. */
    void writeMemory(int address, byte[] bytes);

    @Override
    void close();
}
