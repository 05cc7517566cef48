package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.Extern;
import dev.wasm4j.Feature;
import dev.wasm4j.Func;
import dev.wasm4j.Val;
import dev.wasm4j.internal.text.Wat;
import dev.wasm4j.pure.internal.decode.ModuleDecoder;
import dev.wasm4j.pure.internal.model.WasmModule;
import dev.wasm4j.pure.internal.runtime.CompiledModule;
import dev.wasm4j.pure.internal.runtime.Instantiator;
import dev.wasm4j.pure.internal.runtime.PureStore;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test helper: compiles and instantiates WAT below the public API, without a validator. */
final class Wasm {
    private final Map<String, Extern> exports;

    private Wasm(Map<String, Extern> exports) {
        this.exports = exports;
    }

    static Wasm of(String wat, Extern... imports) {
        return of(Feature.WASM_2_0, wat, imports);
    }

    /** A module using {@code features} (such as {@link Feature#WASM_3_0}). */
    static Wasm of(Set<Feature> features, String wat, Extern... imports) {
        return of(features, Instrumentation.NONE, new PureStore(null), wat, imports);
    }

    /** A module compiled with {@code instrumentation}, instantiated in {@code store}. */
    static Wasm of(Set<Feature> features, Instrumentation instrumentation, PureStore store, String wat,
                   Extern... imports) {
        byte[] bytes = Wat.toBinary(wat);
        WasmModule module = ModuleDecoder.decode(bytes, features);
        CompiledModule compiled = ModuleCompiler.compile(module, features, instrumentation);
        return new Wasm(Instantiator.instantiate(compiled, store, List.of(imports)));
    }

    Func func(String name) {
        return (Func) exports.get(name);
    }

    Extern export(String name) {
        return exports.get(name);
    }

    Val[] call(String name, Val... args) {
        return func(name).call(args);
    }

    int i32(String name, Val... args) {
        return call(name, args)[0].asI32();
    }

    long i64(String name, Val... args) {
        return call(name, args)[0].asI64();
    }
}
