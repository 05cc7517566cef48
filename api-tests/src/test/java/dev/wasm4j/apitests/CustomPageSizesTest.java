package dev.wasm4j.apitests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wasm4j.Engine;
import dev.wasm4j.Feature;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Memory;
import dev.wasm4j.Store;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;

/** The custom-page-sizes proposal: a memory of 1-byte pages is sized, grown and bounded by the byte. */
class CustomPageSizesTest {
    @OnEveryBackend
    void aMemoryOfOneBytePagesGrowsByTheByte(Wasm w) {
        try (Engine engine = w.engineBuilder().features(Feature.WASM_3_0).feature(Feature.CUSTOM_PAGE_SIZES, true)
                .build(); Store<Void> store = Store.create(engine)) {
            Instance i = Linker.<Void>create(engine).instantiate(store, Wasm.compileNeeding(Feature.CUSTOM_PAGE_SIZES,
                    engine, """
                    (module (memory (export "mem") 10 20 (pagesize 1))
                      (func (export "size") (result i32) (memory.size))
                      (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
                      (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0))))
                    """));
            assertArrayEquals(new Val[] {Val.i32(10)}, i.func("size").orElseThrow().call());
            assertArrayEquals(new Val[] {Val.i32(10)}, i.func("grow").orElseThrow().call(Val.i32(5)));
            assertArrayEquals(new Val[] {Val.i32(-1)}, i.func("grow").orElseThrow().call(Val.i32(6)));
            Memory mem = i.memory("mem").orElseThrow();
            assertEquals(15, mem.pages());
            assertEquals(15, mem.byteSize());
            assertArrayEquals(new Val[] {Val.i32(0)}, i.func("load").orElseThrow().call(Val.i32(14)));
            assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS,
                    assertThrows(Trap.class, () -> i.func("load").orElseThrow().call(Val.i32(15))).code());
        }
    }
}
