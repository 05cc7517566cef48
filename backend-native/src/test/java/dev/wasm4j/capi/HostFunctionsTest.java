package dev.wasm4j.capi;

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
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;
import java.util.function.LongUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostFunctionsTest extends WasmtimeTestSupport {
    interface Mixed {
        double mix(int a, long b, float c, double d);
    }

    interface Log {
        void log(Caller caller, int pointer, int length);
    }

    interface Identity {
        Object same(Object o);
    }

    @Test
    void typed_host_function_gets_and_returns_primitives_without_boxing() {
        linker().func("env", "add", IntBinaryOperator.class, (a, b) -> a + b);
        linker().func("env", "mix", Mixed.class, (a, b, c, d) -> a + b + c + d);
        Instance i = instantiate("""
                (module
                  (import "env" "add" (func $add (param i32 i32) (result i32)))
                  (import "env" "mix" (func $mix (param i32 i64 f32 f64) (result f64)))
                  (func (export "add3") (param i32 i32 i32) (result i32)
                    (call $add (call $add (local.get 0) (local.get 1)) (local.get 2)))
                  (func (export "mix") (result f64)
                    (call $mix (i32.const 1) (i64.const 2) (f32.const 0.5) (f64.const 0.25))))
                """);
        assertEquals(6, i.func("add3").orElseThrow().call(Val.i32(1), Val.i32(2), Val.i32(3))[0].asI32());
        assertEquals(3.75, i.func("mix").orElseThrow().call()[0].asF64());
    }

    @Test
    void typed_host_function_with_caller_reads_the_callers_memory() {
        List<String> logged = new ArrayList<>();
        linker().func("env", "log", Log.class, (caller, pointer, length) ->
                logged.add(caller.memory("memory").orElseThrow().readString(pointer, length)));
        Instance i = instantiate("""
                (module
                  (import "env" "log" (func $log (param i32 i32)))
                  (memory (export "memory") 1)
                  (data (i32.const 16) "hello, host")
                  (func (export "run") (call $log (i32.const 16) (i32.const 11))))
                """);
        i.func("run").orElseThrow().call();
        assertEquals(List.of("hello, host"), logged);
    }

    @Test
    void dynamic_host_function_with_several_results() {
        FuncType twoByTwo = new FuncType(List.of(ValType.I32, ValType.I32), List.of(ValType.I32, ValType.I32));
        linker().func("env", "divmod", twoByTwo,
                (caller, args) -> new Val[] {Val.i32(args[0].asI32() / args[1].asI32()),
                        Val.i32(args[0].asI32() % args[1].asI32())});
        Instance i = instantiate("""
                (module
                  (import "env" "divmod" (func $divmod (param i32 i32) (result i32 i32)))
                  (func (export "f") (result i32 i32) (call $divmod (i32.const 17) (i32.const 5))))
                """);
        Val[] r = i.func("f").orElseThrow().call();
        assertEquals(3, r[0].asI32());
        assertEquals(2, r[1].asI32());
    }

    @Test
    void externref_keeps_the_java_object_identity_through_wasm() {
        linker().func("env", "same", Identity.class, o -> o);
        Instance i = instantiate("""
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

    @Test
    void host_exception_becomes_a_host_trap_with_the_exception_as_cause() {
        IllegalStateException boom = new IllegalStateException("boom");
        linker().func("env", "fail", LongUnaryOperator.class, x -> {
            throw boom;
        });
        Instance i = instantiate("""
                (module $m
                  (import "env" "fail" (func $fail (param i64) (result i64)))
                  (func $inner (export "run") (result i64) (call $fail (i64.const 1))))
                """);
        Trap t = assertThrows(Trap.class, () -> i.func("run").orElseThrow().call());
        assertEquals(TrapCode.HOST, t.code());
        assertSame(boom, t.getCause());
        assertTrue(t.getMessage().startsWith("host function failed"), t.getMessage());
        assertEquals("inner", t.backtrace().get(0).functionName().orElseThrow());
    }

    @Test
    void wasm_exception_of_a_host_function_propagates_unchanged() {
        WasmException mine = new WasmException("stop here");
        linker().func("env", "stop", new FuncType(List.of(), List.of()), (caller, args) -> {
            throw mine;
        });
        Instance i = instantiate("""
                (module (import "env" "stop" (func $stop)) (func (export "run") (call $stop)))
                """);
        assertSame(mine, assertThrows(WasmException.class, () -> i.func("run").orElseThrow().call()));
        Trap trap = new Trap(TrapCode.UNREACHABLE, List.of());
        linker().allowShadowing(true).func("env", "stop", new FuncType(List.of(), List.of()), (caller, args) -> {
            throw trap;
        });
        Instance j = instantiate("""
                (module (import "env" "stop" (func $stop)) (func (export "run") (call $stop)))
                """);
        assertSame(trap, assertThrows(Trap.class, () -> j.func("run").orElseThrow().call()));
    }

    @Test
    void wrong_results_of_a_dynamic_host_function_are_reported() {
        linker().func("env", "bad", new FuncType(List.of(), List.of(ValType.I32)),
                (caller, args) -> new Val[] {Val.i64(1)});
        Instance i = instantiate("""
                (module (import "env" "bad" (func $bad (result i32))) (func (export "run") (result i32) (call $bad)))
                """);
        WasmException e = assertThrows(WasmException.class, () -> i.func("run").orElseThrow().call());
        assertTrue(e.getMessage().contains("expected i32"), e.getMessage());
    }

    @Test
    void host_function_called_directly_from_java() {
        Func f = Func.ofTyped(store(), IntBinaryOperator.class, (a, b) -> a * b);
        assertEquals(new FuncType(List.of(ValType.I32, ValType.I32), List.of(ValType.I32)), f.type());
        assertEquals(42, f.call(Val.i32(6), Val.i32(7))[0].asI32());
        assertEquals(42, f.typed(IntBinaryOperator.class).applyAsInt(6, 7));
        Func g = Func.of(store(), new FuncType(List.of(), List.of()), (caller, args) -> {
            assertTrue(caller.export("memory").isEmpty());
            return new Val[0];
        });
        g.call();
    }

    @Test
    void caller_is_only_valid_during_the_call() {
        Caller[] kept = new Caller[1];
        linker().func("env", "keep", new FuncType(List.of(), List.of()), (caller, args) -> {
            kept[0] = caller;
            return new Val[0];
        });
        Instance i = instantiate("""
                (module (import "env" "keep" (func $keep)) (memory (export "memory") 1)
                  (func (export "run") (call $keep)))
                """);
        i.func("run").orElseThrow().call();
        assertThrows(IllegalStateException.class, () -> kept[0].export("memory"));
        Memory m = i.memory("memory").orElseThrow();
        assertEquals(65536, m.byteSize());
    }
}
