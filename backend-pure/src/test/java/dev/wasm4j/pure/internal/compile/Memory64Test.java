package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.Feature;
import dev.wasm4j.Memory;
import dev.wasm4j.Table;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * memory64 and table64: i64 addresses, indices and lengths must trap whenever the access ends past the
 * array, however large (never wrap to a valid index). Each test runs on whole functions and on functions
 * split into tiny parts (their locals in arrays).
 */
class Memory64Test {
    private static final long HUGE = 1L << 40;
    private static final String MEMORY = """
            (module
              (memory (export "mem") i64 1 281474976710656)
              (data (i64.const 16) "\\01\\02\\03\\04")
              (func (export "load") (param i64) (result i32) (i32.load (local.get 0)))
              (func (export "loadAtMaxOffset") (param i64) (result i32)
                (i32.load8_u offset=0xFFFFFFFFFFFFFFFF (local.get 0)))
              (func (export "loadAt4G") (param i64) (result i32) (i32.load offset=0x100000000 (local.get 0)))
              (func (export "store") (param i64 i64) (i64.store offset=8 (local.get 0) (local.get 1)))
              (func (export "vload") (param i64) (result i64)
                (i64x2.extract_lane 0 (v128.load offset=4 (local.get 0))))
              (func (export "size") (result i64) (memory.size))
              (func (export "grow") (param i64) (result i64) (memory.grow (local.get 0)))
              (func (export "fill") (param i64 i32 i64) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
              (func (export "copy") (param i64 i64 i64) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
              (func (export "init") (param i64 i32 i32) (memory.init $passive (local.get 0) (local.get 1) (local.get 2)))
              (data $passive "\\AA\\BB\\CC"))
            """;

    @AfterEach
    void reset() {
        FunctionSplitter.resetLimits();
    }

    private static Wasm instantiate(String wat, boolean split) {
        if (split) {
            FunctionSplitter.setLimits(40, 40, 1);
        }
        return Wasm.of(Feature.WASM_3_0, wat);
    }

    private static TrapCode trap(Runnable r) {
        return assertThrows(Trap.class, r::run).code();
    }

