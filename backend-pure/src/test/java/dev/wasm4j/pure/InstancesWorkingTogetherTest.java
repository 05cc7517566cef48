package dev.wasm4j.pure;

import dev.wasm4j.Func;
import dev.wasm4j.Instance;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;
import org.junit.jupiter.api.Test;

import java.util.function.IntUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InstancesWorkingTogetherTest extends ApiTestSupport {
    @Test
    void twoInstancesShareAMemoryAndATable() {
        Instance a = instantiate("""
                (module (memory (export "mem") 1) (table (export "tab") 4 funcref)
                  (func $seven (result i32) (i32.const 7)) (elem (i32.const 0) $seven)
                  (func (export "peek") (param i32) (result i32) (i32.load (local.get 0)))
                  (func (export "call") (param i32) (result i32) (call_indirect (result i32) (local.get 0))))
                """);
        linker.instance("a", a);
        Instance b = instantiate("""
                (module (import "a" "mem" (memory 1)) (import "a" "tab" (table 4 funcref))
                  (func $nine (result i32) (i32.const 9)) (elem (i32.const 1) $nine)
                  (func (export "poke") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
                  (func (export "grow") (result i32) (memory.grow (i32.const 1)))
                  (func (export "call") (param i32) (result i32) (call_indirect (result i32) (local.get 0))))
                """);
        b.func("poke").orElseThrow().call(Val.i32(8), Val.i32(1234));
        assertEquals(1234, a.func("peek").orElseThrow().call(Val.i32(8))[0].asI32());
        // a calls b's function through the shared table, b calls a's.
        assertEquals(9, a.func("call").orElseThrow().call(Val.i32(1))[0].asI32());
        assertEquals(7, b.func("call").orElseThrow().call(Val.i32(0))[0].asI32());
        // Growing through b is visible to a's code, which must not keep the old array.
        assertEquals(1, b.func("grow").orElseThrow().call()[0].asI32());
        b.func("poke").orElseThrow().call(Val.i32(70000), Val.i32(55));
        assertEquals(55, a.func("peek").orElseThrow().call(Val.i32(70000))[0].asI32());
    }

    @Test
    void hostCallsWasmWhichCallsTheHostAgain() {
        Func[] fib = new Func[1];
        linker.func("env", "fibHost", IntUnaryOperator.class, n -> n < 2 ? n
                : fib[0].typed(IntUnaryOperator.class).applyAsInt(n - 1)
                + fib[0].typed(IntUnaryOperator.class).applyAsInt(n - 2));
        Instance i = instantiate("""
                (module (import "env" "fibHost" (func $h (param i32) (result i32)))
                  (func (export "fib") (param i32) (result i32)
                    (if (result i32) (i32.lt_s (local.get 0) (i32.const 2)) (then (local.get 0))
                      (else (call $h (local.get 0))))))
                """);
        fib[0] = i.func("fib").orElseThrow();
        assertEquals(6765, fib[0].call(Val.i32(20))[0].asI32());
    }

    @Test
    void trapInANestedWasmCallCrossesTheHost() {
        Func[] inner = new Func[1];
        linker.func("env", "callInner", IntUnaryOperator.class, n -> inner[0].typed(IntUnaryOperator.class).applyAsInt(n));
        Instance i = instantiate("""
                (module (import "env" "callInner" (func $h (param i32) (result i32)))
                  (func (export "outer") (param i32) (result i32) (call $h (local.get 0)))
                  (func (export "inner") (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0))))
                """);
        inner[0] = i.func("inner").orElseThrow();
        Trap t = assertThrows(Trap.class, () -> i.func("outer").orElseThrow().call(Val.i32(0)));
        assertEquals(TrapCode.INTEGER_DIVIDE_BY_ZERO, t.code());
        assertEquals(2, t.backtrace().size(), t.getMessage());
    }

    @Test
    void deepRecursionIsACallStackExhaustedTrapAndTheJvmCarriesOn() {
        Instance i = instantiate("""
                (module (func $down (export "down") (param i64) (result i64)
                  (if (result i64) (i64.eqz (local.get 0)) (then (i64.const 0))
                    (else (i64.add (i64.const 1) (call $down (i64.sub (local.get 0) (i64.const 1))))))))
                """);
        Func down = i.func("down").orElseThrow();
        for (int round = 0; round < 3; round++) {
            Trap t = assertThrows(Trap.class, () -> down.call(Val.i64(1L << 40)));
            assertEquals(TrapCode.STACK_EXHAUSTED, t.code());
            assertEquals("call stack exhausted", t.getMessage().lines().findFirst().orElseThrow());
        }
        assertEquals(1000, down.call(Val.i64(1000))[0].asI64());
    }
}
