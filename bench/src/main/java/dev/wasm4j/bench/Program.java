package dev.wasm4j.bench;

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
    /** Chicory's bytecode compiler, called through its export functions. */
    String CHICORY = "chicory";

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
            case CHICORY:
                return new ChicoryProgram(wasm);
            default:
                throw new IllegalArgumentException("unknown runtime " + runtime);
        }
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
