package dev.wasm4j.pure;

import dev.wasm4j.FrameInfo;
import dev.wasm4j.Func;
import dev.wasm4j.Instance;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.function.IntBinaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrapsAndBacktracesTest extends ApiTestSupport {
    private final Instance instance = instantiate("""
            (module
              (@custom "name" "\\00\\02\\01m\\01\\0f\\02\\00\\05inner\\01\\05outer")
              (memory 1)
              (func $inner (param i32) (result i32) (i32.load (local.get 0)))
              (func $outer (export "load") (param i32) (result i32) (call $inner (local.get 0)))
              (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
              (func (export "unreachable") unreachable)
              (func (export "trunc") (param f64) (result i32) (i32.trunc_f64_s (local.get 0)))
              (table 2 funcref)
              (func (export "indirect") (param i32) (call_indirect (local.get 0))))
            """);

    private Trap trap(String name, Val... args) {
        Func f = instance.func(name).orElseThrow();
        return assertThrows(Trap.class, () -> f.call(args));
    }

    @Test
    void trapCodesFollowTheSpec() {
        assertEquals(TrapCode.INTEGER_DIVIDE_BY_ZERO, trap("div", Val.i32(1), Val.i32(0)).code());
        assertEquals(TrapCode.INTEGER_OVERFLOW, trap("div", Val.i32(Integer.MIN_VALUE), Val.i32(-1)).code());
        assertEquals(TrapCode.UNREACHABLE, trap("unreachable").code());
        assertEquals(TrapCode.INVALID_CONVERSION_TO_INTEGER, trap("trunc", Val.f64(Double.NaN)).code());
        assertEquals(TrapCode.INTEGER_OVERFLOW, trap("trunc", Val.f64(3e9)).code());
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap("load", Val.i32(65533)).code());
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap("load", Val.i32(-1)).code());
        assertEquals(TrapCode.UNINITIALIZED_ELEMENT, trap("indirect", Val.i32(0)).code());
        assertEquals(TrapCode.UNDEFINED_ELEMENT, trap("indirect", Val.i32(2)).code());
    }

    @Test
    void backtraceNamesTheWasmFramesInnermostFirst() {
        Trap t = trap("load", Val.i32(70000));
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

    @Test
    void backtraceOffsetPointsAtTheTrappingInstruction() {
        byte[] wasm = dev.wasm4j.Module.textToBinary("(module (func (export \"f\") nop nop unreachable))", "t");
        Instance i = linker.instantiate(store, dev.wasm4j.Module.fromBytes(engine, wasm));
        Trap t = assertThrows(Trap.class, () -> i.func("f").orElseThrow().call());
        long offset = t.backtrace().get(0).instructionOffset();
        assertEquals(0x00, wasm[(int) offset]); // the unreachable opcode
        assertEquals(0x01, wasm[(int) offset - 1]); // after two nops
    }

    @Test
    void typedCallsTrapToo() {
        IntBinaryOperator div = instance.func("div").orElseThrow().typed(IntBinaryOperator.class);
        Trap t = assertThrows(Trap.class, () -> div.applyAsInt(1, 0));
        assertEquals(TrapCode.INTEGER_DIVIDE_BY_ZERO, t.code());
        assertEquals(1, t.backtrace().size());
    }
}
