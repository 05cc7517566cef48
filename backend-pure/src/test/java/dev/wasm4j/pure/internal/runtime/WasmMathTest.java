package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.TrapCode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WasmMathTest {
    private static TrapCode trap(Runnable r) {
        return assertThrows(TrapSignal.class, r::run).code();
    }

    @Test
    void divisionTrapsOnZeroAndOverflow() {
        assertEquals(TrapCode.INTEGER_DIVIDE_BY_ZERO, trap(() -> WasmMath.i32DivU(1, 0)));
        assertEquals(TrapCode.INTEGER_OVERFLOW, trap(() -> WasmMath.i64DivS(Long.MIN_VALUE, -1)));
        assertEquals(0, WasmMath.i32RemS(Integer.MIN_VALUE, -1));
        assertEquals(1, WasmMath.i32DivU(-1, -1));
    }

    @Test
    void truncationBoundsAreExact() {
        assertEquals(Integer.MIN_VALUE, WasmMath.i32TruncF64S(-2147483648.9));
        assertEquals(TrapCode.INTEGER_OVERFLOW, trap(() -> WasmMath.i32TruncF64S(-2147483649.0)));
        assertEquals(-1, WasmMath.i32TruncF64U(4294967295.9));
        assertEquals(0, WasmMath.i32TruncF32U(-0.9f));
        assertEquals(TrapCode.INTEGER_OVERFLOW, trap(() -> WasmMath.i32TruncF32U(-1.0f)));
        assertEquals(-2048L, WasmMath.i64TruncF64U(18446744073709549568.0));
        assertEquals(TrapCode.INVALID_CONVERSION_TO_INTEGER, trap(() -> WasmMath.i64TruncF32S(Float.NaN)));
    }

    @Test
    void saturatingUnsignedConversions() {
        assertEquals(0, WasmMath.i32TruncSatF64U(Double.NaN));
        assertEquals(-1, WasmMath.i32TruncSatF64U(1e20));
        assertEquals(-1L, WasmMath.i64TruncSatF32U(Float.POSITIVE_INFINITY));
        assertEquals(0L, WasmMath.i64TruncSatF64U(-5));
    }

    @Test
    void unsignedConversionsRoundOnce() {
        // 2^64 - 1 rounds to 2^64; the halving trick must not double-round.
        assertEquals(18446744073709551616.0f, WasmMath.f32ConvertI64U(-1L));
        assertEquals(9223373136366403584.0f, WasmMath.f32ConvertI64U(0x8000_0080_0000_0001L));
        assertEquals(4294967295.0, WasmMath.f64ConvertI32U(-1));
    }

    @Test
    void floatOperationsKeepNanPayloadsAndSignedZeros() {
        float nan = Float.intBitsToFloat(0x7FA0_0000); // signalling
        assertEquals(0xFFA0_0000, Float.floatToRawIntBits(WasmMath.f32Neg(nan)));
        assertEquals(0x7FA0_0000, Float.floatToRawIntBits(WasmMath.f32Abs(WasmMath.f32Neg(nan))));
        assertEquals(0x7FE0_0000, Float.floatToRawIntBits(WasmMath.f32Min(nan, 1f)) & 0x7FFF_FFFF);
        assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits(WasmMath.f32Min(0f, -0f)));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(WasmMath.f64Max(-0.0, 0.0)));
        assertEquals(-0.0, WasmMath.f64Nearest(-0.5));
        assertEquals(2.0, WasmMath.f64Nearest(2.5));
        assertEquals(-1.0f, WasmMath.f32Copysign(1f, -0f));
    }
}
