package dev.wasm4j.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FloatLiteralsTest {

    private static void f32(String literal, int expectedBits) {
        assertEquals(Integer.toHexString(expectedBits), Integer.toHexString(FloatLiterals.f32(literal)), literal);
    }

    private static void f64(String literal, long expectedBits) {
        assertEquals(Long.toHexString(expectedBits), Long.toHexString(FloatLiterals.f64(literal)), literal);
    }

    @Test
    void specialValuesKeepSignAndNanPayload() {
        f32("inf", 0x7f800000);
        f32("-inf", 0xff800000);
        f32("nan", 0x7fc00000);
        f32("-nan", 0xffc00000);
        f32("nan:0x200000", 0x7fa00000);
        f32("+nan:0x1", 0x7f800001);
        f32("-nan:0x7f_ffff", 0xffffffff);
        f64("nan:0x4_0000_0000_0001", 0x7ff4000000000001L);
        f32("-0.0", 0x80000000);
        f64("-0x0p0", 0x8000000000000000L);
    }

    @Test
    void nanPayloadMustBeNonZeroAndFitTheMantissa() {
        assertThrows(ArithmeticException.class, () -> FloatLiterals.f32("nan:0x0"));
        assertThrows(ArithmeticException.class, () -> FloatLiterals.f32("nan:0x800000"));
        assertThrows(ArithmeticException.class, () -> FloatLiterals.f64("nan:0x10_0000_0000_0000"));
    }

    @Test
    void decimalLiteralsRoundToNearestEven() {
        f32("1.1", 0x3f8ccccd);
        f32("0.1", 0x3dcccccd);
        f64("0.1", 0x3fb999999999999aL);
        f32("1_000.5", 0x447a2000);
        f32("1e10", 0x501502f9);
        f64("1e23", 0x44b52d02c7e14af6L);
        f64("2.2250738585072011e-308", 0x000fffffffffffffL);
        f64("2.2250738585072012e-308", 0x0010000000000000L);
        f64("4.9406564584124654e-324", 0x1L);
        f64("2.4703282292062327e-324", 0x0L); // just below half the least subnormal
        f64("2.4703282292062328e-324", 0x1L); // just above it
    }

    @Test
    void f32DecimalRoundsOnceNotViaDouble() {
        // Just above the midpoint between 1 and its successor; rounding to double first would
        // land exactly on the midpoint and then round down to even.
        f32("1.00000005960464477550", 0x3f800001);
        f32("1.000000059604644775390625", 0x3f800000); // the exact midpoint ties to even
    }

    @Test
    void hexLiteralsRoundAtTheSubnormalBoundary() {
        f32("0x1p-149", 0x00000001);
        f32("0x1p-150", 0x00000000); // half the least subnormal ties to even (zero)
        f32("0x1.8p-150", 0x00000001);
        f32("0x1.8p-149", 0x00000002); // 1.5 units ties to even (2)
        f32("0x1.fffffep-127", 0x00800000); // rounds up out of the subnormals into the least normal
        f32("0x1.fffffcp-127", 0x007fffff);
        f32("0x0.fffffep-126", 0x007fffff);
        f64("0x1p-1074", 0x1L);
        f64("0x1p-1075", 0x0L);
        f64("0x1.0000000000001p-1075", 0x1L);
        f64("0x1.ffffffffffffep-1023", 0x000fffffffffffffL);
        f64("0x1.fffffffffffffp-1023", 0x0010000000000000L);
    }

    @Test
    void hexLiteralsWithMoreDigitsThanTheMantissaRoundToNearestEven() {
        f32("0x1.000001p0", 0x3f800000); // exactly half an ulp: tie, even stays
        f32("0x1.000003p0", 0x3f800002); // exactly half an ulp above an odd mantissa: rounds up
        f32("0x1.0000010000000001p0", 0x3f800001);
        f64("0x1.00000000000008p0", 0x3ff0000000000000L);
        f64("0x1.00000000000018p0", 0x3ff0000000000002L);
    }

    @Test
    void largestFiniteValuesAndOverflow() {
        f32("0x1.fffffep127", 0x7f7fffff);
        f32("3.4028235e38", 0x7f7fffff);
        f32("340282356779733661637539395458142568447", 0x7f7fffff);
        f32("0x1.fffffefffffffp127", 0x7f7fffff);
        assertThrows(ArithmeticException.class, () -> FloatLiterals.f32("0x1.ffffffp127"));
        assertThrows(ArithmeticException.class, () -> FloatLiterals.f32("340282356779733661637539395458142568448"));
        assertThrows(ArithmeticException.class, () -> FloatLiterals.f32("1e39"));
        assertThrows(ArithmeticException.class, () -> FloatLiterals.f32("0x1p128"));
        f64("1.7976931348623157e308", 0x7fefffffffffffffL);
        f64("0x1.fffffffffffff7ffffp1023", 0x7fefffffffffffffL);
        assertThrows(ArithmeticException.class, () -> FloatLiterals.f64("0x1.fffffffffffff8p1023"));
        assertThrows(ArithmeticException.class, () -> FloatLiterals.f64("1.7976931348623159e308"));
        assertThrows(ArithmeticException.class, () -> FloatLiterals.f64("1e309"));
    }

    @Test
    void hugeExponentsUnderflowOrOverflowWithoutBuildingHugeNumbers() {
        f64("1e-100000000000", 0L);
        f32("0x1p-100000000000", 0);
        assertThrows(ArithmeticException.class, () -> FloatLiterals.f64("1e100000000000"));
        assertThrows(ArithmeticException.class, () -> FloatLiterals.f64("0x1p+100000000000"));
    }
}
