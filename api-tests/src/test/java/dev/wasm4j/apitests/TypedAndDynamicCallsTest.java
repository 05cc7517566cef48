package dev.wasm4j.apitests;

import dev.wasm4j.Feature;
import dev.wasm4j.Func;
import dev.wasm4j.Instance;
import dev.wasm4j.Val;
import dev.wasm4j.WasmException;

import java.util.function.DoubleUnaryOperator;
import java.util.function.IntBinaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Typed views (generated classes for public interfaces, method handles for the others) and dynamic calls. */
class TypedAndDynamicCallsTest {
    private static final String WAT = """
            (module
              (global $g (mut i32) (i32.const 0))
              (func $id (export "id") (param i32) (result i32) (local.get 0))
              (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
              (func (export "square") (param i64) (result i64) (i64.mul (local.get 0) (local.get 0)))
              (func (export "mul64") (param i64 i64) (result i64) (i64.mul (local.get 0) (local.get 1)))
              (func (export "neg") (param f64) (result f64) (f64.neg (local.get 0)))
              (func (export "neg32") (param f32) (result f32) (f32.neg (local.get 0)))
              (func (export "same_f32") (param f32) (result f32) (local.get 0))
              (func (export "set") (param i32) (global.set $g (local.get 0)))
              (func (export "get") (result i32) (global.get $g))
              (func (export "same_ref") (param externref) (result externref) (local.get 0))
              (func (export "same_func") (param funcref) (result funcref) (local.get 0))
              (func (export "swap") (param i32 f64) (result f64 i32) (local.get 1) (local.get 0))
              (func (export "pair") (result i32 i32) (i32.const 1) (i32.const 2)))
            """;

    interface Swap {
        Object[] unused();
    }

    interface RefIdentity {
        String apply(Object o);
    }

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

    @OnEveryBackend
    void typedCallsPassNumbersOfEveryTypeThrough(Wasm w) {
        Instance i = w.instantiate(WAT);
        IntBinaryOperator add = i.func("add").orElseThrow().typed(IntBinaryOperator.class);
        assertEquals(7, add.applyAsInt(3, 4));
        assertEquals(Integer.MIN_VALUE, add.applyAsInt(Integer.MAX_VALUE, 1));
        LongUnaryOperator square = i.func("square").orElseThrow().typed(LongUnaryOperator.class);
        assertEquals(1L << 62, square.applyAsLong(1L << 31));
        assertEquals(1L << 40, i.func("mul64").orElseThrow().typed(LongBinaryOperator.class)
                .applyAsLong(1L << 20, 1L << 20));
        assertEquals(-2.5, i.func("neg").orElseThrow().typed(DoubleUnaryOperator.class).applyAsDouble(2.5));
    }

    @OnEveryBackend
    void typedCallsKeepNanPayloads(Wasm w) {
        Instance i = w.instantiate(WAT);
        float nan = Float.intBitsToFloat(0x7FA0_0001); // a NaN with a payload: kept bit for bit
        float back = i.func("same_f32").orElseThrow().typed(FloatIdentity.class).same(nan);
        assertEquals(0x7FA0_0001, Float.floatToRawIntBits(back));
        float negated = i.func("neg32").orElseThrow().typed(FloatIdentity.class).same(nan);
        assertEquals(0xFFA0_0001, Float.floatToRawIntBits(negated));
    }

    @OnEveryBackend
    void typedCallsWithoutResultOrParameters(Wasm w) {
        Instance i = w.instantiate(WAT);
        i.func("set").orElseThrow().typed(Setter.class).set(42);
        assertEquals(42, i.func("get").orElseThrow().typed(Getter.class).get());
    }

    @OnEveryBackend
    void typedViewIsCachedPerInterface(Wasm w) {
        Func add = w.instantiate(WAT).func("add").orElseThrow();
        assertSame(add.typed(IntBinaryOperator.class), add.typed(IntBinaryOperator.class));
    }

    @OnEveryBackend
    void typedCallsPassReferencesAsObjectsAndFunctions(Wasm w) {
        Instance i = w.instantiate(WAT);
        RefIdentity id = i.func("same_ref").orElseThrow().typed(RefIdentity.class);
        assertEquals("hello", id.apply("hello"));
        assertNull(id.apply(null));
        StringIdentity strings = i.func("same_ref").orElseThrow().typed(StringIdentity.class);
        String s = new String("not interned");
        assertSame(s, strings.same(s));
        assertNull(strings.same(null));
        Func idFunc = i.func("id").orElseThrow();
        Func back = i.func("same_func").orElseThrow().typed(FuncIdentity.class).same(idFunc);
        assertEquals(9, back.call(Val.i32(9))[0].asI32());
        assertNull(i.func("same_func").orElseThrow().typed(FuncIdentity.class).same(null));
    }

    @OnEveryBackend
    void interfacesThisPackageCannotImplementWorkThroughMethodHandles(Wasm w) {
        PrivateAdder add = w.instantiate(WAT).func("add").orElseThrow().typed(PrivateAdder.class);
        assertEquals(5, add.add(2, 3));
        assertEquals(5, add.add(2, 3));
    }

    @OnEveryBackend
    void signaturesThatDoNotMatchAreRefused(Wasm w) {
        Instance i = w.instantiate(WAT);
        Func add = i.func("add").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> add.typed(LongUnaryOperator.class));
        assertThrows(IllegalArgumentException.class, () -> add.typed(LongBinaryOperator.class));
        assertThrows(IllegalArgumentException.class, () -> i.func("swap").orElseThrow().typed(Swap.class));
        assertThrows(IllegalArgumentException.class, () -> i.func("pair").orElseThrow().typed(Getter.class));
    }

    @OnEveryBackend
    void v128HasNoTypedView(Wasm w) {
        Func vec = w.instantiateNeeding(Feature.SIMD, "(module (func (export \"vec\") (result v128) (v128.const i64x2 1 2)))")
                .func("vec").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> vec.typed(Getter.class));
    }

    @OnEveryBackend
    void dynamicCallReturnsSeveralResults(Wasm w) {
        Val[] r = w.instantiate(WAT).func("swap").orElseThrow().call(Val.i32(7), Val.f64(2.5));
        assertArrayEquals(new Val[] {Val.f64(2.5), Val.i32(7)}, r);
    }

    @OnEveryBackend
    void dynamicCallChecksArguments(Wasm w) {
        Func add = w.instantiate(WAT).func("add").orElseThrow();
        assertThrows(WasmException.class, () -> add.call(Val.i32(1)));
        assertThrows(WasmException.class, () -> add.call(Val.i32(1), Val.i64(2)));
    }
}
