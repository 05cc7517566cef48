package dev.wasm4j.apitests;

import dev.wasm4j.FrameInfo;
import dev.wasm4j.Func;
import dev.wasm4j.Instance;
import dev.wasm4j.Module;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;

import java.util.List;
import java.util.Optional;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrapsAndBacktracesTest {
    private static final String WAT = """
            (module $traps
              (type $v (func))
              (type $i (func (result i32)))
              (table 2 funcref)
              (elem (i32.const 0) $nop)
              (memory 1)
              (func $nop)
              (func (export "unreachable") unreachable)
              (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
              (func (export "trunc") (param f64) (result i32) (i32.trunc_f64_s (local.get 0)))
              (func (export "trunc32") (param f32) (result i32) (i32.trunc_f32_s (local.get 0)))
              (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
              (func (export "call_indirect") (param i32) (call_indirect (type $v) (local.get 0)))
              (func (export "wrong_type") (result i32) (call_indirect (type $i) (i32.const 0)))
              (func $outer (export "outer") (call $middle))
              (func $middle (call $inner))
              (func $inner unreachable))
            """;

    private static Trap trap(Instance instance, String name, Val... args) {
        Func f = instance.func(name).orElseThrow();
        return assertThrows(Trap.class, () -> f.call(args));
    }

    @OnEveryBackend
    void trapCodesFollowTheSpec(Wasm w) {
        Instance i = w.instantiate(WAT);
        assertEquals(TrapCode.UNREACHABLE, trap(i, "unreachable").code());
        assertEquals(TrapCode.INTEGER_DIVIDE_BY_ZERO, trap(i, "div", Val.i32(1), Val.i32(0)).code());
        assertEquals(TrapCode.INTEGER_OVERFLOW, trap(i, "div", Val.i32(Integer.MIN_VALUE), Val.i32(-1)).code());
        assertEquals(TrapCode.INVALID_CONVERSION_TO_INTEGER, trap(i, "trunc", Val.f64(Double.NaN)).code());
        assertEquals(TrapCode.INVALID_CONVERSION_TO_INTEGER, trap(i, "trunc32", Val.f32(Float.NaN)).code());
        assertEquals(TrapCode.INTEGER_OVERFLOW, trap(i, "trunc", Val.f64(3e9)).code());
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(i, "load", Val.i32(65533)).code());
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(i, "load", Val.i32(65534)).code());
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(i, "load", Val.i32(-1)).code());
        assertEquals(TrapCode.UNINITIALIZED_ELEMENT, trap(i, "call_indirect", Val.i32(1)).code());
        assertEquals(TrapCode.UNDEFINED_ELEMENT, trap(i, "call_indirect", Val.i32(2)).code());
        assertEquals(TrapCode.UNDEFINED_ELEMENT, trap(i, "call_indirect", Val.i32(5)).code());
        assertEquals(TrapCode.INDIRECT_CALL_TYPE_MISMATCH, trap(i, "wrong_type").code());
    }

    @OnEveryBackend
    void trapMessageIsTheSpecWordingThenTheBacktraceInnermostFirst(Wasm w) {
        Trap t = trap(w.instantiate(WAT), "outer");
        assertTrue(t.getMessage().startsWith("unreachable\nwasm backtrace:"), t.getMessage());
        List<FrameInfo> frames = t.backtrace();
        assertEquals(List.of("inner", "middle", "outer"),
                frames.stream().map(f -> f.functionName().orElseThrow()).toList());
        assertEquals(List.of(10, 9, 8), frames.stream().map(FrameInfo::functionIndex).toList());
        assertEquals("traps", frames.get(0).moduleName().orElseThrow());
        assertTrue(frames.get(0).instructionOffset() > 0);
    }

    @OnEveryBackend
    void backtraceNamesComeFromTheNameSection(Wasm w) {
        Instance instance = w.instantiate("""
                (module
                  (@custom "name" "\\00\\02\\01m\\01\\0f\\02\\00\\05inner\\01\\05outer")
                  (memory 1)
                  (func $inner (param i32) (result i32) (i32.load (local.get 0)))
                  (func $outer (export "load") (param i32) (result i32) (call $inner (local.get 0))))
                """);
        Trap t = trap(instance, "load", Val.i32(70000));
        List<FrameInfo> frames = t.backtrace();
        assertEquals(2, frames.size(), t.getMessage());
        assertEquals(0, frames.get(0).functionIndex());
        assertEquals(Optional.of("inner"), frames.get(0).functionName());
        assertEquals(Optional.of("m"), frames.get(0).moduleName());
        assertEquals(1, frames.get(1).functionIndex());
        assertEquals(Optional.of("outer"), frames.get(1).functionName());
        assertTrue(frames.get(0).instructionOffset() > 0);
        assertTrue(frames.get(1).instructionOffset() > frames.get(0).instructionOffset());
        assertTrue(t.getMessage().startsWith("out of bounds memory access\nwasm backtrace:"), t.getMessage());
    }

    @OnEveryBackend
    void backtraceOffsetPointsAtTheTrappingInstruction(Wasm w) {
        byte[] wasm = Module.textToBinary("(module (func (export \"f\") nop nop unreachable))", "t");
        Instance i = w.linker().instantiate(w.store(), Module.fromBytes(w.engine(), wasm));
        Trap t = assertThrows(Trap.class, () -> i.func("f").orElseThrow().call());
        long offset = t.backtrace().get(0).instructionOffset();
        assertEquals(0x00, wasm[(int) offset]); // the unreachable opcode
        assertEquals(0x01, wasm[(int) offset - 1]); // after two nops
    }

    @OnEveryBackend
    void typedCallsTrapTheSameWayAndStayUsable(Wasm w) {
        Instance i = w.instantiate(WAT);
        IntBinaryOperator div = i.func("div").orElseThrow().typed(IntBinaryOperator.class);
        Trap t = assertThrows(Trap.class, () -> div.applyAsInt(1, 0));
        assertEquals(TrapCode.INTEGER_DIVIDE_BY_ZERO, t.code());
        assertEquals(1, t.backtrace().size());
        IntUnaryOperator load = i.func("load").orElseThrow().typed(IntUnaryOperator.class);
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, assertThrows(Trap.class, () -> load.applyAsInt(-1)).code());
        assertEquals(0, load.applyAsInt(0)); // the view still works after a trap
        assertEquals(3, div.applyAsInt(7, 2));
    }

    /**
     * Unbounded recursion is a stack-exhausted trap, every time, and the thread carries on. How deep wasm may
     * recurse differs per backend (the JVM's thread stack for pure, wasmtime's own limit); 1000 frames fit in
     * each.
     */
    @OnEveryBackend
    void deepRecursionIsACallStackExhaustedTrapAndTheHostCarriesOn(Wasm w) {
        Instance i = w.instantiate("""
                (module
                  (func $down (export "down") (param i64) (result i64)
                    (if (result i64) (i64.eqz (local.get 0)) (then (i64.const 0))
                      (else (i64.add (i64.const 1) (call $down (i64.sub (local.get 0) (i64.const 1)))))))
                  (func $recurse (export "recurse") (param i32) (result i32)
                    (i32.add (call $recurse (local.get 0)) (i32.const 1))))
                """);
        Func down = i.func("down").orElseThrow();
        for (int round = 0; round < 3; round++) {
            Trap t = assertThrows(Trap.class, () -> down.call(Val.i64(1L << 40)));
            assertEquals(TrapCode.STACK_EXHAUSTED, t.code());
            assertEquals("call stack exhausted", t.getMessage().lines().findFirst().orElseThrow());
        }
        assertEquals(TrapCode.STACK_EXHAUSTED, trap(i, "recurse", Val.i32(0)).code());
        assertEquals(1000, down.call(Val.i64(1000))[0].asI64());
    }
}
