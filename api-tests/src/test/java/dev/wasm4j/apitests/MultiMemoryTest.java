package dev.wasm4j.apitests;

import dev.wasm4j.Engine;
import dev.wasm4j.Feature;
import dev.wasm4j.Func;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Memory;
import dev.wasm4j.MemoryType;
import dev.wasm4j.Module;
import dev.wasm4j.Store;
import dev.wasm4j.Val;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** multi-memory (3.0): several memories per module, defined or imported, each reached by its index. */
class MultiMemoryTest {
    private static final String WAT = """
            (module
              (import "env" "host" (memory $host 1))
              (memory $own (export "own") 1 4)
              (data (memory $own) (i32.const 0) "own")
              (func (export "loadHost") (param i32) (result i32) (i32.load8_u $host (local.get 0)))
              (func (export "loadOwn") (param i32) (result i32) (i32.load8_u $own (local.get 0)))
              (func (export "storeOwn") (param i32 i32) (i32.store8 $own (local.get 0) (local.get 1)))
              (func (export "copyOwnToHost") (param i32 i32 i32)
                (memory.copy $host $own (local.get 0) (local.get 1) (local.get 2)))
              (func $growOwn (export "growOwn") (param i32) (result i32) (memory.grow $own (local.get 0)))
              (func (export "sizeOwn") (result i32) (memory.size $own))
              (func (export "growThenStoreOwn") (param i32 i32)
                (drop (call $growOwn (i32.const 1)))
                (i32.store8 $own (local.get 0) (local.get 1))))
            """;

    @OnEveryBackend
    void eachMemoryIsReachedByItsIndexAndCopiesGoBetweenThem(Wasm w) {
        try (Engine engine = w.engineBuilder().features(Feature.WASM_3_0).build();
             Store<Void> store = Store.create(engine)) {
            Module module = Wasm.compileNeeding(Feature.MULTI_MEMORY, engine, WAT);
            Memory host = Memory.of(store, MemoryType.of(1, OptionalLong.empty()));
            host.writeByte(3, (byte) 33);
            Instance i = Linker.<Void>create(engine).define("env", "host", host).instantiate(store, module);
            Memory own = i.memory("own").orElseThrow();
            Func loadHost = i.func("loadHost").orElseThrow();
            Func loadOwn = i.func("loadOwn").orElseThrow();

            assertEquals(33, loadHost.call(Val.i32(3))[0].asI32());
            assertEquals('o', loadOwn.call(Val.i32(0))[0].asI32());
            assertEquals(0, host.readByte(0), "the data segment of memory 1 is not in memory 0");
            i.func("storeOwn").orElseThrow().call(Val.i32(3), Val.i32(44));
            assertEquals(44, own.readByte(3));
            assertEquals(33, host.readByte(3), "a store into memory 1 does not change memory 0");

            i.func("copyOwnToHost").orElseThrow().call(Val.i32(100), Val.i32(0), Val.i32(4));
            assertEquals("own", host.readString(100, 3));
            assertEquals(44, loadHost.call(Val.i32(103))[0].asI32());
        }
    }

    @OnEveryBackend
    void growingMemoryOneIsSeenByTheFunctionThatCalledTheGrow(Wasm w) {
        try (Engine engine = w.engineBuilder().features(Feature.WASM_3_0).build();
             Store<Void> store = Store.create(engine)) {
            Module module = Wasm.compileNeeding(Feature.MULTI_MEMORY, engine, WAT);
            Memory host = Memory.of(store, MemoryType.of(1, OptionalLong.empty()));
            Instance i = Linker.<Void>create(engine).define("env", "host", host).instantiate(store, module);
            i.func("growThenStoreOwn").orElseThrow().call(Val.i32(65536 + 5), Val.i32(55));
            assertEquals(2, i.func("sizeOwn").orElseThrow().call()[0].asI32());
            assertEquals(55, i.func("loadOwn").orElseThrow().call(Val.i32(65536 + 5))[0].asI32());
            assertEquals(2, i.memory("own").orElseThrow().pages());
            assertEquals(1, host.pages());
        }
    }
}
