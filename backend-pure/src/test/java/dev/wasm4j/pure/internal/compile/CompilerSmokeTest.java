package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.Val;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompilerSmokeTest {
    @Test
    void addsTwoNumbers() {
        Wasm w = Wasm.of("(module (func (export \"add\") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))");
        assertEquals(5, w.i32("add", Val.i32(2), Val.i32(3)));
    }

    @Test
    void recursiveFactorial() {
        Wasm w = Wasm.of("""
                (module (func $fac (export "fac") (param i64) (result i64)
                  (if (result i64) (i64.eqz (local.get 0))
                    (then (i64.const 1))
                    (else (i64.mul (local.get 0) (call $fac (i64.sub (local.get 0) (i64.const 1))))))))
                """);
        assertEquals(2432902008176640000L, w.i64("fac", Val.i64(20)));
    }

    @Test
    void loopsAndMemory() {
        Wasm w = Wasm.of("""
                (module (memory 1)
                  (func (export "sum") (param $n i32) (result i32) (local $i i32) (local $s i32)
                    (block $done (loop $next
                      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                      (i32.store (i32.mul (local.get $i) (i32.const 4)) (local.get $i))
                      (local.set $s (i32.add (local.get $s) (i32.load (i32.mul (local.get $i) (i32.const 4)))))
                      (local.set $i (i32.add (local.get $i) (i32.const 1)))
                      (br $next)))
                    (local.get $s)))
                """);
        assertEquals(4950, w.i32("sum", Val.i32(100)));
    }
}
