package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.CompileException;
import dev.wasm4j.Val;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Valid functions that exceed a JVM limit when compiled naively still run, or fail with a clear reason. */
class JvmLimitsTest {
    @Test
    void moreLocalsThanAJvmMethodHasSlotsRunFromArrays() {
        int n = 40_000; // i64 locals take two slots each: 80,000 > 65,535
        String wat = "(module (func (export \"f\") (param i64) (result i64) (local " + "i64 ".repeat(n) + ")"
                + " (local.set " + n + " (local.get 0))"
                + " (local.set 7 (i64.mul (local.get " + n + ") (i64.const 3)))"
                + " (i64.add (local.get 7) (local.get 9))))";
        assertEquals(123, Wasm.of(wat).i64("f", Val.i64(41)));
    }

    @Test
    void aBrTableOfTensOfThousandsOfTargetsBranchesByIndex() {
        int n = 50_000;
        StringBuilder targets = new StringBuilder();
        for (int i = 0; i < n; i++) {
            targets.append(i % 3 == 0 ? "$a " : i % 3 == 1 ? "$b " : "$c ");
        }
        // Each target leaves a different value; the default ($d) carries the index through.
        String wat = "(module (func (export \"f\") (param i32) (result i32)"
                + " (block $d (result i32) (block $c (block $b (block $a"
                + " (br_table " + targets + "$d (local.get 0) (local.get 0)))"
                + " (return (i32.const 100))) (return (i32.const 200))) (return (i32.const 300)))"
                + " (i32.const 1000) (i32.add)))";
        Wasm w = Wasm.of(wat);
        assertEquals(100, w.i32("f", Val.i32(0)));
        assertEquals(200, w.i32("f", Val.i32(1)));
        assertEquals(300, w.i32("f", Val.i32(2)));
        assertEquals(100, w.i32("f", Val.i32(n - 2)));
        assertEquals(200, w.i32("f", Val.i32(n - 1)));
        assertEquals(1000 + n, w.i32("f", Val.i32(n)));
        assertEquals(999, w.i32("f", Val.i32(-1)));
    }

    @Test
    void anOperandStackTooDeepForTheJvmIsACompileErrorNamingTheFunction() {
        int n = 20_000;
        String wat = "(module (func $small (result i32) (i32.const 1))"
                + " (func (export \"f\") (result i32) " + "(i32.const 1) ".repeat(n) + "i32.add ".repeat(n - 1) + "))";
        CompileException e = assertThrows(CompileException.class, () -> Wasm.of(wat).call("f"));
        assertTrue(e.getMessage().contains("function 1"), e.getMessage());
        assertTrue(e.getMessage().contains("operand stack"), e.getMessage());
    }
}
