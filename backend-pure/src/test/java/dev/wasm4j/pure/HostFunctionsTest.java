package dev.wasm4j.pure;

import dev.wasm4j.Caller;
import dev.wasm4j.FuncType;
import dev.wasm4j.Instance;
import dev.wasm4j.Memory;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostFunctionsTest extends ApiTestSupport {
    public interface Log {
        void log(Caller caller, int address, int length);
    }

    public interface LongOp {
        long apply(long a, long b);
    }

    @Test
    void typedHostFunctionIsCalledWithPrimitives() {
        linker.func("env", "mul", LongOp.class, (a, b) -> a * b);
        Instance i = instantiate("""
                (module (import "env" "mul" (func $mul (param i64 i64) (result i64)))
                  (func (export "cube") (param i64) (result i64)
                    (call $mul (local.get 0) (call $mul (local.get 0) (local.get 0)))))
                """);
        assertEquals(27L, i.func("cube").orElseThrow().call(Val.i64(3))[0].asI64());
    }

    @Test
    void dynamicHostFunctionGetsAndReturnsVals() {
        linker.func("env", "swap", new FuncType(List.of(ValType.I32, ValType.F32), List.of(ValType.F32, ValType.I32)),
                (caller, args) -> new Val[] {args[1], args[0]});
        Instance i = instantiate("""
                (module (import "env" "swap" (func $swap (param i32 f32) (result f32 i32)))
                  (func (export "f") (result i32) (local i32)
                    (call $swap (i32.const 5) (f32.const 1.5)) (local.set 0) (drop) (local.get 0)))
                """);
        assertEquals(5, i.func("f").orElseThrow().call()[0].asI32());
    }

    @Test
    void hostFunctionReadsTheCallersMemoryThroughCaller() {
        List<String> seen = new ArrayList<>();
        linker.func("env", "log", Log.class, (caller, address, length) ->
                seen.add(caller.memory("memory").orElseThrow().readString(address, length)));
        Instance i = instantiate("""
                (module (import "env" "log" (func $log (param i32 i32)))
                  (memory (export "memory") 1)
                  (data (i32.const 16) "hello, host")
                  (func (export "run") (call $log (i32.const 16) (i32.const 11))))
                """);
        i.func("run").orElseThrow().call();
        assertEquals(List.of("hello, host"), seen);
    }

    @Test
    void hostCanWriteMemoryTheModuleReads() {
        Instance i = instantiate("""
                (module (memory (export "memory") 1)
                  (func (export "load") (param i32) (result i64) (i64.load (local.get 0))))
                """);
        Memory m = i.memory("memory").orElseThrow();
        m.writeLong(100, 0x1122334455667788L);
        assertEquals(0x1122334455667788L, i.func("load").orElseThrow().call(Val.i32(100))[0].asI64());
        assertEquals((byte) 0x88, m.readByte(100));
        assertThrows(Trap.class, () -> m.readInt(65534));
    }

    @Test
    void exceptionOfAHostFunctionBecomesAHostTrapWithItsCause() {
        IllegalStateException boom = new IllegalStateException("boom");
        linker.func("env", "fail", IntUnaryOperator.class, x -> {
            throw boom;
        });
        Instance i = instantiate("""
                (module (import "env" "fail" (func $fail (param i32) (result i32)))
                  (func (export "run") (result i32) (call $fail (i32.const 1))))
                """);
        Trap t = assertThrows(Trap.class, () -> i.func("run").orElseThrow().call());
        assertEquals(TrapCode.HOST, t.code());
        assertSame(boom, t.getCause());
        assertTrue(t.backtrace().size() >= 1, t.getMessage());
    }

    @Test
    void trapThrownByAHostFunctionPropagatesUnchanged() {
        Trap mine = new Trap(TrapCode.INTERRUPTED, List.of());
        linker.func("env", "stop", new FuncType(List.of(), List.of()), (caller, args) -> {
            throw mine;
        });
        Instance i = instantiate("""
                (module (import "env" "stop" (func $stop)) (func (export "run") (call $stop)))
                """);
        assertSame(mine, assertThrows(Trap.class, () -> i.func("run").orElseThrow().call()));
    }

    @Test
    void hostFunctionCalledFromTheHostSeesACallerWithoutExports() {
        linker.func("env", "probe", new FuncType(List.of(), List.of(ValType.I32)),
                (caller, args) -> new Val[] {Val.i32(caller.export("memory").isPresent() ? 1 : 0)});
        var probe = linker.get(store, "env", "probe").orElseThrow();
        assertEquals(0, ((dev.wasm4j.Func) probe).call()[0].asI32());
    }
}
