package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.pure.internal.decode.CodeReader;

/** Emits the JVM code of one wasm instruction; {@code r} is positioned on it with its immediates read. */
@FunctionalInterface
interface InstructionEmitter {
    void emit(FunctionCompiler c, CodeReader r);
}
