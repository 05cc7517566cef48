package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.Feature;
import dev.wasm4j.Val;
import dev.wasm4j.internal.text.Wat;
import dev.wasm4j.pure.internal.decode.ModuleDecoder;
import dev.wasm4j.pure.internal.model.WasmModule;
import dev.wasm4j.pure.internal.runtime.CompiledModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * v128 locals and parameters, which {@link Locals} keeps as two longs (JVM locals, or long[] elements
 * when spilled): set, get and tee across a loop's back-edge, parameters written to, zero-initialized
 * locals, in a whole method, a split one and one with more locals than JVM slots.
 */
class V128LocalsTest {
    /**
     * $v and $w are parameters between scalar ones of both widths; $v is written in the loop, $acc and $t
     * carried round it, $zero never set.
     */
    private static final String WAT = """
            (module
              (func (export "f") (param $n i32) (param $v v128) (param $b i64) (param $w v128) (param $c f64)
                  (result v128 i64 v128)
                (local $acc v128) (local $i i32) (local $t v128) (local $x i64) (local $zero v128)
                (block $done
                  (loop $next
                    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                    (local.set $acc (i32x4.add (local.get $acc) (local.tee $t (i32x4.mul (local.get $v) (local.get $w)))))
                    (local.set $v (i64x2.add (local.get $v) (local.get $t)))
                    (local.set $x (i64.add (local.get $x) (local.get $b)))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br $next)))
                (v128.xor (local.get $acc) (local.get $v))
                (i64.add (local.get $x) (i64.trunc_f64_s (local.get $c)))
                (v128.or (local.get $zero) (local.get $t))))
            """;

    private static final long V_LO = 0x0000_0003_0000_0001L;
    private static final long V_HI = 0xFFFF_FFFF_8000_0000L;
    private static final long W_LO = 0x0000_0007_0000_0005L;
    private static final long W_HI = 0x1234_5678_0000_0009L;

    @AfterEach
    void reset() {
        FunctionSplitter.resetLimits();
    }

    private static Val[] run(int n) {
        return Wasm.of(WAT).call("f", Val.i32(n), Val.v128(V_LO, V_HI), Val.i64(10), Val.v128(W_LO, W_HI),
                Val.f64(2.5));
    }

    /** What f computes, in Java. */
    private static Val[] expected(int n) {
        long[] v = {V_LO, V_HI};
        long[] w = {W_LO, W_HI};
        long[] acc = {0, 0};
        long[] t = {0, 0};
        long x = 0;
        for (int i = 0; i < n; i++) {
            for (int h = 0; h < 2; h++) {
                t[h] = ints((int) v[h] * (int) w[h], (int) (v[h] >>> 32) * (int) (w[h] >>> 32));
                acc[h] = ints((int) acc[h] + (int) t[h], (int) (acc[h] >>> 32) + (int) (t[h] >>> 32));
                v[h] += t[h];
            }
            x += 10;
        }
        return new Val[] {Val.v128(acc[0] ^ v[0], acc[1] ^ v[1]), Val.i64(x + 2), Val.v128(t[0], t[1])};
    }

    private static long ints(int lane0, int lane1) {
        return (lane0 & 0xFFFF_FFFFL) | ((long) lane1 << 32);
    }

    @Test
    void parametersAndLocalsCarriedRoundALoop() {
        for (int n : new int[] {0, 1, 2, 1000}) {
            assertArrayEquals(expected(n), run(n), "n = " + n);
        }
        // Locals start at zero on every call, parameters arrive afresh.
        Wasm w = Wasm.of(WAT);
        Val[] args = {Val.i32(3), Val.v128(V_LO, V_HI), Val.i64(10), Val.v128(W_LO, W_HI), Val.f64(2.5)};
        assertArrayEquals(expected(3), w.call("f", args));
        assertArrayEquals(expected(3), w.call("f", args));
    }

    @Test
    void splitFunctionKeepsV128LocalsInItsLongArray() {
        for (int limit : new int[] {30, 60, 120}) {
            FunctionSplitter.setLimits(limit, limit, 1);
            CompiledModule m = ModuleCompiler.compile(ModuleDecoder.decode(Wat.toBinary(WAT), Feature.WASM_2_0),
                    Feature.WASM_2_0);
            long parts = Arrays.stream(m.code(0).declaringClass().getDeclaredMethods())
                    .filter(x -> x.getName().startsWith("f0$p")).count();
            assertTrue(parts >= 2, "limit " + limit + ", parts: " + parts);
            for (int n : new int[] {0, 1, 7}) {
                assertArrayEquals(expected(n), run(n), "limit " + limit + ", n = " + n);
            }
        }
    }

    @Test
    void moreV128LocalsThanJvmSlotsRunFromTheLongArray() {
        // Each v128 local takes four JVM slots as two longs: 17,000 of them do not fit in 65,535.
        int n = 17_000;
        int last = n + 1; // locals 2..n+1 are v128, n+2 the i64
        String wat = "(module (func (export \"f\") (param v128) (param i64) (result v128 v128)"
                + " (local " + "v128 ".repeat(n) + "i64) (local $i i32)"
                + " (local.set " + last + " (local.get 0))"
                + " (block $done (loop $next"
                + "   (br_if $done (i32.ge_u (local.get $i) (i32.const 3)))"
                + "   (local.set 5 (i64x2.add (local.get 5) (local.tee 9 (local.get " + last + "))))"
                + "   (local.set " + (n + 2) + " (i64.add (local.get " + (n + 2) + ") (local.get 1)))"
                + "   (local.set $i (i32.add (local.get $i) (i32.const 1)))"
                + "   (br $next)))"
                + " (i64x2.add (local.get 5) (i64x2.splat (local.get " + (n + 2) + ")))"
                + " (v128.or (local.get 9) (local.get 7))))";
        Val[] r = Wasm.of(wat).call("f", Val.v128(5, -7), Val.i64(100));
        assertArrayEquals(new Val[] {Val.v128(15 + 300, -21 + 300), Val.v128(5, -7)}, r);
        WasmModule module = ModuleDecoder.decode(Wat.toBinary(wat), Feature.WASM_2_0);
        assertFalse(Locals.fitInSlots(module.funcType(0), module.body(0)), "compiled spilled");
    }
}
