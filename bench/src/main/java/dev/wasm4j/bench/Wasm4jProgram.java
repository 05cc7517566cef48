package dev.wasm4j.bench;

import dev.wasm4j.Engine;
import dev.wasm4j.Func;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Module;
import dev.wasm4j.Store;
import dev.wasm4j.Val;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/** A benchmark module on a wasm4j backend, through the public API only. */
final class Wasm4jProgram implements Program {
    private final Engine engine;
    private final Store<Void> store;
    private final Instance instance;
    private final boolean dynamicCalls;

    Wasm4jProgram(byte[] wasm, String backend, boolean dynamicCalls) {
        this.engine = Engine.builder().backend(backend).build();
        this.store = Store.create(engine);
        this.instance = Linker.<Void>create(engine).instantiate(store, Module.fromBytes(engine, wasm));
        this.dynamicCalls = dynamicCalls;
    }

    @Override
    public IntUnaryOperator intToInt(String name) {
        Func func = func(name);
        if (dynamicCalls) {
            return n -> func.call(Val.i32(n))[0].asI32();
        }
        return func.typed(IntUnaryOperator.class);
    }

    @Override
    public IntBinaryOperator intIntToInt(String name) {
        Func func = func(name);
        if (dynamicCalls) {
            return (left, right) -> func.call(Val.i32(left), Val.i32(right))[0].asI32();
        }
        return func.typed(IntBinaryOperator.class);
    }

    @Override
    public void writeMemory(int address, byte[] bytes) {
        instance.memory(MEMORY_EXPORT)
                .orElseThrow(() -> new IllegalStateException("module exports no memory " + MEMORY_EXPORT))
                .write(address, bytes);
    }

    private Func func(String name) {
        return instance.func(name).orElseThrow(() -> new IllegalArgumentException("no exported function " + name));
    }

    @Override
    public void close() {
        store.close();
        engine.close();
    }
}
