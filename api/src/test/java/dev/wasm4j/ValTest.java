package dev.wasm4j;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValTest {
    @Test
    void nan_payloads_survive() {
        Val v = Val.f32Bits(0x7fa0_0001);
        assertEquals(0x7fa0_0001, Float.floatToRawIntBits(v.asF32()));
        Val d = Val.f64Bits(0xfff0_0000_0000_0123L);
        assertEquals(0xfff0_0000_0000_0123L, Double.doubleToRawLongBits(d.asF64()));
    }

    @Test
    void values_compare_by_bits_so_negative_zero_differs_from_zero() {
        assertNotEquals(Val.f64(0.0), Val.f64(-0.0));
        assertEquals(Val.i32(-1), Val.i32(-1));
    }

    @Test
    void reading_the_wrong_type_is_an_error() {
        assertThrows(IllegalStateException.class, () -> Val.i32(1).asI64());
        assertThrows(IllegalArgumentException.class, () -> new Val(ValType.I32, 0, 0, "x"));
    }

    @Test
    void references_and_null() {
        assertTrue(Val.nullRef(RefType.EXTERNREF).isNull());
        assertEquals("hello", Val.externref("hello").asRef());
        assertEquals("externref", RefType.EXTERNREF.toString());
        assertEquals("(ref null 3)", new RefType(true, new ConcreteHeapType(3)).toString());
        assertEquals("(ref func)", new RefType(false, AbstractHeapType.FUNC).toString());
    }
}
