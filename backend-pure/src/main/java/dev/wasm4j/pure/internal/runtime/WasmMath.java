package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.TrapCode;

/**
 * The WebAssembly numeric operations whose semantics differ from the plain JVM instruction. Compiled
 * code calls these static methods; each is small so the JIT inlines it. Operations the JVM already gets
 * right (add, mul, shifts, f2i saturation, IEEE arithmetic) are emitted inline instead.
 *
 * <p>NaN rule: where the spec asks for an "arithmetic" NaN from a NaN operand, {@code x + x} (or
 * {@code a + b}) gives the operand's payload with the quiet bit set on every JVM platform.
 */
public final class WasmMath {
    private static final float TWO_POW_31_F = 2147483648.0f;
    private static final float TWO_POW_32_F = 4294967296.0f;
    private static final float TWO_POW_63_F = 9223372036854775808.0f;
    private static final float TWO_POW_64_F = 18446744073709551616.0f;
    private static final double TWO_POW_31 = 2147483648.0;
    private static final double TWO_POW_32 = 4294967296.0;
    private static final double TWO_POW_63 = 9223372036854775808.0;
    private static final double TWO_POW_64 = 18446744073709551616.0;

    private WasmMath() {
    }

    // ---- integer division: explicit checks give the spec's trap, not the JVM's ArithmeticException

    public static int i32DivS(int a, int b) {
        if (b == 0) {
            throw new TrapSignal(TrapCode.INTEGER_DIVIDE_BY_ZERO);
        }
        if (a == Integer.MIN_VALUE && b == -1) {
            throw new TrapSignal(TrapCode.INTEGER_OVERFLOW);
        }
        return a / b;
    }

    public static int i32DivU(int a, int b) {
        if (b == 0) {
            throw new TrapSignal(TrapCode.INTEGER_DIVIDE_BY_ZERO);
        }
        return Integer.divideUnsigned(a, b);
    }

    /** MIN % -1 is 0 in Java as in wasm; only a zero divisor traps. */
    public static int i32RemS(int a, int b) {
        if (b == 0) {
            throw new TrapSignal(TrapCode.INTEGER_DIVIDE_BY_ZERO);
        }
        return a % b;
    }

    public static int i32RemU(int a, int b) {
        if (b == 0) {
            throw new TrapSignal(TrapCode.INTEGER_DIVIDE_BY_ZERO);
        }
        return Integer.remainderUnsigned(a, b);
    }

    public static long i64DivS(long a, long b) {
        if (b == 0) {
            throw new TrapSignal(TrapCode.INTEGER_DIVIDE_BY_ZERO);
        }
        if (a == Long.MIN_VALUE && b == -1) {
            throw new TrapSignal(TrapCode.INTEGER_OVERFLOW);
        }
        return a / b;
    }

    public static long i64DivU(long a, long b) {
        if (b == 0) {
            throw new TrapSignal(TrapCode.INTEGER_DIVIDE_BY_ZERO);
        }
        return Long.divideUnsigned(a, b);
    }

    public static long i64RemS(long a, long b) {
        if (b == 0) {
            throw new TrapSignal(TrapCode.INTEGER_DIVIDE_BY_ZERO);
        }
        return a % b;
    }

    public static long i64RemU(long a, long b) {
        if (b == 0) {
            throw new TrapSignal(TrapCode.INTEGER_DIVIDE_BY_ZERO);
        }
        return Long.remainderUnsigned(a, b);
    }

    // ---- float operations that must not lose NaN bits or -0

