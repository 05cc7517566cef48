package dev.wasm4j.capi;

import dev.wasm4j.Func;
import dev.wasm4j.Instance;
import dev.wasm4j.Val;
import org.junit.jupiter.api.Test;

import java.util.function.DoubleUnaryOperator;
import java.util.function.IntBinaryOperator;
import java.util.function.LongBinaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Typed views: generated bridges for public interfaces, method handles for the others, the same answers. */
class TypedCallsTest extends WasmtimeTestSupport {
    private static final String WAT = """
            (module
              (global $g (mut i32) (i32.const 0))
              (func $id (export "id") (param i32) (result i32) (local.get 0))
              (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
              (func (export "mul64") (param i64 i64) (result i64) (i64.mul (local.get 0) (local.get 1)))
              (func (export "neg") (param f64) (result f64) (f64.neg (local.get 0)))
              (func (export "same_f32") (param f32) (result f32) (local.get 0))
              (func (export "set") (param i32) (global.set $g (local.get 0)))
              (func (export "get") (result i32) (global.get $g))
              (func (export "same_ref") (param externref) (result externref) (local.get 0))
              (func (export "same_func") (param funcref) (result funcref) (local.get 0))
              (func (export "pair") (result i32 i32) (i32.const 1) (i32.const 2))
              (func (export "vec") (result v128) (v128.const i64x2 1 2)))
            """;

    public interface FloatIdentity {
        float same(float x);
    }

    public interface Setter {
        void set(int x);
    }

    public interface Getter {
        int get();
    }

    public interface StringIdentity {
        String same(String s);
    }

    public interface FuncIdentity {
        Func same(Func f);
    }

    interface PrivateAdder {
        int add(int a, int b);
    }

    @Test
    void numbers_of_every_type() {
        Instance i = instantiate(WAT);
        assertEquals(7, i.func("add").orElseThrow().typed(IntBinaryOperator.class).applyAsInt(3, 4));
        assertEquals(1L << 40, i.func("mul64").orElseThrow().typed(LongBinaryOperator.class)
                .applyAsLong(1L << 20, 1L << 20));
        assertEquals(-2.5, i.func("neg").orElseThrow().typed(DoubleUnaryOperator.class).applyAsDouble(2.5));
        float nan = Float.intBitsToFloat(0x7FA00001); // a NaN with a payload: kept bit for bit
        float back = i.func("same_f32").orElseThrow().typed(FloatIdentity.class).same(nan);
        assertEquals(0x7FA00001, Float.floatToRawIntBits(back));
    }

    @Test
    void no_result_and_no_parameters() {
        Instance i = instantiate(WAT);
        i.func("set").orElseThrow().typed(Setter.class).set(42);
        assertEquals(42, i.func("get").orElseThrow().typed(Getter.class).get());
    }

    @Test
    void references_as_objects_and_functions() {
        Instance i = instantiate(WAT);
        StringIdentity strings = i.func("same_ref").orElseThrow().typed(StringIdentity.class);
        String s = new String("not interned");
        assertSame(s, strings.same(s));
        assertNull(strings.same(null));
        Func id = i.func("id").orElseThrow();
        Func back = i.func("same_func").orElseThrow().typed(FuncIdentity.class).same(id);
        assertEquals(9, back.call(Val.i32(9))[0].asI32());
        assertNull(i.func("same_func").orElseThrow().typed(FuncIdentity.class).same(null));
    }

    @Test
    void interfaces_this_package_cannot_implement_work_through_method_handles() {
        PrivateAdder add = instantiate(WAT).func("add").orElseThrow().typed(PrivateAdder.class);
        assertEquals(5, add.add(2, 3));
        assertEquals(5, add.add(2, 3));
    }

    @Test
    void signatures_that_do_not_match_are_refused() {
        Instance i = instantiate(WAT);
        assertThrows(IllegalArgumentException.class, () -> i.func("add").orElseThrow().typed(LongBinaryOperator.class));
        assertThrows(IllegalArgumentException.class, () -> i.func("pair").orElseThrow().typed(Getter.class));
        assertThrows(IllegalArgumentException.class, () -> i.func("vec").orElseThrow().typed(Getter.class));
    }
}
