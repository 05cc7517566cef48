package dev.wasm4j.apitests;

import dev.wasm4j.Engine;
import dev.wasm4j.Feature;
import dev.wasm4j.Func;
import dev.wasm4j.Instance;
import dev.wasm4j.LinkException;
import dev.wasm4j.Linker;
import dev.wasm4j.Memory;
import dev.wasm4j.MemoryType;
import dev.wasm4j.Module;
import dev.wasm4j.RefType;
import dev.wasm4j.Store;
import dev.wasm4j.Table;
import dev.wasm4j.TableType;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** memory64 and table64 (3.0): i64 addresses and indices, and their memories and tables through the API. */
class Memory64Test {
    private static final String MEMORY = """
            (module
              (memory (export "mem") i64 1 100)
              (data (i64.const 8) "\\2A")
              (func (export "load") (param i64) (result i32) (i32.load8_u (local.get 0)))
              (func (export "loadAt4G") (param i64) (result i32) (i32.load8_u offset=0x100000000 (local.get 0)))
              (func (export "store") (param i64 i32) (i32.store (local.get 0) (local.get 1)))
              (func (export "size") (result i64) (memory.size))
              (func (export "grow") (param i64) (result i64) (memory.grow (local.get 0))))
            """;

    private static TrapCode trap(Func f, Val... args) {
        return assertThrows(Trap.class, () -> f.call(args)).code();
    }

    @OnEveryBackend
    void i64AddressesReachTheMemoryAndTrapPastItsEnd(Wasm w) {
        try (Engine engine = w.engineBuilder().features(Feature.WASM_3_0).build();
             Store<Void> store = Store.create(engine)) {
            Module module = Wasm.compileNeeding(Feature.MEMORY64, engine, MEMORY);
            Instance i = Linker.<Void>create(engine).instantiate(store, module);
            Func load = i.func("load").orElseThrow();
            Memory mem = i.memory("mem").orElseThrow();

            assertEquals(new MemoryType(1, OptionalLong.of(100), true, false, MemoryType.DEFAULT_PAGE_SIZE_LOG2),
                    mem.type());
            assertEquals(42, load.call(Val.i64(8))[0].asI32());
            i.func("store").orElseThrow().call(Val.i64(65532), Val.i32(0x01020304));
            assertEquals(0x01020304, mem.readInt(65532));
            assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(load, Val.i64(65536)));
            assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(load, Val.i64((1L << 32) + 8)));
            assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(load, Val.i64(-1)));
            assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(i.func("loadAt4G").orElseThrow(), Val.i64(8)));

            Func grow = i.func("grow").orElseThrow();
            assertEquals(1L, grow.call(Val.i64(1))[0].asI64());
            assertEquals(2L, i.func("size").orElseThrow().call()[0].asI64());
            assertEquals(-1L, grow.call(Val.i64(1L << 40))[0].asI64());
            assertEquals(-1L, grow.call(Val.i64((1L << 32) + 1))[0].asI64());
            assertEquals(2, mem.pages());
        }
    }

    @OnEveryBackend
    void aHostMemoryMatchesOnlyAnImportOfTheSameAddressType(Wasm w) {
        try (Engine engine = w.engineBuilder().features(Feature.WASM_3_0).build();
             Store<Void> store = Store.create(engine)) {
            Module module = Wasm.compileNeeding(Feature.MEMORY64, engine, """
                    (module (import "env" "mem" (memory i64 1))
                      (func (export "load") (param i64) (result i32) (i32.load (local.get 0))))
                    """);
            Memory mem64 = Memory.of(store,
                    new MemoryType(1, OptionalLong.of(2), true, false, MemoryType.DEFAULT_PAGE_SIZE_LOG2));
            assertTrue(mem64.type().memory64());
            mem64.writeInt(16, 99);
            Instance i = Linker.<Void>create(engine).define("env", "mem", mem64).instantiate(store, module);
            assertEquals(99, i.func("load").orElseThrow().call(Val.i64(16))[0].asI32());

            Memory mem32 = Memory.of(store, MemoryType.of(1, OptionalLong.of(2)));
            assertFalse(mem32.type().memory64());
            assertThrows(LinkException.class,
                    () -> Linker.<Void>create(engine).define("env", "mem", mem32).instantiate(store, module));
            Module imports32 = Module.fromText(engine, "(module (import \"env\" \"mem\" (memory 1)))");
            assertThrows(LinkException.class,
                    () -> Linker.<Void>create(engine).define("env", "mem", mem64).instantiate(store, imports32));
        }
    }

    /** The table is defined by a module: wasmtime's C API creates host tables with 32-bit limits only. */
    @OnEveryBackend
    void table64TakesI64IndicesAndLinksWithItsType(Wasm w) {
        try (Engine engine = w.engineBuilder().features(Feature.WASM_3_0).build();
             Store<Void> store = Store.create(engine)) {
            Module owner = Wasm.compileNeeding(Feature.MEMORY64, engine,
                    "(module (table (export \"tab\") i64 2 10 funcref))");
            Module user = Module.fromText(engine, """
                    (module
                      (type $ret (func (result i32)))
                      (import "env" "tab" (table $t i64 2 funcref))
                      (elem (table $t) (i64.const 1) func $seven)
                      (func $seven (result i32) (i32.const 7))
                      (func (export "call") (param i64) (result i32) (call_indirect $t (type $ret) (local.get 0)))
                      (func (export "grow") (param i64) (result i64) (table.grow $t (ref.null func) (local.get 0))))
                    """);
            Table table = Linker.<Void>create(engine).instantiate(store, owner).table("tab").orElseThrow();
            assertEquals(new TableType(RefType.FUNCREF, 2, OptionalLong.of(10), true), table.type());
            Instance i = Linker.<Void>create(engine).define("env", "tab", table).instantiate(store, user);
            Func call = i.func("call").orElseThrow();
            assertEquals(7, call.call(Val.i64(1))[0].asI32());
            assertEquals(TrapCode.UNINITIALIZED_ELEMENT, trap(call, Val.i64(0)));
            assertEquals(TrapCode.UNDEFINED_ELEMENT, trap(call, Val.i64((1L << 32) + 1)));
            assertEquals(2L, i.func("grow").orElseThrow().call(Val.i64(3))[0].asI64());
            assertEquals(-1L, i.func("grow").orElseThrow().call(Val.i64((1L << 32) + 1))[0].asI64());
            assertEquals(5, table.size());
            assertNotNull(table.get(1).ref(), "the element segment wrote the imported table");
            assertNull(table.get(0).ref());

            Table table32 = Table.of(store, TableType.of(RefType.FUNCREF, 2, OptionalLong.of(10)),
                    Val.nullRef(RefType.FUNCREF));
            assertThrows(LinkException.class,
                    () -> Linker.<Void>create(engine).define("env", "tab", table32).instantiate(store, user));
        }
    }
}