    @ParameterizedTest(name = "split {0}")
    @ValueSource(booleans = {false, true})
    void loadsAndStoresTakeI64AddressesAndTrapPastTheEndWithoutWrapping(boolean split) {
        Wasm w = instantiate(MEMORY, split);
        assertEquals(0x04030201, w.i32("load", Val.i64(16)));
        w.call("store", Val.i64(100), Val.i64(0x1122334455667788L));
        assertEquals(0x55667788, w.i32("load", Val.i64(108)));
        assertEquals(0, w.i32("load", Val.i64(65532)));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(() -> w.call("load", Val.i64(65533))));
        // Addresses whose low 32 bits are a valid index: 2^32 + 16, 2^63 + 16, 2^64 - 1 (+8 wraps to 7).
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(() -> w.call("load", Val.i64((1L << 32) + 16))));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(() -> w.call("load", Val.i64(Long.MIN_VALUE + 16))));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(() -> w.call("store", Val.i64(-1), Val.i64(1))));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(() -> w.call("loadAtMaxOffset", Val.i64(0))));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(() -> w.call("loadAtMaxOffset", Val.i64(1))));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(() -> w.call("loadAt4G", Val.i64(0))));
        Memory mem = (Memory) w.export("mem");
        assertTrue(mem.type().memory64());
        assertEquals(0x04030201, mem.readInt(16));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(() -> mem.readInt((1L << 32) + 16)));
    }

    @ParameterizedTest(name = "split {0}")
    @ValueSource(booleans = {false, true})
    void simdAccessesTakeI64AddressesToo(boolean split) {
        Wasm w = instantiate(MEMORY, split);
        assertEquals(0x04030201L, w.i64("vload", Val.i64(12)));
        assertEquals(0L, w.i64("vload", Val.i64(65516)));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(() -> w.call("vload", Val.i64(65517))));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(() -> w.call("vload", Val.i64((1L << 32) + 12))));
    }

    @ParameterizedTest(name = "split {0}")
    @ValueSource(booleans = {false, true})
    void sizeAndGrowAreI64AndGrowingPastWhatAJavaArrayHoldsFails(boolean split) {
        Wasm w = instantiate(MEMORY, split);
        assertEquals(1L, w.i64("size"));
        assertEquals(1L, w.i64("grow", Val.i64(2)));
        assertEquals(3L, w.i64("size"));
        assertEquals(-1L, w.i64("grow", Val.i64(HUGE)));
        // 2^32 + 1 pages: its low 32 bits ask for one page.
        assertEquals(-1L, w.i64("grow", Val.i64((1L << 32) + 1)));
        assertEquals(-1L, w.i64("grow", Val.i64(40_000)));
        assertEquals(3L, w.i64("size"));
        assertEquals(0, w.i32("load", Val.i64(3 * 65536 - 4)));
    }

    @ParameterizedTest(name = "split {0}")
    @ValueSource(booleans = {false, true})
    void bulkOperationsTakeI64AddressesAndLengths(boolean split) {
        Wasm w = instantiate(MEMORY, split);
        w.call("fill", Val.i64(200), Val.i32(7), Val.i64(4));
        assertEquals(0x07070707, w.i32("load", Val.i64(200)));
        w.call("copy", Val.i64(300), Val.i64(16), Val.i64(4));
        assertEquals(0x04030201, w.i32("load", Val.i64(300)));
        w.call("init", Val.i64(400), Val.i32(0), Val.i32(3));
        assertEquals(0xCCBBAA, w.i32("load", Val.i64(400)));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS,
                trap(() -> w.call("fill", Val.i64(0), Val.i32(1), Val.i64((1L << 32) + 1))));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(() -> w.call("fill", Val.i64(HUGE), Val.i32(1), Val.i64(0))));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS,
                trap(() -> w.call("copy", Val.i64((1L << 32) + 300), Val.i64(16), Val.i64(4))));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS,
                trap(() -> w.call("copy", Val.i64(300), Val.i64(-1), Val.i64(0))));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS,
                trap(() -> w.call("init", Val.i64((1L << 32) + 400), Val.i32(0), Val.i32(1))));
        assertEquals(0, w.i32("load", Val.i64(0)), "a trapping fill wrote nothing");
    }

    @ParameterizedTest(name = "split {0}")
    @ValueSource(booleans = {false, true})
    void aMinimumBeyondWhatAJavaArrayHoldsFailsInstantiationClearly(boolean split) {
        Trap t = assertThrows(Trap.class, () -> instantiate("(module (memory i64 40000 281474976710656))", split));
        assertEquals(TrapCode.OUT_OF_MEMORY, t.code());
        assertTrue(t.getMessage().contains("40000 pages"), t.getMessage());
    }

    @ParameterizedTest(name = "split {0}")
    @ValueSource(booleans = {false, true})
    void anI64DataOffsetPastTheEndFailsInstantiation(boolean split) {
        Trap t = assertThrows(Trap.class,
                () -> instantiate("(module (memory i64 1) (data (i64.const 0x100000000) \"x\"))", split));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, t.code());
    }

    private static final String TABLE = """
            (module
              (type $ret (func (result i32)))
              (table $t (export "tab") i64 4 18446744073709551615 funcref)
              (elem (table $t) (i64.const 1) func $seven $eight)
              (elem $passive func $eight)
              (func $seven (result i32) (i32.const 7))
              (func $eight (result i32) (i32.const 8))
              (func (export "call") (param i64) (result i32) (call_indirect $t (type $ret) (local.get 0)))
              (func (export "isNull") (param i64) (result i32) (ref.is_null (table.get $t (local.get 0))))
              (func (export "clear") (param i64) (table.set $t (local.get 0) (ref.null func)))
              (func (export "size") (result i64) (table.size $t))
              (func (export "grow") (param i64) (result i64) (table.grow $t (ref.null func) (local.get 0)))
              (func (export "fill") (param i64 i64) (table.fill $t (local.get 0) (ref.func $seven) (local.get 1)))
              (func (export "copy") (param i64 i64 i64) (table.copy $t $t (local.get 0) (local.get 1) (local.get 2)))
              (func (export "init") (param i64 i32 i32) (table.init $t $passive (local.get 0) (local.get 1) (local.get 2))))
            """;

    @ParameterizedTest(name = "split {0}")
    @ValueSource(booleans = {false, true})
    void table64TakesI64IndicesEverywhere(boolean split) {
        Wasm w = instantiate(TABLE, split);
        assertEquals(7, w.i32("call", Val.i64(1)));
        assertEquals(8, w.i32("call", Val.i64(2)));
        assertEquals(TrapCode.UNDEFINED_ELEMENT, trap(() -> w.call("call", Val.i64((1L << 32) + 1))));
        assertEquals(TrapCode.UNDEFINED_ELEMENT, trap(() -> w.call("call", Val.i64(-1))));
        assertEquals(0, w.i32("isNull", Val.i64(1)));
        assertEquals(TrapCode.TABLE_OUT_OF_BOUNDS, trap(() -> w.call("isNull", Val.i64((1L << 32) + 1))));
        w.call("clear", Val.i64(1));
        assertEquals(1, w.i32("isNull", Val.i64(1)));
        assertEquals(TrapCode.TABLE_OUT_OF_BOUNDS, trap(() -> w.call("clear", Val.i64(Long.MIN_VALUE))));

        assertEquals(4L, w.i64("size"));
        assertEquals(4L, w.i64("grow", Val.i64(2)));
        assertEquals(6L, w.i64("size"));
        assertEquals(-1L, w.i64("grow", Val.i64((1L << 32) + 1)));
        assertEquals(-1L, w.i64("grow", Val.i64(-1)));

        w.call("fill", Val.i64(4), Val.i64(2));
        assertEquals(7, w.i32("call", Val.i64(5)));
        assertEquals(TrapCode.TABLE_OUT_OF_BOUNDS, trap(() -> w.call("fill", Val.i64(0), Val.i64((1L << 32) + 1))));
        w.call("copy", Val.i64(0), Val.i64(2), Val.i64(1));
        assertEquals(8, w.i32("call", Val.i64(0)));
        assertEquals(TrapCode.TABLE_OUT_OF_BOUNDS, trap(() -> w.call("copy", Val.i64(0), Val.i64(HUGE), Val.i64(0))));
        w.call("init", Val.i64(3), Val.i32(0), Val.i32(1));
        assertEquals(8, w.i32("call", Val.i64(3)));
        assertEquals(TrapCode.TABLE_OUT_OF_BOUNDS,
                trap(() -> w.call("init", Val.i64((1L << 32) + 3), Val.i32(0), Val.i32(1))));

        Table table = (Table) w.export("tab");
        assertTrue(table.type().table64());
        assertEquals(6, table.size());
    }
}
