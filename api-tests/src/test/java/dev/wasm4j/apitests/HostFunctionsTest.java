package dev.wasm4j.apitests;

import dev.wasm4j.Caller;
import dev.wasm4j.Func;
import dev.wasm4j.FuncType;
import dev.wasm4j.Instance;
import dev.wasm4j.Memory;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;
import dev.wasm4j.WasmException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;
import java.util.function.LongUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostFunctionsTest {
    public interface Log {
        void log(Caller caller, int address, int length);
    }

    public interface LongOp {
        long apply(long a, long b);
    }

    public interface Mixed {
        double mix(int a, long b, float c, double d);
    }

    interface Identity {
        Object same(Object o);
    }

    @OnEveryBackend
    void typedHostFunctionsGetAndReturnPrimitivesWithoutBoxing(Wasm w) {
        w.linker().func("env", "add", IntBinaryOperator.class, (a, b) -> a + b);
        w.linker().func("env", "mul", LongOp.class, (a, b) -> a * b);
        w.linker().func("env", "mix", Mixed.class, (a, b, c, d) -> a + b + c + d);
        Instance i = w.instantiate("""
                (module
                  (import "env" "add" (func $add (param i32 i32) (result i32)))
                  (import "env" "mul" (func $mul (param i64 i64) (result i64)))
                  (import "env" "mix" (func $mix (param i32 i64 f32 f64) (result f64)))
                  (func (export "add3") (param i32 i32 i32) (result i32)
                    (call $add (call $add (local.get 0) (local.get 1)) (local.get 2)))
                  (func (export "cube") (param i64) (result i64)
                    (call $mul (local.get 0) (call $mul (local.get 0) (local.get 0))))
                  (func (export "mix") (result f64)
                    (call $mix (i32.const 1) (i64.const 2) (f32.const 0.5) (f64.const 0.25))))
                """);
        assertEquals(6, i.func("add3").orElseThrow().call(Val.i32(1), Val.i32(2), Val.i32(3))[0].asI32());
        assertEquals(27L, i.func("cube").orElseThrow().call(Val.i64(3))[0].asI64());
        assertEquals(3.75, i.func("mix").orElseThrow().call()[0].asF64());
    }

    @OnEveryBackend
    void dynamicHostFunctionsGetAndReturnSeveralVals(Wasm w) {
        w.linker().func("env", "swap", new FuncType(List.of(ValType.I32, ValType.F32), List.of(ValType.F32, ValType.I32)),
                (caller, args) -> new Val[] {args[1], args[0]});
        w.linker().func("env", "divmod", new FuncType(List.of(ValType.I32, ValType.I32), List.of(ValType.I32, ValType.I32)),
                (caller, args) -> new Val[] {Val.i32(args[0].asI32() / args[1].asI32()),
                        Val.i32(args[0].asI32() % args[1].asI32())});
        Instance i = w.instantiate("""
                (module
                  (import "env" "swap" (func $swap (param i32 f32) (result f32 i32)))
                  (import "env" "divmod" (func $divmod (param i32 i32) (result i32 i32)))
                  (func (export "f") (result i32) (local i32)
                    (call $swap (i32.const 5) (f32.const 1.5)) (local.set 0) (drop) (local.get 0))
                  (func (export "divmod") (result i32 i32) (call $divmod (i32.const 17) (i32.const 5))))
                """);
        assertEquals(5, i.func("f").orElseThrow().call()[0].asI32());
        Val[] r = i.func("divmod").orElseThrow().call();
        assertEquals(3, r[0].asI32());
        assertEquals(2, r[1].asI32());
    }

    @OnEveryBackend
    void hostFunctionReadsTheCallersMemoryThroughCaller(Wasm w) {
        List<String> seen = new ArrayList<>();
        w.linker().func("env", "log", Log.class, (caller, address, length) ->
                seen.add(caller.memory("memory").orElseThrow().readString(address, length)));
        Instance i = w.instantiate("""
                (module (import "env" "log" (func $log (param i32 i32)))
                  (memory (export "memory") 1)
                  (data (i32.const 16) "hello, host")
                  (func (export "run") (call $log (i32.const 16) (i32.const 11))))
                """);
        i.func("run").orElseThrow().call();
        assertEquals(List.of("hello, host"), seen);
    }

    @OnEveryBackend
    void externrefKeepsTheJavaObjectsIdentityThroughWasm(Wasm w) {
        w.linker().func("env", "same", Identity.class, o -> o);
        Instance i = w.instantiate("""
                (module
                  (import "env" "same" (func $same (param externref) (result externref)))
                  (func (export "pass") (param externref) (result externref) (call $same (local.get 0))))
                """);
        Object token = new Object();
        Func pass = i.func("pass").orElseThrow();
        assertSame(token, pass.call(Val.externref(token))[0].asRef());
        assertSame(token, pass.typed(Identity.class).same(token));
        assertEquals(null, pass.call(Val.externref(null))[0].asRef());
    }

    @OnEveryBackend
    void exceptionOfAHostFunctionBecomesAHostTrapWithItsCause(Wasm w) {
        IllegalStateException boom = new IllegalStateException("boom");
        w.linker().func("env", "fail", IntUnaryOperator.class, x -> {
            throw boom;
        });
        w.linker().func("env", "fail64", LongUnaryOperator.class, x -> {
            throw boom;
        });
        Instance i = w.instantiate("""
                (module $m
                  (import "env" "fail" (func $fail (param i32) (result i32)))
                  (import "env" "fail64" (func $fail64 (param i64) (result i64)))
                  (func (export "run") (result i32) (call $fail (i32.const 1)))
                  (func $inner (export "run64") (result i64) (call $fail64 (i64.const 1))))
                """);
        Trap t = assertThrows(Trap.class, () -> i.func("run").orElseThrow().call());
        assertEquals(TrapCode.HOST, t.code());
        assertSame(boom, t.getCause());
        assertTrue(t.backtrace().size() >= 1, t.getMessage());
        Trap t64 = assertThrows(Trap.class, () -> i.func("run64").orElseThrow().call());
        assertEquals(TrapCode.HOST, t64.code());
        assertSame(boom, t64.getCause());
        assertTrue(t64.getMessage().startsWith("host function failed"), t64.getMessage());
        assertEquals("inner", t64.backtrace().get(0).functionName().orElseThrow());
    }

    @OnEveryBackend
    void wasmExceptionOrTrapThrownByAHostFunctionPropagatesUnchanged(Wasm w) {
        WasmException mine = new WasmException("stop here");
        w.linker().func("env", "stop", new FuncType(List.of(), List.of()), (caller, args) -> {
            throw mine;
        });
        String wat = """
                (module (import "env" "stop" (func $stop)) (func (export "run") (call $stop)))
                """;
        Instance i = w.instantiate(wat);
        assertSame(mine, assertThrows(WasmException.class, () -> i.func("run").orElseThrow().call()));
        for (TrapCode code : new TrapCode[] {TrapCode.INTERRUPTED, TrapCode.UNREACHABLE}) {
            Trap trap = new Trap(code, List.of());
            w.linker().allowShadowing(true).func("env", "stop", new FuncType(List.of(), List.of()), (caller, args) -> {
                throw trap;
            });
            Instance j = w.instantiate(wat);
            assertSame(trap, assertThrows(Trap.class, () -> j.func("run").orElseThrow().call()));
        }
    }

    @OnEveryBackend
    void wrongResultsOfADynamicHostFunctionAreReported(Wasm w) {
        w.linker().func("env", "bad", new FuncType(List.of(), List.of(ValType.I32)),
                (caller, args) -> new Val[] {Val.i64(1)});
        Instance i = w.instantiate("""
                (module (import "env" "bad" (func $bad (result i32))) (func (export "run") (result i32) (call $bad)))
                """);
        WasmException e = assertThrows(WasmException.class, () -> i.func("run").orElseThrow().call());
        assertTrue(e.getMessage().contains("expected i32"), e.getMessage());
    }

    @OnEveryBackend
    void hostFunctionCalledFromJavaSeesACallerWithoutExports(Wasm w) {
        w.linker().func("env", "probe", new FuncType(List.of(), List.of(ValType.I32)),
                (caller, args) -> new Val[] {Val.i32(caller.export("memory").isPresent() ? 1 : 0)});
        Func probe = (Func) w.linker().get(w.store(), "env", "probe").orElseThrow();
        assertEquals(0, probe.call()[0].asI32());

        Func f = Func.ofTyped(w.store(), IntBinaryOperator.class, (a, b) -> a * b);
        assertEquals(new FuncType(List.of(ValType.I32, ValType.I32), List.of(ValType.I32)), f.type());
        assertEquals(42, f.call(Val.i32(6), Val.i32(7))[0].asI32());
        assertEquals(42, f.typed(IntBinaryOperator.class).applyAsInt(6, 7));
        boolean[] called = new boolean[1];
        Func g = Func.of(w.store(), new FuncType(List.of(), List.of()), (caller, args) -> {
            assertTrue(caller.export("memory").isEmpty());
            called[0] = true;
            return new Val[0];
        });
        g.call();
        assertTrue(called[0]);
    }

    @OnEveryBackend
    void callerIsOnlyValidDuringTheCall(Wasm w) {
        Caller[] kept = new Caller[1];
        w.linker().func("env", "keep", new FuncType(List.of(), List.of()), (caller, args) -> {
            kept[0] = caller;
            return new Val[0];
        });
        Instance i = w.instantiate("""
                (module (import "env" "keep" (func $keep)) (memory (export "memory") 1)
                  (func (export "run") (call $keep)))
                """);
        i.func("run").orElseThrow().call();
        assertThrows(IllegalStateException.class, () -> kept[0].export("memory"));
        Memory m = i.memory("memory").orElseThrow();
        assertEquals(65536, m.byteSize());
    }
}
