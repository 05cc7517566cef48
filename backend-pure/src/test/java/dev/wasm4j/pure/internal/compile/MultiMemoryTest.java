package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.Feature;
import dev.wasm4j.Memory;
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
 * Several memories in one module: every memory instruction reaches the memory its immediate names, and
 * a memory other than 0 (not cached in the method) is seen at its current size after another function
 * grew it. Each test runs on whole functions and on functions split into tiny parts.
 */
class MultiMemoryTest {
    private static final String WAT = """
            (module
              (memory $a (export "a") 1)
              (memory $b (export "b") 1 3)
              (memory $c (export "c") i64 1)
              (data (memory $b) (i32.const 8) "\\0B\\0B")
              (data $passive "\\01\\02\\03\\04")
              (func (export "loadA") (param i32) (result i32) (i32.load $a (local.get 0)))
              (func (export "loadB") (param i32) (result i32) (i32.load $b (local.get 0)))
              (func (export "loadC") (param i64) (result i32) (i32.load $c (local.get 0)))
              (func (export "storeB") (param i32 i32) (i32.store $b (local.get 0) (local.get 1)))
              (func (export "vstoreB") (param i32 i64) (v128.store $b (local.get 0) (i64x2.splat (local.get 1))))
              (func (export "sizeB") (result i32) (memory.size $b))
              (func (export "sizeC") (result i64) (memory.size $c))
              (func $growB (export "growB") (param i32) (result i32) (memory.grow $b (local.get 0)))
              (func (export "fillB") (param i32 i32 i32) (memory.fill $b (local.get 0) (local.get 1) (local.get 2)))
              (func (export "copyBtoA") (param i32 i32 i32) (memory.copy $a $b (local.get 0) (local.get 1) (local.get 2)))
              (func (export "copyCtoB") (param i32 i64 i32) (memory.copy $b $c (local.get 0) (local.get 1) (local.get 2)))
              (func (export "copyBtoC") (param i64 i32 i32) (memory.copy $c $b (local.get 0) (local.get 1) (local.get 2)))
              (func (export "initC") (param i64 i32 i32) (memory.init $c $passive (local.get 0) (local.get 1) (local.get 2)))
              ;; Stores past memory b's size, after a call that grows it: the access must see the new size.
              (func (export "growThenStoreB") (param i32 i32) (result i32)
                (drop (call $growB (i32.const 1)))
                (i32.store $b (local.get 0) (local.get 1))
                (i32.load $b (local.get 0))))
            """;

    @AfterEach
    void reset() {
        FunctionSplitter.resetLimits();
    }

    private static Wasm instantiate(boolean split) {
        if (split) {
            FunctionSplitter.setLimits(40, 40, 1);
        }
        return Wasm.of(Feature.WASM_3_0, WAT);
    }

    private static TrapCode trap(Runnable r) {
        return assertThrows(Trap.class, r::run).code();
    }

    @ParameterizedTest(name = "split {0}")
    @ValueSource(booleans = {false, true})
    void eachInstructionReachesTheMemoryItNames(boolean split) {
        Wasm w = instantiate(split);
        assertEquals(0x0B0B, w.i32("loadB", Val.i32(8)));
        assertEquals(0, w.i32("loadA", Val.i32(8)), "the data segment of memory b is not in memory a");
        w.call("storeB", Val.i32(100), Val.i32(42));
        assertEquals(42, w.i32("loadB", Val.i32(100)));
        assertEquals(0, w.i32("loadA", Val.i32(100)), "a store into memory b does not change memory a");
        assertEquals(0, w.i32("loadC", Val.i64(100)));
        w.call("vstoreB", Val.i32(200), Val.i64(0x0102030405060708L));
        assertEquals(0x05060708, w.i32("loadB", Val.i32(208)));
        assertEquals(0, w.i32("loadA", Val.i32(200)));
        w.call("fillB", Val.i32(300), Val.i32(9), Val.i32(4));
        assertEquals(0x09090909, w.i32("loadB", Val.i32(300)));
        assertEquals(0, w.i32("loadA", Val.i32(300)));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(() -> w.call("storeB", Val.i32(65533), Val.i32(1))));
    }

    @ParameterizedTest(name = "split {0}")
    @ValueSource(booleans = {false, true})
    void memoryCopyAndInitWorkBetweenMemoriesOfBothAddressTypes(boolean split) {
        Wasm w = instantiate(split);
        w.call("copyBtoA", Val.i32(16), Val.i32(8), Val.i32(2));
        assertEquals(0x0B0B, w.i32("loadA", Val.i32(16)));
        w.call("initC", Val.i64(32), Val.i32(0), Val.i32(4));
        assertEquals(0x04030201, w.i32("loadC", Val.i64(32)));
        w.call("copyCtoB", Val.i32(40), Val.i64(32), Val.i32(4));
        assertEquals(0x04030201, w.i32("loadB", Val.i32(40)));
        w.call("copyBtoC", Val.i64(48), Val.i32(8), Val.i32(2));
        assertEquals(0x0B0B, w.i32("loadC", Val.i64(48)));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS,
                trap(() -> w.call("copyCtoB", Val.i32(0), Val.i64((1L << 32) + 32), Val.i32(4))));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(() -> w.call("copyBtoA", Val.i32(65535), Val.i32(0), Val.i32(2))));
    }

    @ParameterizedTest(name = "split {0}")
    @ValueSource(booleans = {false, true})
    void growingAMemoryOtherThanZeroIsSeenByEveryFunction(boolean split) {
        Wasm w = instantiate(split);
        assertEquals(1, w.i32("sizeB"));
        assertEquals(1L, w.i64("sizeC"));
        assertEquals(77, w.i32("growThenStoreB", Val.i32(65536 + 4), Val.i32(77)));
        assertEquals(2, w.i32("sizeB"));
        assertEquals(77, w.i32("loadB", Val.i32(65536 + 4)));
        assertEquals(2, w.i32("growB", Val.i32(1)));
        assertEquals(-1, w.i32("growB", Val.i32(1)), "past memory b's maximum");
        w.call("storeB", Val.i32(3 * 65536 - 4), Val.i32(5));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(() -> w.call("loadA", Val.i32(65536))));
        Memory b = (Memory) w.export("b");
        assertEquals(3, b.pages());
        assertEquals(5, b.readInt(3 * 65536 - 4));
        assertEquals(1, ((Memory) w.export("a")).pages());
        assertTrue(((Memory) w.export("c")).type().memory64());
    }
}
