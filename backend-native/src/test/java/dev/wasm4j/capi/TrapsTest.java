package dev.wasm4j.capi;

import dev.wasm4j.FrameInfo;
import dev.wasm4j.Func;
import dev.wasm4j.Instance;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.IntUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrapsTest extends WasmtimeTestSupport {
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
              (func (export "trunc") (param f32) (result i32) (i32.trunc_f32_s (local.get 0)))
              (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
              (func (export "call_indirect") (param i32) (call_indirect (type $v) (local.get 0)))
              (func (export "wrong_type") (result i32) (call_indirect (type $i) (i32.const 0)))
              (func $recurse (export "recurse") (param i32) (result i32)
                (i32.add (call $recurse (local.get 0)) (i32.const 1)))
              (func $outer (export "outer") (call $middle))
              (func $middle (call $inner))
              (func $inner unreachable))
            """;

    private Trap trap(Func f, Val... args) {
        return assertThrows(Trap.class, () -> f.call(args));
    }

    @Test
    void each_kind_of_trap_has_the_code_backend_pure_uses() {
        Instance i = instantiate(WAT);
        assertEquals(TrapCode.UNREACHABLE, trap(i.func("unreachable").orElseThrow()).code());
        Func div = i.func("div").orElseThrow();
        assertEquals(TrapCode.INTEGER_DIVIDE_BY_ZERO, trap(div, Val.i32(1), Val.i32(0)).code());
        assertEquals(TrapCode.INTEGER_OVERFLOW, trap(div, Val.i32(Integer.MIN_VALUE), Val.i32(-1)).code());
        assertEquals(TrapCode.INVALID_CONVERSION_TO_INTEGER, trap(i.func("trunc").orElseThrow(),
                Val.f32(Float.NaN)).code());
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap(i.func("load").orElseThrow(), Val.i32(65534)).code());
        Func callIndirect = i.func("call_indirect").orElseThrow();
        assertEquals(TrapCode.UNINITIALIZED_ELEMENT, trap(callIndirect, Val.i32(1)).code());
        assertEquals(TrapCode.UNDEFINED_ELEMENT, trap(callIndirect, Val.i32(5)).code());
        assertEquals(TrapCode.INDIRECT_CALL_TYPE_MISMATCH, trap(i.func("wrong_type").orElseThrow()).code());
        assertEquals(TrapCode.STACK_EXHAUSTED, trap(i.func("recurse").orElseThrow(), Val.i32(0)).code());
    }

    @Test
    void trap_message_is_the_spec_wording_then_the_backtrace() {
        Trap t = trap(instantiate(WAT).func("outer").orElseThrow());
        assertTrue(t.getMessage().startsWith("unreachable\nwasm backtrace:"), t.getMessage());
        List<FrameInfo> frames = t.backtrace();
        assertEquals(List.of("inner", "middle", "outer"),
                frames.stream().map(f -> f.functionName().orElseThrow()).toList());
        assertEquals(List.of(10, 9, 8), frames.stream().map(FrameInfo::functionIndex).toList());
        assertEquals("traps", frames.get(0).moduleName().orElseThrow());
        assertTrue(frames.get(0).instructionOffset() > 0);
    }

    @Test
    void typed_calls_trap_the_same_way() {
        Instance i = instantiate(WAT);
        IntUnaryOperator load = i.func("load").orElseThrow().typed(IntUnaryOperator.class);
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, assertThrows(Trap.class, () -> load.applyAsInt(-1)).code());
        assertEquals(0, load.applyAsInt(0)); // the view still works after a trap
    }

    @Test
    void a_trap_in_the_start_function_fails_instantiation() {
        Trap t = assertThrows(Trap.class, () -> instantiate("(module (func $s unreachable) (start $s))"));
        assertEquals(TrapCode.UNREACHABLE, t.code());
    }

    @Test
    void out_of_bounds_data_segment_traps_at_instantiation() {
        Trap t = assertThrows(Trap.class, () -> instantiate(
                "(module (memory 1) (data (i32.const 65535) \"ab\"))"));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, t.code());
    }
}