    public static float f32Abs(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) & 0x7FFF_FFFF);
    }

    public static float f32Neg(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) ^ 0x8000_0000);
    }

    public static float f32Copysign(float a, float b) {
        return Float.intBitsToFloat((Float.floatToRawIntBits(a) & 0x7FFF_FFFF)
                | (Float.floatToRawIntBits(b) & 0x8000_0000));
    }

    public static double f64Abs(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & 0x7FFF_FFFF_FFFF_FFFFL);
    }

    public static double f64Neg(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) ^ 0x8000_0000_0000_0000L);
    }

    public static double f64Copysign(double a, double b) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(a) & 0x7FFF_FFFF_FFFF_FFFFL)
                | (Double.doubleToRawLongBits(b) & 0x8000_0000_0000_0000L));
    }

    /** Math.min already orders -0 below +0; a NaN operand must come back quieted. */
    public static float f32Min(float a, float b) {
        if (a != a || b != b) {
            return a + b;
        }
        return Math.min(a, b);
    }

    public static float f32Max(float a, float b) {
        if (a != a || b != b) {
            return a + b;
        }
        return Math.max(a, b);
    }

    public static double f64Min(double a, double b) {
        if (a != a || b != b) {
            return a + b;
        }
        return Math.min(a, b);
    }

    public static double f64Max(double a, double b) {
        if (a != a || b != b) {
            return a + b;
        }
        return Math.max(a, b);
    }

    // Rounding: the double result of a float operand is an integer, so narrowing it back is exact.

    public static float f32Ceil(float a) {
        return a != a ? a + a : (float) Math.ceil(a);
    }

    public static float f32Floor(float a) {
        return a != a ? a + a : (float) Math.floor(a);
    }

    public static float f32Trunc(float a) {
        return a != a ? a + a : (float) (a < 0 ? Math.ceil(a) : Math.floor(a));
    }

    /** Math.rint rounds half to even and keeps the sign of zero, as nearest must. */
    public static float f32Nearest(float a) {
        return a != a ? a + a : (float) Math.rint(a);
    }

    /** The double square root of a float, narrowed, is the correctly rounded float square root. */
    public static float f32Sqrt(float a) {
        return a != a ? a + a : (float) Math.sqrt(a);
    }

    public static double f64Ceil(double a) {
        return a != a ? a + a : Math.ceil(a);
    }

    public static double f64Floor(double a) {
        return a != a ? a + a : Math.floor(a);
    }

    public static double f64Trunc(double a) {
        return a != a ? a + a : (a < 0 ? Math.ceil(a) : Math.floor(a));
    }

    public static double f64Nearest(double a) {
        return a != a ? a + a : Math.rint(a);
    }

    public static double f64Sqrt(double a) {
        return a != a ? a + a : Math.sqrt(a);
    }

    // ---- trapping float-to-int conversions

    private static TrapSignal invalidConversion() {
        return new TrapSignal(TrapCode.INVALID_CONVERSION_TO_INTEGER);
    }

    private static TrapSignal overflow() {
        return new TrapSignal(TrapCode.INTEGER_OVERFLOW);
    }

    public static int i32TruncF32S(float a) {
        if (a != a) {
            throw invalidConversion();
        }
        if (!(a >= -TWO_POW_31_F && a < TWO_POW_31_F)) {
            throw overflow();
        }
        return (int) a;
    }

    public static int i32TruncF32U(float a) {
        if (a != a) {
            throw invalidConversion();
        }
        if (!(a > -1.0f && a < TWO_POW_32_F)) {
            throw overflow();
        }
        return (int) (long) a;
    }

    public static int i32TruncF64S(double a) {
        if (a != a) {
            throw invalidConversion();
        }
        if (!(a > -TWO_POW_31 - 1.0 && a < TWO_POW_31)) {
            throw overflow();
        }
        return (int) a;
    }

    public static int i32TruncF64U(double a) {
        if (a != a) {
            throw invalidConversion();
        }
        if (!(a > -1.0 && a < TWO_POW_32)) {
            throw overflow();
        }
        return (int) (long) a;
    }

    public static long i64TruncF32S(float a) {
        if (a != a) {
            throw invalidConversion();
        }
        if (!(a >= -TWO_POW_63_F && a < TWO_POW_63_F)) {
            throw overflow();
        }
        return (long) a;
    }

    public static long i64TruncF32U(float a) {
        if (a != a) {
            throw invalidConversion();
        }
        if (!(a > -1.0f && a < TWO_POW_64_F)) {
            throw overflow();
        }
        return u64OfNonNegative(a);
    }

    public static long i64TruncF64S(double a) {
        if (a != a) {
            throw invalidConversion();
        }
        if (!(a >= -TWO_POW_63 && a < TWO_POW_63)) {
            throw overflow();
        }
        return (long) a;
    }

    public static long i64TruncF64U(double a) {
        if (a != a) {
            throw invalidConversion();
        }
        if (!(a > -1.0 && a < TWO_POW_64)) {
            throw overflow();
        }
        return u64OfNonNegative(a);
    }

    /** a in (-1, 2^64): values from 2^63 on are exact after subtracting 2^63 (they are multiples of 2^11). */
    private static long u64OfNonNegative(double a) {
        if (a < TWO_POW_63) {
            return (long) a;
        }
        return (long) (a - TWO_POW_63) | Long.MIN_VALUE;
    }

    // ---- saturating conversions (the signed ones are the JVM's casts)

    public static int i32TruncSatF32U(float a) {
        return i32TruncSatF64U(a);
    }

    public static int i32TruncSatF64U(double a) {
        if (!(a > 0)) {
            return 0; // NaN and everything up to 0
        }
        if (a >= TWO_POW_32) {
            return -1;
        }
        return (int) (long) a;
    }

    public static long i64TruncSatF32U(float a) {
        return i64TruncSatF64U(a);
    }

    public static long i64TruncSatF64U(double a) {
        if (!(a > 0)) {
            return 0;
        }
        if (a >= TWO_POW_64) {
            return -1L;
        }
        return u64OfNonNegative(a);
    }

    // ---- unsigned int-to-float conversions

    public static float f32ConvertI32U(int a) {
        return (float) Integer.toUnsignedLong(a);
    }

    public static double f64ConvertI32U(int a) {
        return (double) Integer.toUnsignedLong(a);
    }

    /** Halving with the lost bit kept as a sticky bit makes the single rounding exact. */
    public static float f32ConvertI64U(long a) {
        if (a >= 0) {
            return (float) a;
        }
        return (float) ((a >>> 1) | (a & 1)) * 2.0f;
    }

    public static double f64ConvertI64U(long a) {
        if (a >= 0) {
            return (double) a;
        }
        return (double) ((a >>> 1) | (a & 1)) * 2.0;
    }

    // ---- wide arithmetic: the 128-bit operations work on (low, high) halves

    /** The carry out of the low half of a 128-bit sum whose low half is {@code sumLow = aLow + bLow}. */
    public static long i64AddCarry(long sumLow, long aLow) {
        return Long.compareUnsigned(sumLow, aLow) < 0 ? 1 : 0;
    }

    /** The borrow out of the low half of {@code aLow - bLow}. */
    public static long i64SubBorrow(long aLow, long bLow) {
        return Long.compareUnsigned(aLow, bLow) < 0 ? 1 : 0;
    }

    /** The high half of the unsigned 128-bit product (Math.unsignedMultiplyHigh is JDK 18+). */
    public static long i64MulHighU(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }
}
