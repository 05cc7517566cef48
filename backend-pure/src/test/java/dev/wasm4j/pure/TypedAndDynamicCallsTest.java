package dev.wasm4j.pure;

import dev.wasm4j.Func;
import dev.wasm4j.Instance;
import dev.wasm4j.Val;
import dev.wasm4j.WasmException;
import org.junit.jupiter.api.Test;

import java.util.function.IntBinaryOperator;
import java.util.function.LongUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TypedAndDynamicCallsTest extends ApiTestSupport {
    interface Swap {
        Object[] unused();
    }

    interface RefIdentity {
        String apply(Object o);
    }

    interface FloatBits {
        float apply(float f);
    }

    private final Instance instance = instantiate("""
            (module
              (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
              (func (export "square") (param i64) (result i64) (i64.mul (local.get 0) (local.get 0)))
              (func (export "swap") (param i32 f64) (result f64 i32) (local.get 1) (local.get 0))
              (func (export "id") (param externref) (result externref) (local.get 0))
              (func (export "neg") (param f32) (result f32) (f32.neg (local.get 0))))
            """);

    @Test
    void typedCallPassesPrimitivesThrough() {
        IntBinaryOperator add = instance.func("add").orElseThrow().typed(IntBinaryOperator.class);
        assertEquals(7, add.applyAsInt(3, 4));
        assertEquals(Integer.MIN_VALUE, add.applyAsInt(Integer.MAX_VALUE, 1));
        LongUnaryOperator square = instance.func("square").orElseThrow().typed(LongUnaryOperator.class);
        assertEquals(1L << 62, square.applyAsLong(1L << 31));
    }

    @Test
    void typedViewIsCachedPerInterface() {
        Func add = instance.func("add").orElseThrow();
        assertSame(add.typed(IntBinaryOperator.class), add.typed(IntBinaryOperator.class));
    }

    @Test
    void typedCallOfReferencesCastsToTheInterfaceType() {
        RefIdentity id = instance.func("id").orElseThrow().typed(RefIdentity.class);
        assertEquals("hello", id.apply("hello"));
        assertNull(id.apply(null));
    }

    @Test
    void typedCallKeepsNanPayloads() {
        FloatBits neg = instance.func("neg").orElseThrow().typed(FloatBits.class);
        float nan = Float.intBitsToFloat(0x7FA0_0001);
        assertEquals(0xFFA0_0001, Float.floatToRawIntBits(neg.apply(nan)));
    }

    @Test
    void typedRejectsAMismatchedInterface() {
        Func add = instance.func("add").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> add.typed(LongUnaryOperator.class));
        assertThrows(IllegalArgumentException.class, () -> instance.func("swap").orElseThrow().typed(Swap.class));
    }

    @Test
    void dynamicCallReturnsSeveralResults() {
        Val[] r = instance.func("swap").orElseThrow().call(Val.i32(7), Val.f64(2.5));
        assertArrayEquals(new Val[] {Val.f64(2.5), Val.i32(7)}, r);
    }

    @Test
    void dynamicCallChecksArguments() {
        Func add = instance.func("add").orElseThrow();
        assertThrows(WasmException.class, () -> add.call(Val.i32(1)));
        assertThrows(WasmException.class, () -> add.call(Val.i32(1), Val.i64(2)));
    }
}
