package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.Feature;
import dev.wasm4j.pure.internal.decode.Opcodes;
import dev.wasm4j.pure.internal.model.ValueTypes;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntBinaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimdTest {
    // ---- building and reading vectors lane by lane (lane 0 first)

    private static V128 bytes(int... lanes) {
        return fromBits(8, lanes);
    }

    private static V128 shorts(int... lanes) {
        return fromBits(16, lanes);
    }

    private static V128 ints(int... lanes) {
        return fromBits(32, lanes);
    }

    private static V128 longs(long lane0, long lane1) {
        return new V128(lane0, lane1);
    }

    private static V128 floats(float... lanes) {
        int[] bits = new int[4];
        for (int i = 0; i < 4; i++) {
            bits[i] = Float.floatToRawIntBits(lanes[i]);
        }
        return ints(bits);
    }

    private static V128 doubles(double lane0, double lane1) {
        return new V128(Double.doubleToRawLongBits(lane0), Double.doubleToRawLongBits(lane1));
    }

    private static V128 fromBits(int width, int[] lanes) {
        assertEquals(128 / width, lanes.length, "lane count");
        long lo = 0;
        long hi = 0;
        long mask = (1L << width) - 1;
        int perHalf = 64 / width;
        for (int i = 0; i < lanes.length; i++) {
            long bits = (lanes[i] & mask) << ((i % perHalf) * width);
            if (i < perHalf) {
                lo |= bits;
            } else {
                hi |= bits;
            }
        }
        return new V128(lo, hi);
    }

    private static int lane(V128 v, int width, int i) {
        int perHalf = 64 / width;
        long half = i < perHalf ? v.lo : v.hi;
        return (int) ((half >>> ((i % perHalf) * width)) & ((1L << width) - 1));
    }

    private static int byteS(V128 v, int i) {
        return (byte) lane(v, 8, i);
    }

    private static int shortS(V128 v, int i) {
        return (short) lane(v, 16, i);
    }

    private static int[] intLanes(V128 v) {
        return new int[] {(int) v.lo, (int) (v.lo >>> 32), (int) v.hi, (int) (v.hi >>> 32)};
    }

    private static int[] floatBits(V128 v) {
        return intLanes(v);
    }

    private static int fbits(float f) {
        return Float.floatToRawIntBits(f);
    }

    private static long dbits(double d) {
        return Double.doubleToRawLongBits(d);
    }

    // ---- saturating arithmetic

    @Test
    void saturatingAddAndSubClampEachLane() {
        V128 a = bytes(127, -128, 100, -100, 5, 0, 1, -1, 127, -128, 64, 64, -64, 3, 0, 0);
        V128 b = bytes(1, -1, -50, -100, 10, 0, 127, -128, 127, 127, 64, 63, -65, -3, 0, 0);
        assertEquals(bytes(127, -128, 50, -128, 15, 0, 127, -128, 127, -1, 127, 127, -128, 0, 0, 0),
                Simd.i8x16_add_sat_s(a, b));
        assertEquals(bytes(126, -127, 127, 0, -5, 0, -126, 127, 0, -128, 0, 1, 1, 6, 0, 0),
                Simd.i8x16_sub_sat_s(a, b));
        V128 ua = bytes(250, 1, 255, 0, 128, 200, 5, 10, 0, 0, 0, 0, 0, 0, 255, 100);
        V128 ub = bytes(10, 2, 255, 0, 128, 100, 10, 10, 0, 0, 0, 0, 0, 0, 0, 200);
        assertEquals(bytes(255, 3, 255, 0, 255, 255, 15, 20, 0, 0, 0, 0, 0, 0, 255, 255),
                Simd.i8x16_add_sat_u(ua, ub));
        assertEquals(bytes(240, 0, 0, 0, 0, 100, 0, 0, 0, 0, 0, 0, 0, 0, 255, 0),
                Simd.i8x16_sub_sat_u(ua, ub));

        V128 sa = shorts(32767, -32768, 1000, -1, 0, 32767, -32768, 65535);
        V128 sb = shorts(1, -1, -2000, -32768, 0, -32768, 32767, 1);
        assertEquals(shorts(32767, -32768, -1000, -32768, 0, -1, -1, 0), Simd.i16x8_add_sat_s(sa, sb));
        assertEquals(shorts(32766, -32767, 3000, 32767, 0, 32767, -32768, -2), Simd.i16x8_sub_sat_s(sa, sb));
        assertEquals(shorts(32768, 65535, 64536, 65535, 0, 65535, 65535, 65535), Simd.i16x8_add_sat_u(sa, sb));
        assertEquals(shorts(32766, 0, 0, 32767, 0, 0, 1, 65534), Simd.i16x8_sub_sat_u(sa, sb));
    }

    @Test
    void roundingAverageRoundsUpWithoutOverflow() {
        assertEquals(bytes(255, 128, 1, 2, 0, 128, 255, 1, 0, 0, 0, 0, 0, 0, 0, 0),
                Simd.i8x16_avgr_u(bytes(255, 255, 0, 1, 0, 0, 255, 1, 0, 0, 0, 0, 0, 0, 0, 0),
                        bytes(255, 0, 1, 2, 0, 255, 254, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        assertEquals(shorts(65535, 32768, 1, 0, 0, 0, 0, 40000),
                Simd.i16x8_avgr_u(shorts(65535, 65535, 1, 0, 0, 0, 0, 50000), shorts(65535, 0, 0, 0, 0, 0, 0, 29999)));
    }

    // ---- narrow, extend, extmul, dot, q15mulr

    @Test
    void narrowSaturatesSignedInputs() {
        V128 a = shorts(0, 127, 128, -129, -128, 300, -300, 5);
        V128 b = shorts(1, 2, 3, 4, 32767, -32768, -1, 0);
        assertEquals(bytes(0, 127, 127, -128, -128, 127, -128, 5, 1, 2, 3, 4, 127, -128, -1, 0),
                Simd.i8x16_narrow_i16x8_s(a, b));
        assertEquals(bytes(0, 127, 128, 0, 0, 255, 0, 5, 1, 2, 3, 4, 255, 0, 0, 0),
                Simd.i8x16_narrow_i16x8_u(a, b));
        V128 c = ints(70000, -70000, 32767, -32768);
        V128 d = ints(1, -1, 65535, 32768);
        assertEquals(shorts(32767, -32768, 32767, -32768, 1, -1, 32767, 32767), Simd.i16x8_narrow_i32x4_s(c, d));
        assertEquals(shorts(65535, 0, 32767, 0, 1, 0, 65535, 32768), Simd.i16x8_narrow_i32x4_u(c, d));
    }

    @Test
    void extendWidensTheChosenHalf() {
        V128 v = bytes(-1, 2, -128, 127, 0, 1, -2, 3, 0x80, 0xFF, 7, 8, 9, 10, 11, -12);
        assertEquals(shorts(-1, 2, -128, 127, 0, 1, -2, 3), Simd.i16x8_extend_low_i8x16_s(v));
        assertEquals(shorts(255, 2, 128, 127, 0, 1, 254, 3), Simd.i16x8_extend_low_i8x16_u(v));
        assertEquals(shorts(-128, -1, 7, 8, 9, 10, 11, -12), Simd.i16x8_extend_high_i8x16_s(v));
        assertEquals(shorts(128, 255, 7, 8, 9, 10, 11, 244), Simd.i16x8_extend_high_i8x16_u(v));
        V128 s = shorts(-1, 5, -32768, 32767, 65535, 0, 1, 0x8000);
        assertEquals(ints(-1, 5, -32768, 32767), Simd.i32x4_extend_low_i16x8_s(s));
        assertEquals(ints(65535, 5, 32768, 32767), Simd.i32x4_extend_low_i16x8_u(s));
        assertEquals(ints(-1, 0, 1, -32768), Simd.i32x4_extend_high_i16x8_s(s));
        assertEquals(ints(65535, 0, 1, 32768), Simd.i32x4_extend_high_i16x8_u(s));
        V128 w = ints(-1, 7, Integer.MIN_VALUE, 3);
        assertEquals(longs(-1, 7), Simd.i64x2_extend_low_i32x4_s(w));
        assertEquals(longs(0xFFFF_FFFFL, 7), Simd.i64x2_extend_low_i32x4_u(w));
        assertEquals(longs(Integer.MIN_VALUE, 3), Simd.i64x2_extend_high_i32x4_s(w));
        assertEquals(longs(0x8000_0000L, 3), Simd.i64x2_extend_high_i32x4_u(w));
    }

    @Test
    void extendedMultiplyNeverOverflows() {
        V128 a = bytes(-128, 127, -1, 2, 255, 0, 10, -10, 1, 2, 3, 4, -128, 5, 6, 7);
        V128 b = bytes(-128, -128, -1, 3, 255, 9, -10, -10, 5, 6, 7, 8, 127, -1, 0, 1);
        assertEquals(shorts(16384, -16256, 1, 6, 1, 0, -100, 100), Simd.i16x8_extmul_low_i8x16_s(a, b));
        assertEquals(shorts(16384, 127 * 128, 65025, 6, 65025, 0, 10 * 246, 246 * 246),
                Simd.i16x8_extmul_low_i8x16_u(a, b));
        assertEquals(shorts(5, 12, 21, 32, -16256, -5, 0, 7), Simd.i16x8_extmul_high_i8x16_s(a, b));
        assertEquals(shorts(5, 12, 21, 32, 128 * 127, 5 * 255, 0, 7), Simd.i16x8_extmul_high_i8x16_u(a, b));

        V128 s = shorts(-32768, 3, 0, 0, 65535, -2, 7, 0);
        V128 t = shorts(-32768, -4, 0, 0, 65535, 5, 7, 0);
        assertEquals(ints(1 << 30, -12, 0, 0), Simd.i32x4_extmul_low_i16x8_s(s, t));
        assertEquals(ints(1 << 30, 3 * 65532, 0, 0), Simd.i32x4_extmul_low_i16x8_u(s, t));
        assertEquals(ints(1, -10, 49, 0), Simd.i32x4_extmul_high_i16x8_s(s, t));
        assertEquals(ints(0xFFFE_0001, 65534 * 5, 49, 0), Simd.i32x4_extmul_high_i16x8_u(s, t));

        V128 x = ints(Integer.MIN_VALUE, -1, 3, -5);
        V128 y = ints(Integer.MIN_VALUE, -1, -4, 6);
        assertEquals(longs(1L << 62, 1), Simd.i64x2_extmul_low_i32x4_s(x, y));
        assertEquals(longs(1L << 62, 0xFFFF_FFFE_0000_0001L), Simd.i64x2_extmul_low_i32x4_u(x, y));
        assertEquals(longs(-12, -30), Simd.i64x2_extmul_high_i32x4_s(x, y));
        assertEquals(longs(3L * 0xFFFF_FFFCL, 0xFFFF_FFFBL * 6), Simd.i64x2_extmul_high_i32x4_u(x, y));
    }

    @Test
    void dotProductWrapsOnlyAtTheExtreme() {
        V128 a = shorts(1, 2, 3, 4, -32768, -32768, 32767, -32768);
        V128 b = shorts(5, 6, 7, 8, -32768, -32768, 32767, 32767);
        assertEquals(ints(17, 53, Integer.MIN_VALUE, -32767), Simd.i32x4_dot_i16x8_s(a, b));
    }

    @Test
    void q15MultiplyRoundsAndSaturates() {
        V128 a = shorts(-32768, 1, 1, -1, -1, 32767, -32768, 100);
        V128 b = shorts(-32768, 16384, 16383, 16384, 16385, 32767, 32767, -200);
        assertEquals(shorts(32767, 1, 0, 0, -1, 32766, -32767, -1), Simd.i16x8_q15mulr_sat_s(a, b));
    }

    @Test
    void pairwiseAddWidens() {
        V128 v = bytes(-128, -128, 127, 127, -1, 1, 255, 255, 1, 2, 3, 4, 5, 6, 7, 8);
        assertEquals(shorts(-256, 254, 0, -2, 3, 7, 11, 15), Simd.i16x8_extadd_pairwise_i8x16_s(v));
        assertEquals(shorts(256, 254, 256, 510, 3, 7, 11, 15), Simd.i16x8_extadd_pairwise_i8x16_u(v));
        V128 s = shorts(-32768, -32768, 65535, 65535, 1, 2, 32767, 32767);
        assertEquals(ints(-65536, -2, 3, 65534), Simd.i32x4_extadd_pairwise_i16x8_s(s));
        assertEquals(ints(65536, 131070, 3, 65534), Simd.i32x4_extadd_pairwise_i16x8_u(s));
    }

    // ---- lane masks

    @Test
    void bitmaskCollectsSignBitsInLaneOrder() {
        assertEquals(0x8109, Simd.i8x16_bitmask(bytes(-1, 0, 127, 0x80, 0, 0, 0, 0x7F, -128, 1, 2, 3, 4, 5, 6, 0xF0)));
        assertEquals(0xFFFF, Simd.i8x16_bitmask(new V128(-1, -1)));
        assertEquals(0x92, Simd.i16x8_bitmask(shorts(0x7FFF, 0x8000, 0, 0, -1, 0, 0, -32768)));
        assertEquals(0b1001, Simd.i32x4_bitmask(ints(-1, Integer.MAX_VALUE, 0, Integer.MIN_VALUE)));
        assertEquals(0b10, Simd.i64x2_bitmask(longs(Long.MAX_VALUE, Long.MIN_VALUE)));
    }

    @Test
    void allTrueAndAnyTrue() {
        assertEquals(1, Simd.i8x16_all_true(bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0x80)));
        assertEquals(0, Simd.i8x16_all_true(bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0, 16)));
        assertEquals(0, Simd.i8x16_all_true(bytes(1, 2, 3, 0, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)));
        assertEquals(1, Simd.i16x8_all_true(shorts(0x100, 1, 0x8000, 2, 3, 4, 5, 6)));
        assertEquals(0, Simd.i16x8_all_true(shorts(0x100, 1, 0x8000, 2, 3, 4, 0, 6)));
        assertEquals(1, Simd.i32x4_all_true(ints(1, 0x10000, Integer.MIN_VALUE, -1)));
        assertEquals(0, Simd.i32x4_all_true(new V128(0xFFFF_FFFF_0000_0000L, -1)));
        assertEquals(0, Simd.i64x2_all_true(longs(1, 0)));
        assertEquals(1, Simd.i64x2_all_true(longs(1, Long.MIN_VALUE)));
        assertEquals(0, Simd.v128_any_true(V128.ZERO));
        assertEquals(1, Simd.v128_any_true(longs(0, Long.MIN_VALUE)));
    }

    // ---- shuffles

    @Test
    void swizzleZeroesOutOfRangeIndices() {
        V128 a = bytes(0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F);
        V128 s = bytes(0, 15, 16, 255, 128, 7, 8, 3, 31, 9, 17, 14, 1, 0x7F, 8, 2);
        assertEquals(bytes(0x10, 0x1F, 0, 0, 0, 0x17, 0x18, 0x13, 0, 0x19, 0, 0x1E, 0x11, 0, 0x18, 0x12),
                Simd.i8x16_swizzle(a, s));
    }

    @Test
    void shufflePicksFromBothOperands() {
        V128 a = bytes(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        V128 b = bytes(16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);
        // lane i of a:b holds i, so the result repeats the immediate
        int[] idx = {31, 0, 16, 15, 8, 24, 1, 17, 7, 23, 30, 2, 9, 9, 25, 14};
        V128 lanes = bytes(idx);
        assertEquals(lanes, Simd.i8x16_shuffle(a, b, lanes.lo, lanes.hi));
        V128 x = bytes(0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xAF);
        V128 picked = Simd.i8x16_shuffle(x, V128.ZERO, lanes.lo, lanes.hi);
        assertEquals(bytes(0, 0xA0, 0, 0xAF, 0xA8, 0, 0xA1, 0, 0xA7, 0, 0, 0xA2, 0xA9, 0xA9, 0, 0xAE), picked);
    }

    // ---- shifts

    @Test
    void shiftCountsWrapAtTheLaneWidth() {
        V128 v = bytes(-128, 64, -1, 1, 0x81, 0x7F, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0x40);
        assertEquals(bytes(-64, 32, -1, 0, 0xC0, 0x3F, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0x20), Simd.i8x16_shr_s(v, 9));
        assertEquals(bytes(0x40, 32, 0x7F, 0, 0x40, 0x3F, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0x20), Simd.i8x16_shr_u(v, 9));
        assertEquals(bytes(0, 0x80, 0xFE, 2, 2, 0xFE, 4, 6, 0, 0, 0, 0, 0, 0, 0, 0x80), Simd.i8x16_shl(v, 9));
        assertEquals(v, Simd.i8x16_shr_s(v, 8));
        assertEquals(v, Simd.i8x16_shl(v, -8));
        assertEquals(bytes(-1, 0, -1, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Simd.i8x16_shr_s(v, 7));

        V128 s = shorts(-32768, 0x4001, 0x7FFF, -1, 1, 0x8001, 0, 3);
        assertEquals(shorts(-16384, 0x2000, 0x3FFF, -1, 0, 0xC000, 0, 1), Simd.i16x8_shr_s(s, 17));
        assertEquals(shorts(0x4000, 0x2000, 0x3FFF, 0x7FFF, 0, 0x4000, 0, 1), Simd.i16x8_shr_u(s, 17));
        assertEquals(s, Simd.i16x8_shl(s, 16));
        assertEquals(shorts(0, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0, 0x8000), Simd.i16x8_shl(s, 31));

        V128 w = ints(Integer.MIN_VALUE, 3, -1, 0x40000000);
        assertEquals(ints(0x40000000, 1, 0x7FFFFFFF, 0x20000000), Simd.i32x4_shr_u(w, 33));
        assertEquals(ints(0xC0000000, 1, -1, 0x20000000), Simd.i32x4_shr_s(w, 33));
        assertEquals(ints(0, 6, -2, Integer.MIN_VALUE), Simd.i32x4_shl(w, 33));
        assertEquals(w, Simd.i32x4_shl(w, 32));

        V128 l = longs(Long.MIN_VALUE, 5);
        assertEquals(l, Simd.i64x2_shr_s(l, 64));
        assertEquals(longs(-1, 0), Simd.i64x2_shr_s(l, 127));
        assertEquals(longs(1, 0), Simd.i64x2_shr_u(l, 127));
        assertEquals(longs(0, 10), Simd.i64x2_shl(l, 65));
    }

    // ---- unary integer ops

    @Test
    void popcntAbsAndNeg() {
        assertEquals(bytes(0, 1, 8, 1, 4, 4, 4, 7, 2, 2, 3, 3, 5, 6, 7, 8),
                Simd.i8x16_popcnt(bytes(0, 1, 0xFF, 0x80, 0x55, 0x0F, 0xF0, 0x7F, 3, 0x81, 7, 0xE0, 0x1F, 0xFC, 0xFE, 0xFF)));
        assertEquals(bytes(-128, 127, 1, 0, 1, 127, 5, 100, 0, 0, 0, 0, 0, 0, 0, 2),
                Simd.i8x16_abs(bytes(-128, 127, -1, 0, 1, -127, -5, 100, 0, 0, 0, 0, 0, 0, 0, -2)));
        assertEquals(bytes(-128, -127, 1, 0, -1, 127, 5, -100, 0, 0, 0, 0, 0, 0, 0, 2),
                Simd.i8x16_neg(bytes(-128, 127, -1, 0, 1, -127, -5, 100, 0, 0, 0, 0, 0, 0, 0, -2)));
        assertEquals(shorts(-32768, 32767, 1, 0, 1, 300, 0, 2), Simd.i16x8_abs(shorts(-32768, -32767, -1, 0, 1, 300, 0, -2)));
        assertEquals(shorts(-32768, 32767, 1, 0, -1, -300, 0, 2), Simd.i16x8_neg(shorts(-32768, -32767, -1, 0, 1, 300, 0, -2)));
        assertEquals(ints(Integer.MIN_VALUE, 1, 0, 5), Simd.i32x4_abs(ints(Integer.MIN_VALUE, -1, 0, 5)));
        assertEquals(ints(Integer.MIN_VALUE, 1, 0, -5), Simd.i32x4_neg(ints(Integer.MIN_VALUE, -1, 0, 5)));
        assertEquals(longs(Long.MIN_VALUE, 3), Simd.i64x2_abs(longs(Long.MIN_VALUE, -3)));
    }

    // ---- floats

    @Test
    void pseudoMinMaxKeepTheChosenLaneBits() {
        float nan = Float.intBitsToFloat(0x7FA0_0001);
        V128 a = floats(nan, 0.0f, -0.0f, 1.0f);
        V128 b = floats(1.0f, -0.0f, 0.0f, Float.NaN);
        // NaN and equal zeros: every comparison is false, so a comes back unchanged
        assertArrayEquals(floatBits(a), floatBits(Simd.f32x4_pmin(a, b)));
        assertArrayEquals(floatBits(a), floatBits(Simd.f32x4_pmax(a, b)));
        // and the other way round b comes back unchanged: the first operand wins unless strictly beaten
        assertArrayEquals(floatBits(b), floatBits(Simd.f32x4_pmin(b, a)));
        assertArrayEquals(floatBits(b), floatBits(Simd.f32x4_pmax(b, a)));
        assertEquals(floats(1f, 2f, -3f, -2f), Simd.f32x4_pmin(floats(2f, 2f, -2f, -2f), floats(1f, 3f, -3f, -1f)));
        assertEquals(floats(2f, 3f, -2f, -1f), Simd.f32x4_pmax(floats(2f, 2f, -2f, -2f), floats(1f, 3f, -3f, -1f)));

        double dnan = Double.longBitsToDouble(0x7FF4_0000_0000_0001L);
        V128 c = doubles(dnan, -0.0);
        V128 d = doubles(-1.0, 0.0);
        assertEquals(c, Simd.f64x2_pmin(c, d));
        assertEquals(c, Simd.f64x2_pmax(c, d));
        assertEquals(doubles(-1.0, 0.0), Simd.f64x2_pmin(d, doubles(1.0, 0.0)));
        assertEquals(doubles(1.0, 0.0), Simd.f64x2_pmax(d, doubles(1.0, 0.0)));
    }

    @Test
    void minMaxPropagateNanAndOrderZeros() {
        V128 r = Simd.f32x4_min(floats(0.0f, -0.0f, Float.NaN, 1f), floats(-0.0f, 0.0f, 1f, 2f));
        int[] bits = floatBits(r);
        assertEquals(fbits(-0.0f), bits[0]);
        assertEquals(fbits(-0.0f), bits[1]);
        assertTrue(Float.isNaN(Float.intBitsToFloat(bits[2])));
        assertEquals(fbits(1f), bits[3]);
        bits = floatBits(Simd.f32x4_max(floats(0.0f, -0.0f, 1f, 1f), floats(-0.0f, 0.0f, Float.NaN, 2f)));
        assertEquals(fbits(0.0f), bits[0]);
        assertEquals(fbits(0.0f), bits[1]);
        assertTrue(Float.isNaN(Float.intBitsToFloat(bits[2])));
        assertEquals(fbits(2f), bits[3]);
        V128 m = Simd.f64x2_max(doubles(-0.0, Double.NaN), doubles(0.0, 1.0));
        assertEquals(dbits(0.0), m.lo);
        assertTrue(Double.isNaN(Double.longBitsToDouble(m.hi)));
        assertEquals(doubles(-0.0, 1.0), Simd.f64x2_min(doubles(0.0, 1.0), doubles(-0.0, 3.0)));
    }

    @Test
    void nearestRoundsTiesToEvenAndKeepsZeroSigns() {
        assertEquals(floats(0.0f, 2.0f, 2.0f, -0.0f), Simd.f32x4_nearest(floats(0.5f, 1.5f, 2.5f, -0.5f)));
        assertEquals(floats(-0.0f, 8388609.0f, -4.0f, 1e30f), Simd.f32x4_nearest(floats(-0.4f, 8388609.0f, -3.5f, 1e30f)));
        assertEquals(doubles(-2.0, 4.0), Simd.f64x2_nearest(doubles(-2.5, 3.5)));
        assertEquals(doubles(-0.0, 4503599627370497.0), Simd.f64x2_nearest(doubles(-0.5, 4503599627370497.0)));
        assertEquals(floats(-0.0f, 2.0f, -1.0f, 1.0f), Simd.f32x4_ceil(floats(-0.5f, 1.1f, -1.9f, 1.0f)));
        assertEquals(floats(-1.0f, 1.0f, -2.0f, 0.0f), Simd.f32x4_floor(floats(-0.5f, 1.9f, -1.1f, 0.0f)));
        assertEquals(doubles(-0.0, 1.0), Simd.f64x2_trunc(doubles(-0.9, 1.9)));
    }

    @Test
    void absAndNegFlipOnlyTheSignBit() {
        V128 v = ints(0x7FA0_0001, 0xFFC0_0000, 0x8000_0000, 0x3F80_0000);
        assertEquals(ints(0x7FA0_0001, 0x7FC0_0000, 0, 0x3F80_0000), Simd.f32x4_abs(v));
        assertEquals(ints(0xFFA0_0001, 0x7FC0_0000, 0, 0xBF80_0000), Simd.f32x4_neg(v));
        V128 d = longs(0xFFF4_0000_0000_0001L, 0);
        assertEquals(longs(0x7FF4_0000_0000_0001L, 0), Simd.f64x2_abs(d));
        assertEquals(longs(0x7FF4_0000_0000_0001L, Long.MIN_VALUE), Simd.f64x2_neg(d));
    }

    @Test
    void floatComparisonsAreFalseForNanExceptNe() {
        V128 a = floats(Float.NaN, 1f, -0.0f, 2f);
        V128 b = floats(Float.NaN, 2f, 0.0f, 1f);
        assertArrayEquals(new int[] {0, 0, -1, 0}, intLanes(Simd.f32x4_eq(a, b)));
        assertArrayEquals(new int[] {-1, -1, 0, -1}, intLanes(Simd.f32x4_ne(a, b)));
        assertArrayEquals(new int[] {0, -1, 0, 0}, intLanes(Simd.f32x4_lt(a, b)));
        assertArrayEquals(new int[] {0, -1, -1, 0}, intLanes(Simd.f32x4_le(a, b)));
        assertArrayEquals(new int[] {0, 0, 0, -1}, intLanes(Simd.f32x4_gt(a, b)));
        assertArrayEquals(new int[] {0, 0, -1, -1}, intLanes(Simd.f32x4_ge(a, b)));
        assertEquals(longs(0, -1), Simd.f64x2_eq(doubles(Double.NaN, 0.0), doubles(Double.NaN, -0.0)));
        assertEquals(longs(-1, 0), Simd.f64x2_ne(doubles(Double.NaN, 0.0), doubles(Double.NaN, -0.0)));
        assertEquals(longs(0, -1), Simd.f64x2_ge(doubles(Double.NaN, 0.0), doubles(1.0, -0.0)));
    }

    @Test
    void truncSatSaturatesAndMapsNanToZero() {
        assertArrayEquals(new int[] {0, Integer.MAX_VALUE, Integer.MIN_VALUE, -1},
                intLanes(Simd.i32x4_trunc_sat_f32x4_s(floats(Float.NaN, 3e9f, -3e9f, -1.9f))));
        assertArrayEquals(new int[] {0, 0, -1, 0xFFFF_FF00},
                intLanes(Simd.i32x4_trunc_sat_f32x4_u(floats(Float.NaN, -1.0f, 5e9f, 4294967040.0f))));
        assertArrayEquals(new int[] {0, 0, 1, -1},
                intLanes(Simd.i32x4_trunc_sat_f32x4_u(floats(-0.9f, Float.NEGATIVE_INFINITY, 1.99f, Float.POSITIVE_INFINITY))));
        assertArrayEquals(new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, 0, 0},
                intLanes(Simd.i32x4_trunc_sat_f64x2_s_zero(doubles(2147483647.9, -2147483648.9))));
        assertArrayEquals(new int[] {0, Integer.MIN_VALUE, 0, 0},
                intLanes(Simd.i32x4_trunc_sat_f64x2_s_zero(doubles(Double.NaN, Double.NEGATIVE_INFINITY))));
        assertArrayEquals(new int[] {-1, 0, 0, 0},
                intLanes(Simd.i32x4_trunc_sat_f64x2_u_zero(doubles(4294967295.9, -0.9))));
        assertArrayEquals(new int[] {-1, 0, 0, 0},
                intLanes(Simd.i32x4_trunc_sat_f64x2_u_zero(doubles(1e300, Double.NaN))));
    }

    @Test
    void conversionsRoundOnce() {
        assertEquals(floats(4294967296.0f, 2147483648.0f, 16777216.0f, 0.0f),
                Simd.f32x4_convert_i32x4_u(ints(0xFFFF_FFFF, 0x8000_0001, 16777217, 0)));
        assertEquals(floats(-1.0f, -2147483648.0f, 16777216.0f, 16777220.0f),
                Simd.f32x4_convert_i32x4_s(ints(-1, Integer.MIN_VALUE, 16777217, 16777219)));
        assertEquals(doubles(4294967295.0, 2147483648.0), Simd.f64x2_convert_low_i32x4_u(ints(-1, Integer.MIN_VALUE, 9, 9)));
        assertEquals(doubles(-1.0, -2147483648.0), Simd.f64x2_convert_low_i32x4_s(ints(-1, Integer.MIN_VALUE, 9, 9)));
        // 1 + 2^-24 lies halfway between two floats: ties to the even 1.0f; 1 + 3 * 2^-24 to 1 + 2^-22
        V128 demoted = Simd.f32x4_demote_f64x2_zero(doubles(1.0 + 0x1p-24, 1.0 + 0x3p-24));
        assertArrayEquals(new int[] {fbits(1.0f), fbits(1.0f + 0x1p-22f), 0, 0}, floatBits(demoted));
        demoted = Simd.f32x4_demote_f64x2_zero(doubles(1e300, -1e-300));
        assertArrayEquals(new int[] {fbits(Float.POSITIVE_INFINITY), fbits(-0.0f), 0, 0}, floatBits(demoted));
        assertEquals(doubles(0.1f, -0.0), Simd.f64x2_promote_low_f32x4(floats(0.1f, -0.0f, 5f, 6f)));
    }

    @Test
    void floatArithmeticIsPerLane() {
        assertEquals(floats(3f, -1f, 0.5f, 7f), Simd.f32x4_add(floats(1f, -2f, 0.25f, 3f), floats(2f, 1f, 0.25f, 4f)));
        assertEquals(floats(1f, 0.5f, Float.POSITIVE_INFINITY, 3f),
                Simd.f32x4_div(floats(2f, 1f, 1f, 9f), floats(2f, 2f, 0f, 3f)));
        assertEquals(floats(2f, 3f, 0f, 1.4142135f), Simd.f32x4_sqrt(floats(4f, 9f, 0f, 2f)));
        assertEquals(doubles(6.0, -0.0), Simd.f64x2_mul(doubles(2.0, -0.0), doubles(3.0, 5.0)));
        assertEquals(doubles(-1.0, 1e300), Simd.f64x2_sub(doubles(1.0, 1e300), doubles(2.0, 1.0)));
    }

    // ---- lanes, splats

    @Test
    void extractReplaceAndSplat() {
        V128 v = bytes(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0xFE);
        assertEquals(-2, Simd.i8x16_extract_lane_s(v, 15));
        assertEquals(254, Simd.i8x16_extract_lane_u(v, 15));
        assertEquals(9, Simd.i8x16_extract_lane_u(v, 9));
        assertEquals(bytes(0, 1, 2, 3, 4, 5, 6, 7, 8, 0x99, 10, 11, 12, 13, 14, 0xFE), Simd.i8x16_replace_lane(v, 0x1299, 9));
        V128 s = shorts(1, 2, 3, 0x8000, 5, 6, 7, 8);
        assertEquals(-32768, Simd.i16x8_extract_lane_s(s, 3));
        assertEquals(0x8000, Simd.i16x8_extract_lane_u(s, 3));
        assertEquals(shorts(1, 2, 3, 0x8000, 5, 6, 0xBEEF, 8), Simd.i16x8_replace_lane(s, 0xDEADBEEF, 6));
        V128 w = ints(1, 2, 3, 4);
        assertEquals(4, Simd.i32x4_extract_lane(w, 3));
        assertEquals(ints(1, -7, 3, 4), Simd.i32x4_replace_lane(w, -7, 1));
        assertEquals(5L, Simd.i64x2_extract_lane(longs(4, 5), 1));
        assertEquals(longs(-1, 5), Simd.i64x2_replace_lane(longs(4, 5), -1, 0));
        assertEquals(2.5f, Simd.f32x4_extract_lane(floats(0f, 0f, 2.5f, 0f), 2));
        assertEquals(floats(0f, 0f, 0f, -1f), Simd.f32x4_replace_lane(floats(0f, 0f, 0f, 0f), -1f, 3));
        assertEquals(-3.0, Simd.f64x2_extract_lane(doubles(1.0, -3.0), 1));
        assertEquals(doubles(7.0, -3.0), Simd.f64x2_replace_lane(doubles(1.0, -3.0), 7.0, 0));

        assertEquals(new V128(0x8181_8181_8181_8181L, 0x8181_8181_8181_8181L), Simd.i8x16_splat(0x181));
        assertEquals(new V128(0x8001_8001_8001_8001L, 0x8001_8001_8001_8001L), Simd.i16x8_splat(0x18001));
        assertEquals(ints(-2, -2, -2, -2), Simd.i32x4_splat(-2));
        assertEquals(longs(-2, -2), Simd.i64x2_splat(-2));
        assertEquals(floats(1.5f, 1.5f, 1.5f, 1.5f), Simd.f32x4_splat(1.5f));
        assertEquals(doubles(-0.0, -0.0), Simd.f64x2_splat(-0.0));
    }

    @Test
    void bitwiseOps() {
        V128 a = longs(0xFF00_FF00_1234_5678L, 0x0F0F_0F0F_0F0F_0F0FL);
        V128 b = longs(0x0FF0_0FF0_FFFF_0000L, 0x00FF_00FF_00FF_00FFL);
        V128 c = longs(0xFFFF_FFFF_0000_0000L, 0xF0F0_F0F0_F0F0_F0F0L);
        assertEquals(longs(0x0F00_0F00_1234_0000L, 0x000F_000F_000F_000FL), Simd.v128_and(a, b));
        assertEquals(longs(0xF000_F000_0000_5678L, 0x0F00_0F00_0F00_0F00L), Simd.v128_andnot(a, b));
        assertEquals(longs(0xFFF0_FFF0_FFFF_5678L, 0x0FFF_0FFF_0FFF_0FFFL), Simd.v128_or(a, b));
        assertEquals(longs(0xF0F0_F0F0_EDCB_5678L, 0x0FF0_0FF0_0FF0_0FF0L), Simd.v128_xor(a, b));
        assertEquals(longs(0x00FF_00FF_EDCB_A987L, 0xF0F0_F0F0_F0F0_F0F0L), Simd.v128_not(a));
        assertEquals(longs(0xFF00_FF00_FFFF_0000L, 0x000F_000F_000F_000FL), Simd.v128_bitselect(a, b, c));
    }

    // ---- every integer lane op against a plain per-lane model

    @Test
    void integerLaneOpsMatchAPerLaneModel() {
        Random random = new Random(12345);
        int[] edges8 = {0, 1, 0x7F, 0x80, 0x81, 0xFF, 0xFE, 0x40};
        int[] edges16 = {0, 1, 0x7FFF, 0x8000, 0x8001, 0xFFFF, 0xFFFE, 0x4000};
        for (int round = 0; round < 2000; round++) {
            V128 a = random8(random, edges8);
            V128 b = random8(random, edges8);
            check8(a, b, Simd.i8x16_add(a, b), (x, y) -> x + y);
            check8(a, b, Simd.i8x16_sub(a, b), (x, y) -> x - y);
            check8(a, b, Simd.i8x16_min_s(a, b), (x, y) -> Math.min((byte) x, (byte) y));
            check8(a, b, Simd.i8x16_max_s(a, b), (x, y) -> Math.max((byte) x, (byte) y));
            check8(a, b, Simd.i8x16_min_u(a, b), Math::min);
            check8(a, b, Simd.i8x16_max_u(a, b), Math::max);
            check8(a, b, Simd.i8x16_avgr_u(a, b), (x, y) -> (x + y + 1) >> 1);
            check8(a, b, Simd.i8x16_eq(a, b), (x, y) -> x == y ? -1 : 0);
            check8(a, b, Simd.i8x16_ne(a, b), (x, y) -> x != y ? -1 : 0);
            check8(a, b, Simd.i8x16_lt_s(a, b), (x, y) -> (byte) x < (byte) y ? -1 : 0);
            check8(a, b, Simd.i8x16_gt_u(a, b), (x, y) -> x > y ? -1 : 0);
            check8(a, b, Simd.i8x16_le_s(a, b), (x, y) -> (byte) x <= (byte) y ? -1 : 0);
            check8(a, b, Simd.i8x16_ge_u(a, b), (x, y) -> x >= y ? -1 : 0);
            check8(a, b, Simd.i8x16_add_sat_s(a, b), (x, y) -> Math.max(-128, Math.min(127, (byte) x + (byte) y)));
            check8(a, b, Simd.i8x16_sub_sat_u(a, b), (x, y) -> Math.max(0, x - y));
            check8(a, a, Simd.i8x16_abs(a), (x, y) -> Math.abs((byte) x));
            check8(a, a, Simd.i8x16_neg(a), (x, y) -> -x);
            check8(a, a, Simd.i8x16_popcnt(a), (x, y) -> Integer.bitCount(x));
            int shift = random.nextInt(40) - 8;
            check8(a, a, Simd.i8x16_shl(a, shift), (x, y) -> x << (shift & 7));
            check8(a, a, Simd.i8x16_shr_s(a, shift), (x, y) -> (byte) x >> (shift & 7));
            check8(a, a, Simd.i8x16_shr_u(a, shift), (x, y) -> x >>> (shift & 7));

            V128 c = random16(random, edges16);
            V128 d = random16(random, edges16);
            check16(c, d, Simd.i16x8_add(c, d), (x, y) -> x + y);
            check16(c, d, Simd.i16x8_sub(c, d), (x, y) -> x - y);
            check16(c, d, Simd.i16x8_mul(c, d), (x, y) -> x * y);
            check16(c, d, Simd.i16x8_min_s(c, d), (x, y) -> Math.min((short) x, (short) y));
            check16(c, d, Simd.i16x8_max_u(c, d), Math::max);
            check16(c, d, Simd.i16x8_avgr_u(c, d), (x, y) -> (x + y + 1) >> 1);
            check16(c, d, Simd.i16x8_eq(c, d), (x, y) -> x == y ? -1 : 0);
            check16(c, d, Simd.i16x8_lt_u(c, d), (x, y) -> x < y ? -1 : 0);
            check16(c, d, Simd.i16x8_ge_s(c, d), (x, y) -> (short) x >= (short) y ? -1 : 0);
            check16(c, d, Simd.i16x8_add_sat_u(c, d), (x, y) -> Math.min(0xFFFF, x + y));
            check16(c, d, Simd.i16x8_sub_sat_s(c, d), (x, y) -> Math.max(-32768, Math.min(32767, (short) x - (short) y)));
            check16(c, c, Simd.i16x8_abs(c), (x, y) -> Math.abs((short) x));
            int shift16 = random.nextInt(70) - 16;
            check16(c, c, Simd.i16x8_shl(c, shift16), (x, y) -> x << (shift16 & 15));
            check16(c, c, Simd.i16x8_shr_s(c, shift16), (x, y) -> (short) x >> (shift16 & 15));
            check16(c, c, Simd.i16x8_shr_u(c, shift16), (x, y) -> x >>> (shift16 & 15));

            V128 e = new V128(random.nextLong(), random.nextLong());
            V128 f = random.nextBoolean() ? e : new V128(random.nextLong(), e.hi);
            int[] ea = intLanes(e);
            int[] fa = intLanes(f);
            int[] sum = new int[4];
            int[] mul = new int[4];
            int[] ltU = new int[4];
            int[] eq = new int[4];
            int[] maxS = new int[4];
            for (int i = 0; i < 4; i++) {
                sum[i] = ea[i] + fa[i];
                mul[i] = ea[i] * fa[i];
                ltU[i] = Integer.compareUnsigned(ea[i], fa[i]) < 0 ? -1 : 0;
                eq[i] = ea[i] == fa[i] ? -1 : 0;
                maxS[i] = Math.max(ea[i], fa[i]);
            }
            assertArrayEquals(sum, intLanes(Simd.i32x4_add(e, f)));
            assertArrayEquals(mul, intLanes(Simd.i32x4_mul(e, f)));
            assertArrayEquals(ltU, intLanes(Simd.i32x4_lt_u(e, f)));
            assertArrayEquals(eq, intLanes(Simd.i32x4_eq(e, f)));
            assertArrayEquals(maxS, intLanes(Simd.i32x4_max_s(e, f)));
            assertEquals(Simd.i32x4_add(e, Simd.i32x4_neg(f)), Simd.i32x4_sub(e, f));
        }
    }

    private static V128 random8(Random random, int[] edges) {
        int[] lanes = new int[16];
        for (int i = 0; i < 16; i++) {
            lanes[i] = random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextInt(256);
        }
        return bytes(lanes);
    }

    private static V128 random16(Random random, int[] edges) {
        int[] lanes = new int[8];
        for (int i = 0; i < 8; i++) {
            lanes[i] = random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextInt(65536);
        }
        return shorts(lanes);
    }

    /** The model gets the unsigned lanes; its result is truncated to the lane width. */
    private static void check8(V128 a, V128 b, V128 actual, IntBinaryOperator model) {
        for (int i = 0; i < 16; i++) {
            int expected = model.applyAsInt(lane(a, 8, i), lane(b, 8, i)) & 0xFF;
            assertEquals(expected, lane(actual, 8, i), () -> "lane of " + a + ", " + b);
        }
    }

    private static void check16(V128 a, V128 b, V128 actual, IntBinaryOperator model) {
        for (int i = 0; i < 8; i++) {
            int expected = model.applyAsInt(lane(a, 16, i), lane(b, 16, i)) & 0xFFFF;
            assertEquals(expected, lane(actual, 16, i), () -> "lane of " + a + ", " + b);
        }
    }

    // ---- memory

    private static byte[] pattern(int size) {
        byte[] memory = new byte[size];
        for (int i = 0; i < size; i++) {
            memory[i] = (byte) (i * 0x11 + 0x80);
        }
        return memory;
    }

    @Test
    void loadsReadLittleEndianLanes() {
        byte[] memory = new byte[32];
        for (int i = 0; i < 32; i++) {
            memory[i] = (byte) i;
        }
        memory[4] = (byte) 0xF0;
        memory[7] = (byte) 0x87;
        assertEquals(bytes(3, 0xF0, 5, 6, 0x87, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18), Simd.v128_load(memory, 3));
        assertEquals(bytes(16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31), Simd.v128_load(memory, 16));
        assertEquals(shorts(3, -16, 5, 6, -121, 8, 9, 10), Simd.v128_load8x8_s(memory, 3));
        assertEquals(shorts(3, 0xF0, 5, 6, 0x87, 8, 9, 10), Simd.v128_load8x8_u(memory, 3));
        assertEquals(ints(0x05F0, 0xFFFF_8706, 0x0908, 0x0B0A), Simd.v128_load16x4_s(memory, 4));
        assertEquals(ints(0x05F0, 0x8706, 0x0908, 0x0B0A), Simd.v128_load16x4_u(memory, 4));
        assertEquals(longs(0xFFFF_FFFF_8706_05F0L, 0x0B0A_0908L), Simd.v128_load32x2_s(memory, 4));
        assertEquals(longs(0x8706_05F0L, 0x0B0A_0908L), Simd.v128_load32x2_u(memory, 4));
        assertEquals(Simd.i8x16_splat(0xF0), Simd.v128_load8_splat(memory, 4));
        assertEquals(shorts(0x05F0, 0x05F0, 0x05F0, 0x05F0, 0x05F0, 0x05F0, 0x05F0, 0x05F0),
                Simd.v128_load16_splat(memory, 4));
        assertEquals(ints(0x8706_05F0, 0x8706_05F0, 0x8706_05F0, 0x8706_05F0), Simd.v128_load32_splat(memory, 4));
        assertEquals(longs(0x0F0E_0D0C_0B0A_0908L, 0x0F0E_0D0C_0B0A_0908L), Simd.v128_load64_splat(memory, 8));
        assertEquals(longs(0x8706_05F0L, 0), Simd.v128_load32_zero(memory, 4));
        assertEquals(longs(0x0F0E_0D0C_0B0A_0908L, 0), Simd.v128_load64_zero(memory, 8));
    }

    @Test
    void laneLoadsAndStoresTouchOneLane() {
        byte[] memory = new byte[32];
        for (int i = 0; i < 32; i++) {
            memory[i] = (byte) i;
        }
        V128 v = longs(0x1111_1111_1111_1111L, 0x2222_2222_2222_2222L);
        assertEquals(longs(0x1111_1111_1111_1111L, 0x2222_2222_2205_2222L), Simd.v128_load8_lane(memory, 5, v, 10));
        assertEquals(longs(0x0605_1111_1111_1111L, 0x2222_2222_2222_2222L), Simd.v128_load16_lane(memory, 5, v, 3));
        assertEquals(longs(0x1111_1111_1111_1111L, 0x0C0B_0A09_2222_2222L), Simd.v128_load32_lane(memory, 9, v, 3));
        assertEquals(longs(0x1111_1111_1111_1111L, 0x1F1E_1D1C_1B1A_1918L), Simd.v128_load64_lane(memory, 24, v, 1));

        V128 w = longs(0x0706_0504_0302_0100L, 0x8F8E_8D8C_8B8A_8988L);
        Simd.v128_store8_lane(memory, 0, w, 15);
        Simd.v128_store16_lane(memory, 2, w, 5);
        Simd.v128_store32_lane(memory, 20, w, 1);
        Simd.v128_store64_lane(memory, 24, w, 0);
        byte[] expected = new byte[32];
        for (int i = 0; i < 32; i++) {
            expected[i] = (byte) i;
        }
        expected[0] = (byte) 0x8F;
        expected[2] = (byte) 0x8A;
        expected[3] = (byte) 0x8B;
        expected[20] = 4;
        expected[21] = 5;
        expected[22] = 6;
        expected[23] = 7;
        for (int i = 0; i < 8; i++) {
            expected[24 + i] = (byte) i;
        }
        assertArrayEquals(expected, memory);

        Simd.v128_store(memory, 1, w);
        assertEquals(w, Simd.v128_load(memory, 1));
        assertEquals((byte) 0x8F, memory[0]);
        assertEquals((byte) 0x00, memory[1]);
        assertEquals((byte) 0x8F, memory[16]);
        assertEquals((byte) 17, memory[17]);
    }

    @Test
    void outOfBoundsAccessThrowsBeforeWriting() {
        byte[] memory = pattern(64);
        byte[] before = memory.clone();
        V128 v = longs(-1, -1);
        assertThrows(IndexOutOfBoundsException.class, () -> Simd.v128_load(memory, -1));
        assertThrows(IndexOutOfBoundsException.class, () -> Simd.v128_load(memory, 64 - 15));
        assertThrows(IndexOutOfBoundsException.class, () -> Simd.v128_load(memory, Integer.MAX_VALUE - 4));
        assertThrows(IndexOutOfBoundsException.class, () -> Simd.v128_load(memory, Integer.MIN_VALUE));
        assertThrows(IndexOutOfBoundsException.class, () -> Simd.v128_load8x8_s(memory, 64 - 7));
        assertThrows(IndexOutOfBoundsException.class, () -> Simd.v128_load32_zero(memory, 64 - 3));
        assertThrows(IndexOutOfBoundsException.class, () -> Simd.v128_load64_splat(memory, -8));
        assertThrows(IndexOutOfBoundsException.class, () -> Simd.v128_load8_lane(memory, 64, v, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> Simd.v128_store(memory, 64 - 15, v));
        assertThrows(IndexOutOfBoundsException.class, () -> Simd.v128_store(memory, -1, v));
        assertThrows(IndexOutOfBoundsException.class, () -> Simd.v128_store(memory, Integer.MAX_VALUE - 8, v));
        assertThrows(IndexOutOfBoundsException.class, () -> Simd.v128_store64_lane(memory, 64 - 7, v, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> Simd.v128_store32_lane(memory, -2, v, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> Simd.v128_store16_lane(memory, 63, v, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> Simd.v128_store8_lane(memory, 64, v, 1));
        assertArrayEquals(before, memory);
        // the last in-bounds positions work
        assertEquals(new V128((long) MemoryAccess.LONG.get(before, 48), (long) MemoryAccess.LONG.get(before, 56)),
                Simd.v128_load(memory, 48));
        Simd.v128_store(memory, 48, v);
        Simd.v128_store8_lane(memory, 63, v, 0);
        assertEquals(-1, memory[63]);
    }

    // ---- the contract with the compiler: one public static method per SIMD opcode

    @Test
    void everySimdOpcodeHasAMethodWithTheContractSignature() throws ReflectiveOperationException {
        Class<?> signatures = Class.forName("dev.wasm4j.pure.internal.validate.SimpleSignatures");
        Method params = signatures.getDeclaredMethod("params", int.class);
        Method results = signatures.getDeclaredMethod("results", int.class);
        params.setAccessible(true);
        results.setAccessible(true);

        Map<String, Method> methods = new HashMap<>();
        for (Method m : Simd.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers())) {
                assertTrue(Modifier.isStatic(m.getModifiers()), m.getName());
                assertEquals(null, methods.put(m.getName(), m), "overloaded " + m.getName());
            }
        }

        List<String> expectedNames = new ArrayList<>();
        for (Field field : Opcodes.class.getFields()) {
            if (field.getType() != int.class || !Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            int op = field.getInt(null);
            if (op >>> 16 != Opcodes.PREFIX_SIMD || Opcodes.feature(op) != Feature.SIMD) {
                continue;
            }
            String name = Opcodes.name(op);
            if (name.equals("v128.const")) {
                continue;
            }
            String javaName = name.replace('.', '_');
            expectedNames.add(javaName);
            Method m = methods.get(javaName);
            assertTrue(m != null, "no method for " + name);

            Class<?>[] expectedParams;
            Class<?> expectedResult;
            int imm = Opcodes.immediates(op);
            boolean store = name.startsWith("v128.store");
            if (imm == Opcodes.IMM_MEMARG) {
                expectedParams = store ? new Class<?>[] {byte[].class, int.class, V128.class}
                        : new Class<?>[] {byte[].class, int.class};
                expectedResult = store ? void.class : V128.class;
            } else if (imm == Opcodes.IMM_MEMARG_LANE) {
                expectedParams = new Class<?>[] {byte[].class, int.class, V128.class, int.class};
                expectedResult = store ? void.class : V128.class;
            } else if (imm == Opcodes.IMM_SHUFFLE) {
                expectedParams = new Class<?>[] {V128.class, V128.class, long.class, long.class};
                expectedResult = V128.class;
            } else {
                int[] types = (int[]) params.invoke(null, op);
                int[] res = (int[]) results.invoke(null, op);
                assertTrue(types != null && res.length == 1, "no fixed signature for " + name);
                int extra = imm == Opcodes.IMM_LANE ? 1 : 0;
                assertEquals(imm == Opcodes.IMM_LANE ? Opcodes.IMM_LANE : Opcodes.IMM_NONE, imm, name);
                expectedParams = new Class<?>[types.length + extra];
                for (int i = 0; i < types.length; i++) {
                    expectedParams[i] = javaType(types[i]);
                }
                if (extra == 1) {
                    expectedParams[types.length] = int.class;
                }
                expectedResult = javaType(res[0]);
            }
            assertArrayEquals(expectedParams, m.getParameterTypes(), name);
            assertEquals(expectedResult, m.getReturnType(), name);
        }
        assertEquals(235, expectedNames.size());
        List<String> extra = new ArrayList<>(methods.keySet());
        extra.removeAll(expectedNames);
        assertEquals(List.of(), extra, "public methods that are no SIMD instruction");
    }

    private static Class<?> javaType(int valueType) {
        return switch (valueType) {
            case ValueTypes.I32 -> int.class;
            case ValueTypes.I64 -> long.class;
            case ValueTypes.F32 -> float.class;
            case ValueTypes.F64 -> double.class;
            case ValueTypes.V128 -> V128.class;
            default -> throw new AssertionError(Integer.toHexString(valueType));
        };
    }
}
