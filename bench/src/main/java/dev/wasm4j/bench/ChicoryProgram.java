package dev.wasm4j.bench;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/**
 * A benchmark module on Chicory in its fastest configuration: its bytecode compiler (not the interpreter)
 * and its {@code byte[]} memory (the default is a slower {@code ByteBuffer} one).
 */
final class ChicoryProgram implements Program {
    private final Instance instance;

    ChicoryProgram(byte[] wasm) {
        WasmModule module = Parser.parse(wasm);
        this.instance = Instance.builder(module)
                .withMachineFactory(MachineFactoryCompiler.compile(module))
                .withMemoryFactory(ByteArrayMemory::new)
                .build();
    }

    // Chicory's calling convention: every value travels as a long in a long[] each way.
    @Override
    public IntUnaryOperator intToInt(String name) {
        ExportFunction function = instance.export(name);
        return n -> (int) function.apply(n)[0];
    }

    @Override
    public IntBinaryOperator intIntToInt(String name) {
        ExportFunction function = instance.export(name);
        return (left, right) -> (int) function.apply(left, right)[0];
    }

    @Override
    public void writeMemory(int address, byte[] bytes) {
        instance.memory().write(address, bytes);
    }

    @Override
    public void close() {
        // nothing to release: a Chicory instance is plain heap objects
    }
}
