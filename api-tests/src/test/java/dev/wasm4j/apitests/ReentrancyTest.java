package dev.wasm4j.apitests;

import dev.wasm4j.Func;
import dev.wasm4j.FuncType;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Store;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Wasm calling the host calling wasm again, through both call paths, with values and exceptions. */
class ReentrancyTest {
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

    @OnEveryBackend
    void typedViewsReenterThroughHostFunctions(Wasm w) {
        AtomicReference<IntUnaryOperator> f = new AtomicReference<>();
        w.linker().func("env", "down", IntUnaryOperator.class, n -> f.get().applyAsInt(n));
        Instance i = w.instantiate(WAT);
        f.set(i.func("f").orElseThrow().typed(IntUnaryOperator.class));
        assertEquals(210, f.get().applyAsInt(20));
        assertEquals(15, f.get().applyAsInt(5)); // the shared buffers are intact afterwards

        // Twice per level: fib through the host, each call of the host calling wasm twice.
        Func[] fib = new Func[1];
        w.linker().func("env", "fibHost", IntUnaryOperator.class, n -> n < 2 ? n
                : fib[0].typed(IntUnaryOperator.class).applyAsInt(n - 1)
                + fib[0].typed(IntUnaryOperator.class).applyAsInt(n - 2));
        Instance j = w.instantiate("""
                (module (import "env" "fibHost" (func $h (param i32) (result i32)))
                  (func (export "fib") (param i32) (result i32)
                    (if (result i32) (i32.lt_s (local.get 0) (i32.const 2)) (then (local.get 0))
                      (else (call $h (local.get 0))))))
                """);
        fib[0] = j.func("fib").orElseThrow();
        assertEquals(6765, fib[0].call(Val.i32(20))[0].asI32());
    }

    @OnEveryBackend
    void dynamicCallsReenterThroughHostFunctions(Wasm w) {
        AtomicReference<Func> f = new AtomicReference<>();
        w.linker().func("env", "down", new FuncType(List.of(ValType.I32), List.of(ValType.I32)),
                (caller, args) -> {
                    caller.memory("memory").orElseThrow().writeInt(0, args[0].asI32());
                    return f.get().call(args);
                });
        Instance i = w.instantiate(WAT);
        f.set(i.func("f").orElseThrow());
        assertEquals(210, f.get().call(Val.i32(20))[0].asI32());
        assertEquals(0, i.memory("memory").orElseThrow().readInt(0));
    }

    @OnEveryBackend
    void aHostFailureDeepInsidePropagatesToTheOutermostCaller(Wasm w) {
        AtomicReference<IntUnaryOperator> f = new AtomicReference<>();
        w.linker().func("env", "down", IntUnaryOperator.class, n -> {
            if (n == 3) {
                throw new ArithmeticException("three");
            }
            return f.get().applyAsInt(n);
        });
        Instance i = w.instantiate(WAT);
        f.set(i.func("f").orElseThrow().typed(IntUnaryOperator.class));
        Trap t = assertThrows(Trap.class, () -> f.get().applyAsInt(10));
        assertEquals(TrapCode.HOST, t.code());
        // Each level rethrows the same trap: the outermost caller sees the first host failure.
        assertEquals(ArithmeticException.class, t.getCause().getClass());
        assertEquals(3, f.get().applyAsInt(2)); // still usable
    }

    @OnEveryBackend
    void aHostFunctionMayCallIntoAnotherStore(Wasm w) {
        try (Store<Void> other = Store.create(w.engine())) {
            Instance inOther = Linker.<Void>create(w.engine()).instantiate(other,
                    w.compile("(module (func (export \"sq\") (param i32) (result i32)"
                            + " (i32.mul (local.get 0) (local.get 0))))"));
            IntUnaryOperator sq = inOther.func("sq").orElseThrow().typed(IntUnaryOperator.class);
            w.linker().func("env", "down", IntUnaryOperator.class, sq);
            Instance i = w.instantiate(WAT);
            assertEquals(3 + 4, i.func("f").orElseThrow().call(Val.i32(3))[0].asI32());
        }
    }

    @OnEveryBackend
    void aWasmTrapInANestedCallReachesTheOutermostCallerUnchanged(Wasm w) {
        AtomicReference<Func> inner = new AtomicReference<>();
        w.linker().func("env", "down", IntUnaryOperator.class, n -> inner.get().call()[0].asI32());
        Instance trapper = w.instantiate("(module (func (export \"boom\") (result i32) unreachable))");
        inner.set(trapper.func("boom").orElseThrow());
        Instance i = w.instantiate(WAT);
        Trap t = assertThrows(Trap.class, () -> i.func("f").orElseThrow().call(Val.i32(2)));
        assertEquals(TrapCode.UNREACHABLE, t.code());
        Trap again = assertThrows(Trap.class, () -> inner.get().call());
        assertSame(TrapCode.UNREACHABLE, again.code());
    }

    @OnEveryBackend
    void aTrapInANestedWasmCallCrossesTheHostWithBothWasmFrames(Wasm w) {
        Func[] inner = new Func[1];
        w.linker().func("env", "callInner", IntUnaryOperator.class,
                n -> inner[0].typed(IntUnaryOperator.class).applyAsInt(n));
        Instance i = w.instantiate("""
                (module (import "env" "callInner" (func $h (param i32) (result i32)))
                  (func (export "outer") (param i32) (result i32) (call $h (local.get 0)))
                  (func (export "inner") (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0))))
                """);
        inner[0] = i.func("inner").orElseThrow();
        Trap t = assertThrows(Trap.class, () -> i.func("outer").orElseThrow().call(Val.i32(0)));
        assertEquals(TrapCode.INTEGER_DIVIDE_BY_ZERO, t.code());
        assertEquals(2, t.backtrace().size(), t.getMessage());
    }
}
