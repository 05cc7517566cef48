package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.Feature;
import dev.wasm4j.FrameInfo;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;
import dev.wasm4j.internal.text.Wat;
import dev.wasm4j.pure.internal.decode.ModuleDecoder;
import dev.wasm4j.pure.internal.runtime.CompiledModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FunctionSplittingTest {
    /** Branches out of parts to outer blocks and loops, with values, returns from parts, a br_table. */
    private static final String WAT = """
            (module (memory 1)
              (func (export "f") (param $n i32) (result i32 i64) (local $i i32) (local $acc i64) (local $x f64)
                (block $out (result i32)
                  (loop $again
                    (local.set $acc (i64.add (local.get $acc) (i64.extend_i32_u (local.get $i))))
                    (local.set $x (f64.add (local.get $x) (f64.const 0.5)))
                    (i32.store (i32.mul (local.get $i) (i32.const 4)) (local.get $i))
                    (if (i32.eq (local.get $i) (i32.const 77))
                      (then (return (i32.const -1) (local.get $acc))))
                    (block $a (block $b (block $c
                      (br_table $a $b $c (i32.rem_u (local.get $i) (i32.const 3))))
                      (local.set $acc (i64.add (local.get $acc) (i64.const 1000))))
                      (local.set $acc (i64.sub (local.get $acc) (i64.const 1))))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br_if $out (i32.trunc_f64_s (local.get $x)) (i32.ge_u (local.get $i) (local.get $n)))
                    (br $again))
                  (i32.const 0))
                (local.get $acc)))
            """;

    @AfterEach
    void reset() {
        FunctionSplitter.resetLimits();
    }

    private static Val[] run(int n) {
        return Wasm.of(WAT).call("f", Val.i32(n));
    }

    @Test
    void splitFunctionComputesWhatTheWholeOneDoes() {
        Val[][] whole = {run(10), run(77), run(100), run(0)};
        for (int limit : new int[] {30, 60, 120, 250}) {
            FunctionSplitter.setLimits(limit, limit, 1);
            assertArrayEquals(whole[0], run(10), "limit " + limit);
            assertArrayEquals(whole[1], run(77), "limit " + limit);
            assertArrayEquals(whole[2], run(100), "limit " + limit);
            assertArrayEquals(whole[3], run(0), "limit " + limit);
        }
        assertEquals(-1, whole[2][0].asI32());
        assertEquals(38, whole[1][0].asI32());
    }

    @Test
    void smallLimitsMakeParts() throws Exception {
        FunctionSplitter.setLimits(60, 60, 1);
        CompiledModule m = ModuleCompiler.compile(ModuleDecoder.decode(Wat.toBinary(WAT), Feature.WASM_2_0),
                Feature.WASM_2_0);
        Method[] methods = m.code(0).declaringClass().getDeclaredMethods();
        long parts = Arrays.stream(methods).filter(x -> x.getName().startsWith("f0$p")).count();
        assertTrue(parts >= 3, "parts: " + parts);
    }

    @Test
    void trapInAPartShowsOneFrameForTheFunction() {
        FunctionSplitter.setLimits(30, 30, 1);
        Wasm w = Wasm.of("""
                (module (memory 1)
                  (func $g (export "g") (param i32) (result i32) (call $f (local.get 0)))
                  (func $f (param i32) (result i32) (local i32)
                    (local.set 1 (i32.add (local.get 0) (i32.const 1)))
                    (local.set 1 (i32.mul (local.get 1) (i32.const 3)))
                    (block (local.set 1 (i32.load (local.get 1))))
                    (local.get 1)))
                """);
        Trap t = assertThrows(Trap.class, () -> w.call("g", Val.i32(100000)));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, t.code());
        assertEquals(List.of(1, 0), t.backtrace().stream().map(FrameInfo::functionIndex).toList(), t.getMessage());
    }
}
