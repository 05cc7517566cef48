package dev.wasm4j.capi;

import dev.wasm4j.Func;
import dev.wasm4j.FuncType;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Store;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Wasm calling the host calling wasm again, through both call paths, with values and exceptions. */
class ReentrancyTest extends WasmtimeTestSupport {
    private static final String WAT = """
            (module
              (import "env" "down" (func $down (param i32) (result i32)))
              (memory (export "memory") 1)
              ;; f(n) = n == 0 ? 0 : n + down(n - 1), where the host's down calls f again
              (func (export "f") (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0))
                  (then (i32.const 0))
                  (else (i32.add (local.get 0) (call $down (i32.sub (local.get 0) (i32.const 1))))))))
            """;

    @Test
    void typed_views_reenter_through_host_functions() {
        AtomicReference<IntUnaryOperator> f = new AtomicReference<>();
        linker().func("env", "down", IntUnaryOperator.class, n -> f.get().applyAsInt(n));
        Instance i = instantiate(WAT);
        f.set(i.func("f").orElseThrow().typed(IntUnaryOperator.class));
        assertEquals(210, f.get().applyAsInt(20));
        assertEquals(15, f.get().applyAsInt(5)); // the shared buffers are intact afterwards
    }

    @Test
    void dynamic_calls_reenter_through_host_functions() {
        AtomicReference<Func> f = new AtomicReference<>();
        linker().func("env", "down", new FuncType(List.of(ValType.I32), List.of(ValType.I32)),
                (caller, args) -> {
                    caller.memory("memory").orElseThrow().writeInt(0, args[0].asI32());
                    return f.get().call(args);
                });
        Instance i = instantiate(WAT);
        f.set(i.func("f").orElseThrow());
        assertEquals(210, f.get().call(Val.i32(20))[0].asI32());
        assertEquals(0, i.memory("memory").orElseThrow().readInt(0));
    }

    @Test
    void a_trap_deep_inside_propagates_to_the_outermost_caller() {
        AtomicReference<IntUnaryOperator> f = new AtomicReference<>();
        linker().func("env", "down", IntUnaryOperator.class, n -> {
            if (n == 3) {
                throw new ArithmeticException("three");
            }
            return f.get().applyAsInt(n);
        });
        Instance i = instantiate(WAT);
        f.set(i.func("f").orElseThrow().typed(IntUnaryOperator.class));
        Trap t = assertThrows(Trap.class, () -> f.get().applyAsInt(10));
        assertEquals(TrapCode.HOST, t.code());
        // Each level rethrows the same trap: the outermost caller sees the first host failure.
        assertEquals(ArithmeticException.class, t.getCause().getClass());
        assertEquals(3, f.get().applyAsInt(2)); // still usable
    }

    @Test
    void a_host_function_may_call_into_another_store() {
        try (Store<Void> other = Store.create(engine())) {
            Instance inOther = Linker.<Void>create(engine()).instantiate(other,
                    compile("(module (func (export \"sq\") (param i32) (result i32)"
                            + " (i32.mul (local.get 0) (local.get 0))))"));
            IntUnaryOperator sq = inOther.func("sq").orElseThrow().typed(IntUnaryOperator.class);
            linker().func("env", "down", IntUnaryOperator.class, sq);
            Instance i = instantiate(WAT);
            assertEquals(3 + 4, i.func("f").orElseThrow().call(Val.i32(3))[0].asI32());
        }
    }

    @Test
    void a_wasm_trap_in_a_nested_call_reaches_the_outermost_caller_unchanged() {
        AtomicReference<Func> inner = new AtomicReference<>();
        linker().func("env", "down", IntUnaryOperator.class, n -> inner.get().call()[0].asI32());
        Instance trapper = instantiate("(module (func (export \"boom\") (result i32) unreachable))");
        inner.set(trapper.func("boom").orElseThrow());
        Instance i = instantiate(WAT);
        Trap t = assertThrows(Trap.class, () -> i.func("f").orElseThrow().call(Val.i32(2)));
        assertEquals(TrapCode.UNREACHABLE, t.code());
        Trap again = assertThrows(Trap.class, () -> inner.get().call());
        assertSame(TrapCode.UNREACHABLE, again.code());
    }
}
