package dev.wasm4j.pure.internal.runtime;

import java.util.Objects;

/**
 * The WebAssembly 2.0 fixed-width SIMD instructions, one static method per opcode, which compiled code
 * calls with {@code invokestatic}. A method's name is the instruction's text name with '.' replaced by
 * '_' ({@code i8x16.add_sat_s} is {@code i8x16_add_sat_s}); its parameters are the wasm operands in
 * stack order followed by the immediates (a trailing {@code int lane}; the shuffle's 16 lane bytes
 * packed little-endian into two longs), and a memory instruction takes {@code (byte[] memory, int index)}
 * with the effective address in place of its address operand. {@code v128.const} has no method.
 *
 * <p>Lane work is done on the two little-endian halves of a {@link V128}, with SWAR tricks where they are
 * simple and small per-lane loops elsewhere; nothing is allocated but the result. Float lanes follow
 * {@link WasmMath}: a NaN from arithmetic comes back quieted, abs/neg/pmin/pmax keep the lane's bits.
 */
public final class Simd {
    /** The low bit of every byte / 16-bit lane. */
    private static final long ONES8 = 0x0101_0101_0101_0101L;
    private static final long ONES16 = 0x0001_0001_0001_0001L;
    /** The sign bit of every byte / 16-bit / 32-bit lane. */
    private static final long H8 = 0x8080_8080_8080_8080L;
    private static final long H16 = 0x8000_8000_8000_8000L;
    private static final long H32 = 0x8000_0000_8000_0000L;
    private static final long L8 = ~H8;
    private static final long L16 = ~H16;
    private static final long LOW32 = 0xFFFF_FFFFL;

    private Simd() {
    }

    // =====================================================================================================
    // Memory: index is the effective address; every access is bounds-checked before anything is written.

    /** Each half's read checks its bounds; a load writes nothing, so no check of all 16 bytes first. */
    public static V128 v128_load(byte[] memory, int index) {
        return new V128((long) MemoryAccess.LONG.get(memory, index), (long) MemoryAccess.LONG.get(memory, index + 8));
    }

    public static void v128_store(byte[] memory, int index, V128 value) {
        Objects.checkFromIndexSize(index, 16, memory.length);
        MemoryAccess.LONG.set(memory, index, value.lo);
        MemoryAccess.LONG.set(memory, index + 8, value.hi);
    }

    // load and extend: 64 bits read, each lane widened to twice its size

    public static V128 v128_load8x8_s(byte[] memory, int index) {
        long x = (long) MemoryAccess.LONG.get(memory, index);
        return new V128(widen8s((int) x), widen8s((int) (x >>> 32)));
    }

    public static V128 v128_load8x8_u(byte[] memory, int index) {
        long x = (long) MemoryAccess.LONG.get(memory, index);
        return new V128(widen8u((int) x), widen8u((int) (x >>> 32)));
    }

    public static V128 v128_load16x4_s(byte[] memory, int index) {
        long x = (long) MemoryAccess.LONG.get(memory, index);
        return new V128(widen16s((int) x), widen16s((int) (x >>> 32)));
    }

    public static V128 v128_load16x4_u(byte[] memory, int index) {
        long x = (long) MemoryAccess.LONG.get(memory, index);
        return new V128(widen16u((int) x), widen16u((int) (x >>> 32)));
    }

    public static V128 v128_load32x2_s(byte[] memory, int index) {
        long x = (long) MemoryAccess.LONG.get(memory, index);
        return new V128((int) x, x >> 32);
    }

    public static V128 v128_load32x2_u(byte[] memory, int index) {
        long x = (long) MemoryAccess.LONG.get(memory, index);
        return new V128(x & LOW32, x >>> 32);
    }

    // load and splat

    public static V128 v128_load8_splat(byte[] memory, int index) {
        return i8x16_splat((byte) MemoryAccess.BYTE.get(memory, index));
    }

    public static V128 v128_load16_splat(byte[] memory, int index) {
        return i16x8_splat((short) MemoryAccess.SHORT.get(memory, index));
    }

    public static V128 v128_load32_splat(byte[] memory, int index) {
        return i32x4_splat((int) MemoryAccess.INT.get(memory, index));
    }

    public static V128 v128_load64_splat(byte[] memory, int index) {
        long x = (long) MemoryAccess.LONG.get(memory, index);
        return new V128(x, x);
    }

    // load into lane 0, the rest zero

    public static V128 v128_load32_zero(byte[] memory, int index) {
        return new V128((int) MemoryAccess.INT.get(memory, index) & LOW32, 0);
    }

    public static V128 v128_load64_zero(byte[] memory, int index) {
        return new V128((long) MemoryAccess.LONG.get(memory, index), 0);
    }

    // load into / store from one lane

    public static V128 v128_load8_lane(byte[] memory, int index, V128 v, int lane) {
        return i8x16_replace_lane(v, (byte) MemoryAccess.BYTE.get(memory, index), lane);
    }

    public static V128 v128_load16_lane(byte[] memory, int index, V128 v, int lane) {
        return i16x8_replace_lane(v, (short) MemoryAccess.SHORT.get(memory, index), lane);
    }

    public static V128 v128_load32_lane(byte[] memory, int index, V128 v, int lane) {
        return i32x4_replace_lane(v, (int) MemoryAccess.INT.get(memory, index), lane);
    }

    public static V128 v128_load64_lane(byte[] memory, int index, V128 v, int lane) {
        return i64x2_replace_lane(v, (long) MemoryAccess.LONG.get(memory, index), lane);
    }

    public static void v128_store8_lane(byte[] memory, int index, V128 v, int lane) {
        MemoryAccess.BYTE.set(memory, index, (byte) i8x16_extract_lane_u(v, lane));
    }

    public static void v128_store16_lane(byte[] memory, int index, V128 v, int lane) {
        MemoryAccess.SHORT.set(memory, index, (short) i16x8_extract_lane_u(v, lane));
    }

    public static void v128_store32_lane(byte[] memory, int index, V128 v, int lane) {
        MemoryAccess.INT.set(memory, index, i32x4_extract_lane(v, lane));
    }

    public static void v128_store64_lane(byte[] memory, int index, V128 v, int lane) {
        MemoryAccess.LONG.set(memory, index, i64x2_extract_lane(v, lane));
    }

    // =====================================================================================================
    // Shuffles

    /** Lane i of the result is lane (byte i of the immediate) of the 32-byte concatenation a:b. */
    public static V128 i8x16_shuffle(V128 a, V128 b, long lanesLo, long lanesHi) {
        return new V128(shuffleHalf(a, b, lanesLo), shuffleHalf(a, b, lanesHi));
    }

    private static long shuffleHalf(V128 a, V128 b, long lanes) {
        long r = 0;
        for (int i = 0; i < 64; i += 8) {
            int idx = (int) (lanes >>> i) & 31;
            long src = idx < 8 ? a.lo : idx < 16 ? a.hi : idx < 24 ? b.lo : b.hi;
            r |= ((src >>> ((idx & 7) << 3)) & 0xFF) << i;
        }
        return r;
    }

    /** Lane i of the result is lane s[i] of a, or 0 when s[i] is 16 or more (unsigned). */
    public static V128 i8x16_swizzle(V128 a, V128 s) {
        return new V128(swizzleHalf(a, s.lo), swizzleHalf(a, s.hi));
    }

    private static long swizzleHalf(V128 a, long sel) {
        long r = 0;
        for (int i = 0; i < 64; i += 8) {
            int idx = (int) (sel >>> i) & 0xFF;
            if (idx < 16) {
                long src = idx < 8 ? a.lo : a.hi;
                r |= ((src >>> ((idx & 7) << 3)) & 0xFF) << i;
            }
        }
        return r;
    }

    // =====================================================================================================
    // Splat: the scalar (truncated to the lane width) in every lane

    public static V128 i8x16_splat(int x) {
        long h = (x & 0xFFL) * ONES8;
        return new V128(h, h);
    }

    public static V128 i16x8_splat(int x) {
        long h = (x & 0xFFFFL) * ONES16;
        return new V128(h, h);
    }

    public static V128 i32x4_splat(int x) {
        long h = (x & LOW32) | ((long) x << 32);
        return new V128(h, h);
    }

    public static V128 i64x2_splat(long x) {
        return new V128(x, x);
    }

    public static V128 f32x4_splat(float x) {
        return i32x4_splat(Float.floatToRawIntBits(x));
    }

    public static V128 f64x2_splat(double x) {
        long h = Double.doubleToRawLongBits(x);
        return new V128(h, h);
    }

    // =====================================================================================================
    // Extract and replace one lane; lane is the validated immediate

    public static int i8x16_extract_lane_s(V128 v, int lane) {
        return (byte) ((lane < 8 ? v.lo : v.hi) >>> ((lane & 7) << 3));
    }

    public static int i8x16_extract_lane_u(V128 v, int lane) {
        return (int) ((lane < 8 ? v.lo : v.hi) >>> ((lane & 7) << 3)) & 0xFF;
    }

    public static V128 i8x16_replace_lane(V128 v, int x, int lane) {
        int shift = (lane & 7) << 3;
        long mask = 0xFFL << shift;
        long bits = (x & 0xFFL) << shift;
        return lane < 8 ? new V128((v.lo & ~mask) | bits, v.hi) : new V128(v.lo, (v.hi & ~mask) | bits);
    }

    public static int i16x8_extract_lane_s(V128 v, int lane) {
        return (short) ((lane < 4 ? v.lo : v.hi) >>> ((lane & 3) << 4));
    }

    public static int i16x8_extract_lane_u(V128 v, int lane) {
        return (int) ((lane < 4 ? v.lo : v.hi) >>> ((lane & 3) << 4)) & 0xFFFF;
    }

    public static V128 i16x8_replace_lane(V128 v, int x, int lane) {
        int shift = (lane & 3) << 4;
        long mask = 0xFFFFL << shift;
        long bits = (x & 0xFFFFL) << shift;
        return lane < 4 ? new V128((v.lo & ~mask) | bits, v.hi) : new V128(v.lo, (v.hi & ~mask) | bits);
    }

    public static int i32x4_extract_lane(V128 v, int lane) {
        return (int) ((lane < 2 ? v.lo : v.hi) >>> ((lane & 1) << 5));
    }

    public static V128 i32x4_replace_lane(V128 v, int x, int lane) {
        int shift = (lane & 1) << 5;
        long mask = LOW32 << shift;
        long bits = (x & LOW32) << shift;
        return lane < 2 ? new V128((v.lo & ~mask) | bits, v.hi) : new V128(v.lo, (v.hi & ~mask) | bits);
    }

    public static long i64x2_extract_lane(V128 v, int lane) {
        return lane == 0 ? v.lo : v.hi;
    }

    public static V128 i64x2_replace_lane(V128 v, long x, int lane) {
        return lane == 0 ? new V128(x, v.hi) : new V128(v.lo, x);
    }

    public static float f32x4_extract_lane(V128 v, int lane) {
        return Float.intBitsToFloat(i32x4_extract_lane(v, lane));
    }

    public static V128 f32x4_replace_lane(V128 v, float x, int lane) {
        return i32x4_replace_lane(v, Float.floatToRawIntBits(x), lane);
    }

    public static double f64x2_extract_lane(V128 v, int lane) {
        return Double.longBitsToDouble(lane == 0 ? v.lo : v.hi);
    }

    public static V128 f64x2_replace_lane(V128 v, double x, int lane) {
        return i64x2_replace_lane(v, Double.doubleToRawLongBits(x), lane);
    }

    // =====================================================================================================
    // Bitwise

    public static V128 v128_not(V128 a) {
        return new V128(~a.lo, ~a.hi);
    }

    public static V128 v128_and(V128 a, V128 b) {
        return new V128(a.lo & b.lo, a.hi & b.hi);
    }

    public static V128 v128_andnot(V128 a, V128 b) {
        return new V128(a.lo & ~b.lo, a.hi & ~b.hi);
    }

    public static V128 v128_or(V128 a, V128 b) {
        return new V128(a.lo | b.lo, a.hi | b.hi);
    }

    public static V128 v128_xor(V128 a, V128 b) {
        return new V128(a.lo ^ b.lo, a.hi ^ b.hi);
    }

    /** Bits of a where c is 1, bits of b where c is 0. */
    public static V128 v128_bitselect(V128 a, V128 b, V128 c) {
        return new V128((a.lo & c.lo) | (b.lo & ~c.lo), (a.hi & c.hi) | (b.hi & ~c.hi));
    }

    public static int v128_any_true(V128 v) {
        return (v.lo | v.hi) != 0 ? 1 : 0;
    }

    // =====================================================================================================
    // Integer comparisons: all-ones lanes where true. Each shape has eq, lt_s and lt_u; the others are
    // derived (gt = swapped lt, ge = not lt, le = not swapped lt, ne = not eq).

    public static V128 i8x16_eq(V128 a, V128 b) {
        return new V128(eq8(a.lo, b.lo), eq8(a.hi, b.hi));
    }

    public static V128 i8x16_ne(V128 a, V128 b) {
        return new V128(~eq8(a.lo, b.lo), ~eq8(a.hi, b.hi));
    }

    public static V128 i8x16_lt_s(V128 a, V128 b) {
        return new V128(ltS8(a.lo, b.lo), ltS8(a.hi, b.hi));
    }

    public static V128 i8x16_lt_u(V128 a, V128 b) {
        return new V128(ltU8(a.lo, b.lo), ltU8(a.hi, b.hi));
    }

    public static V128 i8x16_gt_s(V128 a, V128 b) {
        return new V128(ltS8(b.lo, a.lo), ltS8(b.hi, a.hi));
    }

    public static V128 i8x16_gt_u(V128 a, V128 b) {
        return new V128(ltU8(b.lo, a.lo), ltU8(b.hi, a.hi));
    }

    public static V128 i8x16_le_s(V128 a, V128 b) {
        return new V128(~ltS8(b.lo, a.lo), ~ltS8(b.hi, a.hi));
    }

    public static V128 i8x16_le_u(V128 a, V128 b) {
        return new V128(~ltU8(b.lo, a.lo), ~ltU8(b.hi, a.hi));
    }

    public static V128 i8x16_ge_s(V128 a, V128 b) {
        return new V128(~ltS8(a.lo, b.lo), ~ltS8(a.hi, b.hi));
    }

    public static V128 i8x16_ge_u(V128 a, V128 b) {
        return new V128(~ltU8(a.lo, b.lo), ~ltU8(a.hi, b.hi));
    }

    public static V128 i16x8_eq(V128 a, V128 b) {
        return new V128(eq16(a.lo, b.lo), eq16(a.hi, b.hi));
    }

    public static V128 i16x8_ne(V128 a, V128 b) {
        return new V128(~eq16(a.lo, b.lo), ~eq16(a.hi, b.hi));
    }

    public static V128 i16x8_lt_s(V128 a, V128 b) {
        return new V128(ltS16(a.lo, b.lo), ltS16(a.hi, b.hi));
    }

    public static V128 i16x8_lt_u(V128 a, V128 b) {
        return new V128(ltU16(a.lo, b.lo), ltU16(a.hi, b.hi));
    }

    public static V128 i16x8_gt_s(V128 a, V128 b) {
        return new V128(ltS16(b.lo, a.lo), ltS16(b.hi, a.hi));
    }

    public static V128 i16x8_gt_u(V128 a, V128 b) {
        return new V128(ltU16(b.lo, a.lo), ltU16(b.hi, a.hi));
    }

    public static V128 i16x8_le_s(V128 a, V128 b) {
        return new V128(~ltS16(b.lo, a.lo), ~ltS16(b.hi, a.hi));
    }

    public static V128 i16x8_le_u(V128 a, V128 b) {
        return new V128(~ltU16(b.lo, a.lo), ~ltU16(b.hi, a.hi));
    }

    public static V128 i16x8_ge_s(V128 a, V128 b) {
        return new V128(~ltS16(a.lo, b.lo), ~ltS16(a.hi, b.hi));
    }

    public static V128 i16x8_ge_u(V128 a, V128 b) {
        return new V128(~ltU16(a.lo, b.lo), ~ltU16(a.hi, b.hi));
    }

    public static V128 i32x4_eq(V128 a, V128 b) {
        return new V128(eq32(a.lo, b.lo), eq32(a.hi, b.hi));
    }

    public static V128 i32x4_ne(V128 a, V128 b) {
        return new V128(~eq32(a.lo, b.lo), ~eq32(a.hi, b.hi));
    }

    public static V128 i32x4_lt_s(V128 a, V128 b) {
        return new V128(ltS32(a.lo, b.lo), ltS32(a.hi, b.hi));
    }

    public static V128 i32x4_lt_u(V128 a, V128 b) {
        return new V128(ltU32(a.lo, b.lo), ltU32(a.hi, b.hi));
    }

    public static V128 i32x4_gt_s(V128 a, V128 b) {
        return new V128(ltS32(b.lo, a.lo), ltS32(b.hi, a.hi));
    }

    public static V128 i32x4_gt_u(V128 a, V128 b) {
        return new V128(ltU32(b.lo, a.lo), ltU32(b.hi, a.hi));
    }

    public static V128 i32x4_le_s(V128 a, V128 b) {
        return new V128(~ltS32(b.lo, a.lo), ~ltS32(b.hi, a.hi));
    }

    public static V128 i32x4_le_u(V128 a, V128 b) {
        return new V128(~ltU32(b.lo, a.lo), ~ltU32(b.hi, a.hi));
    }

    public static V128 i32x4_ge_s(V128 a, V128 b) {
        return new V128(~ltS32(a.lo, b.lo), ~ltS32(a.hi, b.hi));
    }

    public static V128 i32x4_ge_u(V128 a, V128 b) {
        return new V128(~ltU32(a.lo, b.lo), ~ltU32(a.hi, b.hi));
    }

    public static V128 i64x2_eq(V128 a, V128 b) {
        return new V128(mask(a.lo == b.lo), mask(a.hi == b.hi));
    }

    public static V128 i64x2_ne(V128 a, V128 b) {
        return new V128(mask(a.lo != b.lo), mask(a.hi != b.hi));
    }

    public static V128 i64x2_lt_s(V128 a, V128 b) {
        return new V128(mask(a.lo < b.lo), mask(a.hi < b.hi));
    }

    public static V128 i64x2_gt_s(V128 a, V128 b) {
        return new V128(mask(a.lo > b.lo), mask(a.hi > b.hi));
    }

    public static V128 i64x2_le_s(V128 a, V128 b) {
        return new V128(mask(a.lo <= b.lo), mask(a.hi <= b.hi));
    }

    public static V128 i64x2_ge_s(V128 a, V128 b) {
        return new V128(mask(a.lo >= b.lo), mask(a.hi >= b.hi));
    }

    private static long mask(boolean b) {
        return b ? -1L : 0L;
    }

    /**
     * 0xFF in every byte where a equals b: a byte of a ^ b is nonzero iff its low 7 bits plus 0x7F reach
     * the top bit, or the top bit is already set.
     */
    private static long eq8(long a, long b) {
        long x = a ^ b;
        long nonZero = (((x & L8) + L8) | x) & H8;
        return ~((nonZero >>> 7) * 0xFF);
    }

    private static long eq16(long a, long b) {
        long x = a ^ b;
        long nonZero = (((x & L16) + L16) | x) & H16;
        return ~((nonZero >>> 15) * 0xFFFF);
    }

    private static long eq32(long a, long b) {
        return ((int) a == (int) b ? LOW32 : 0) | ((a ^ b) >>> 32 == 0 ? ~LOW32 : 0);
    }

    private static long ltS8(long a, long b) {
        long r = 0;
        for (int i = 0; i < 64; i += 8) {
            if ((byte) (a >>> i) < (byte) (b >>> i)) {
                r |= 0xFFL << i;
            }
        }
        return r;
    }

    private static long ltU8(long a, long b) {
        long r = 0;
        for (int i = 0; i < 64; i += 8) {
            if (((a >>> i) & 0xFF) < ((b >>> i) & 0xFF)) {
                r |= 0xFFL << i;
            }
        }
        return r;
    }

    private static long ltS16(long a, long b) {
        long r = 0;
        for (int i = 0; i < 64; i += 16) {
            if ((short) (a >>> i) < (short) (b >>> i)) {
                r |= 0xFFFFL << i;
            }
        }
        return r;
    }

    private static long ltU16(long a, long b) {
        long r = 0;
        for (int i = 0; i < 64; i += 16) {
            if (((a >>> i) & 0xFFFF) < ((b >>> i) & 0xFFFF)) {
                r |= 0xFFFFL << i;
            }
        }
        return r;
    }

    private static long ltS32(long a, long b) {
        return ((int) a < (int) b ? LOW32 : 0) | ((a >> 32) < (b >> 32) ? ~LOW32 : 0);
    }

    private static long ltU32(long a, long b) {
        return ((a & LOW32) < (b & LOW32) ? LOW32 : 0) | ((a >>> 32) < (b >>> 32) ? ~LOW32 : 0);
    }

    /** The lanes of m (all ones or all zeros) select a, the others b. */
    private static long select(long m, long a, long b) {
        return (a & m) | (b & ~m);
    }

    // =====================================================================================================
    // Float comparisons: all-ones lanes where true; every comparison with a NaN is false except ne

    public static V128 f32x4_eq(V128 a, V128 b) {
        return new V128(
                fmask(f0(a.lo) == f0(b.lo), f1(a.lo) == f1(b.lo)),
                fmask(f0(a.hi) == f0(b.hi), f1(a.hi) == f1(b.hi)));
    }

    public static V128 f32x4_ne(V128 a, V128 b) {
        return new V128(
                fmask(f0(a.lo) != f0(b.lo), f1(a.lo) != f1(b.lo)),
                fmask(f0(a.hi) != f0(b.hi), f1(a.hi) != f1(b.hi)));
    }

    public static V128 f32x4_lt(V128 a, V128 b) {
        return new V128(
                fmask(f0(a.lo) < f0(b.lo), f1(a.lo) < f1(b.lo)),
                fmask(f0(a.hi) < f0(b.hi), f1(a.hi) < f1(b.hi)));
    }

    public static V128 f32x4_gt(V128 a, V128 b) {
        return new V128(
                fmask(f0(a.lo) > f0(b.lo), f1(a.lo) > f1(b.lo)),
                fmask(f0(a.hi) > f0(b.hi), f1(a.hi) > f1(b.hi)));
    }

    public static V128 f32x4_le(V128 a, V128 b) {
        return new V128(
                fmask(f0(a.lo) <= f0(b.lo), f1(a.lo) <= f1(b.lo)),
                fmask(f0(a.hi) <= f0(b.hi), f1(a.hi) <= f1(b.hi)));
    }

    public static V128 f32x4_ge(V128 a, V128 b) {
        return new V128(
                fmask(f0(a.lo) >= f0(b.lo), f1(a.lo) >= f1(b.lo)),
                fmask(f0(a.hi) >= f0(b.hi), f1(a.hi) >= f1(b.hi)));
    }

    public static V128 f64x2_eq(V128 a, V128 b) {
        return new V128(mask(d(a.lo) == d(b.lo)), mask(d(a.hi) == d(b.hi)));
    }

    public static V128 f64x2_ne(V128 a, V128 b) {
        return new V128(mask(d(a.lo) != d(b.lo)), mask(d(a.hi) != d(b.hi)));
    }

    public static V128 f64x2_lt(V128 a, V128 b) {
        return new V128(mask(d(a.lo) < d(b.lo)), mask(d(a.hi) < d(b.hi)));
    }

    public static V128 f64x2_gt(V128 a, V128 b) {
        return new V128(mask(d(a.lo) > d(b.lo)), mask(d(a.hi) > d(b.hi)));
    }

    public static V128 f64x2_le(V128 a, V128 b) {
        return new V128(mask(d(a.lo) <= d(b.lo)), mask(d(a.hi) <= d(b.hi)));
    }

    public static V128 f64x2_ge(V128 a, V128 b) {
        return new V128(mask(d(a.lo) >= d(b.lo)), mask(d(a.hi) >= d(b.hi)));
    }

    private static long fmask(boolean lane0, boolean lane1) {
        return (lane0 ? LOW32 : 0) | (lane1 ? ~LOW32 : 0);
    }

    // =====================================================================================================
    // Lane-wise integer add, sub, neg, mul: SWAR with the carry kept out of each lane's top bit

    public static V128 i8x16_add(V128 a, V128 b) {
        return new V128(add8(a.lo, b.lo), add8(a.hi, b.hi));
    }

    public static V128 i8x16_sub(V128 a, V128 b) {
        return new V128(sub8(a.lo, b.lo), sub8(a.hi, b.hi));
    }

    public static V128 i8x16_neg(V128 a) {
        return new V128(sub8(0, a.lo), sub8(0, a.hi));
    }

    public static V128 i16x8_add(V128 a, V128 b) {
        return new V128(add16(a.lo, b.lo), add16(a.hi, b.hi));
    }

    public static V128 i16x8_sub(V128 a, V128 b) {
        return new V128(sub16(a.lo, b.lo), sub16(a.hi, b.hi));
    }

    public static V128 i16x8_neg(V128 a) {
        return new V128(sub16(0, a.lo), sub16(0, a.hi));
    }

    public static V128 i16x8_mul(V128 a, V128 b) {
        return new V128(mul16(a.lo, b.lo), mul16(a.hi, b.hi));
    }

    public static V128 i32x4_add(V128 a, V128 b) {
        return new V128(add32(a.lo, b.lo), add32(a.hi, b.hi));
    }

    public static V128 i32x4_sub(V128 a, V128 b) {
        return new V128(sub32(a.lo, b.lo), sub32(a.hi, b.hi));
    }

    public static V128 i32x4_neg(V128 a) {
        return new V128(sub32(0, a.lo), sub32(0, a.hi));
    }

    public static V128 i32x4_mul(V128 a, V128 b) {
        return new V128(mul32(a.lo, b.lo), mul32(a.hi, b.hi));
    }

    public static V128 i64x2_add(V128 a, V128 b) {
        return new V128(a.lo + b.lo, a.hi + b.hi);
    }

    public static V128 i64x2_sub(V128 a, V128 b) {
        return new V128(a.lo - b.lo, a.hi - b.hi);
    }

    public static V128 i64x2_neg(V128 a) {
        return new V128(-a.lo, -a.hi);
    }

    public static V128 i64x2_mul(V128 a, V128 b) {
        return new V128(a.lo * b.lo, a.hi * b.hi);
    }

    private static long add8(long a, long b) {
        return ((a & L8) + (b & L8)) ^ ((a ^ b) & H8);
    }

    /** Each lane of (a | H) is at least 0x80 and each of (b & ~H) at most 0x7F, so no borrow crosses lanes. */
    private static long sub8(long a, long b) {
        return ((a | H8) - (b & L8)) ^ ((a ^ ~b) & H8);
    }

    private static long add16(long a, long b) {
        return ((a & L16) + (b & L16)) ^ ((a ^ b) & H16);
    }

    private static long sub16(long a, long b) {
        return ((a | H16) - (b & L16)) ^ ((a ^ ~b) & H16);
    }

    /**
     * The low lane is the low half of the 64-bit sum; the high lanes add with the low ones cleared, so
     * no carry comes in. Measured faster than the SWAR form of add8/add16 (fewer 64-bit constants).
     */
    private static long add32(long a, long b) {
        return ((a + b) & LOW32) | ((a & ~LOW32) + (b & ~LOW32));
    }

    private static long sub32(long a, long b) {
        return ((a - b) & LOW32) | ((a & ~LOW32) - (b & ~LOW32));
    }

    /**
     * Two i32 lane products: the low half of the 64-bit product is the low lanes' (the cross terms are
     * multiples of 2^32), and the high lane times the other high lane in place is its product shifted up.
     */
    private static long mul32(long a, long b) {
        return ((a * b) & LOW32) | ((a >>> 32) * (b & ~LOW32));
    }

    private static long mul16(long a, long b) {
        long r = 0;
        for (int i = 0; i < 64; i += 16) {
            r |= ((((a >>> i) & 0xFFFF) * ((b >>> i) & 0xFFFF)) & 0xFFFF) << i;
        }
        return r;
    }

    /** Two i32 lanes in one half. */
    private static long ints(int lane0, int lane1) {
        return (lane0 & LOW32) | ((long) lane1 << 32);
    }

    // =====================================================================================================
    // Saturating add and sub

    public static V128 i8x16_add_sat_s(V128 a, V128 b) {
        return new V128(addSatS8(a.lo, b.lo), addSatS8(a.hi, b.hi));
    }

    public static V128 i8x16_add_sat_u(V128 a, V128 b) {
        return new V128(addSatU8(a.lo, b.lo), addSatU8(a.hi, b.hi));
    }

    public static V128 i8x16_sub_sat_s(V128 a, V128 b) {
        return new V128(subSatS8(a.lo, b.lo), subSatS8(a.hi, b.hi));
    }

    public static V128 i8x16_sub_sat_u(V128 a, V128 b) {
        return new V128(subSatU8(a.lo, b.lo), subSatU8(a.hi, b.hi));
    }

    public static V128 i16x8_add_sat_s(V128 a, V128 b) {
        return new V128(addSatS16(a.lo, b.lo), addSatS16(a.hi, b.hi));
    }

    public static V128 i16x8_add_sat_u(V128 a, V128 b) {
        return new V128(addSatU16(a.lo, b.lo), addSatU16(a.hi, b.hi));
    }

    public static V128 i16x8_sub_sat_s(V128 a, V128 b) {
        return new V128(subSatS16(a.lo, b.lo), subSatS16(a.hi, b.hi));
    }

    public static V128 i16x8_sub_sat_u(V128 a, V128 b) {
        return new V128(subSatU16(a.lo, b.lo), subSatU16(a.hi, b.hi));
    }

    private static long addSatS8(long a, long b) {
        long r = 0;
        for (int i = 0; i < 64; i += 8) {
            int s = (byte) (a >>> i) + (byte) (b >>> i);
            r |= (long) (clamp(s, -128, 127) & 0xFF) << i;
        }
        return r;
    }

    private static long addSatU8(long a, long b) {
        long r = 0;
        for (int i = 0; i < 64; i += 8) {
            int s = (int) ((a >>> i) & 0xFF) + (int) ((b >>> i) & 0xFF);
            r |= (long) Math.min(s, 0xFF) << i;
        }
        return r;
    }

    private static long subSatS8(long a, long b) {
        long r = 0;
        for (int i = 0; i < 64; i += 8) {
            int s = (byte) (a >>> i) - (byte) (b >>> i);
            r |= (long) (clamp(s, -128, 127) & 0xFF) << i;
        }
        return r;
    }

    private static long subSatU8(long a, long b) {
        long r = 0;
        for (int i = 0; i < 64; i += 8) {
            int s = (int) ((a >>> i) & 0xFF) - (int) ((b >>> i) & 0xFF);
            r |= (long) Math.max(s, 0) << i;
        }
        return r;
    }

    private static long addSatS16(long a, long b) {
        long r = 0;
        for (int i = 0; i < 64; i += 16) {
            int s = (short) (a >>> i) + (short) (b >>> i);
            r |= (long) (clamp(s, -32768, 32767) & 0xFFFF) << i;
        }
        return r;
    }

    private static long addSatU16(long a, long b) {
        long r = 0;
        for (int i = 0; i < 64; i += 16) {
            int s = (int) ((a >>> i) & 0xFFFF) + (int) ((b >>> i) & 0xFFFF);
            r |= (long) Math.min(s, 0xFFFF) << i;
        }
        return r;
    }

    private static long subSatS16(long a, long b) {
        long r = 0;
        for (int i = 0; i < 64; i += 16) {
            int s = (short) (a >>> i) - (short) (b >>> i);
            r |= (long) (clamp(s, -32768, 32767) & 0xFFFF) << i;
        }
        return r;
    }

    private static long subSatU16(long a, long b) {
        long r = 0;
        for (int i = 0; i < 64; i += 16) {
            int s = (int) ((a >>> i) & 0xFFFF) - (int) ((b >>> i) & 0xFFFF);
            r |= (long) Math.max(s, 0) << i;
        }
        return r;
    }

    private static int clamp(int x, int min, int max) {
        return Math.max(min, Math.min(max, x));
    }

    // =====================================================================================================
    // Integer min, max (selected by the lane-wise lt masks) and rounding average

    public static V128 i8x16_min_s(V128 a, V128 b) {
        return new V128(select(ltS8(a.lo, b.lo), a.lo, b.lo), select(ltS8(a.hi, b.hi), a.hi, b.hi));
    }

    public static V128 i8x16_min_u(V128 a, V128 b) {
        return new V128(select(ltU8(a.lo, b.lo), a.lo, b.lo), select(ltU8(a.hi, b.hi), a.hi, b.hi));
    }

    public static V128 i8x16_max_s(V128 a, V128 b) {
        return new V128(select(ltS8(a.lo, b.lo), b.lo, a.lo), select(ltS8(a.hi, b.hi), b.hi, a.hi));
    }

    public static V128 i8x16_max_u(V128 a, V128 b) {
        return new V128(select(ltU8(a.lo, b.lo), b.lo, a.lo), select(ltU8(a.hi, b.hi), b.hi, a.hi));
    }

    public static V128 i16x8_min_s(V128 a, V128 b) {
        return new V128(select(ltS16(a.lo, b.lo), a.lo, b.lo), select(ltS16(a.hi, b.hi), a.hi, b.hi));
    }

    public static V128 i16x8_min_u(V128 a, V128 b) {
        return new V128(select(ltU16(a.lo, b.lo), a.lo, b.lo), select(ltU16(a.hi, b.hi), a.hi, b.hi));
    }

    public static V128 i16x8_max_s(V128 a, V128 b) {
        return new V128(select(ltS16(a.lo, b.lo), b.lo, a.lo), select(ltS16(a.hi, b.hi), b.hi, a.hi));
    }

    public static V128 i16x8_max_u(V128 a, V128 b) {
        return new V128(select(ltU16(a.lo, b.lo), b.lo, a.lo), select(ltU16(a.hi, b.hi), b.hi, a.hi));
    }

    public static V128 i32x4_min_s(V128 a, V128 b) {
        return new V128(select(ltS32(a.lo, b.lo), a.lo, b.lo), select(ltS32(a.hi, b.hi), a.hi, b.hi));
    }

    public static V128 i32x4_min_u(V128 a, V128 b) {
        return new V128(select(ltU32(a.lo, b.lo), a.lo, b.lo), select(ltU32(a.hi, b.hi), a.hi, b.hi));
    }

    public static V128 i32x4_max_s(V128 a, V128 b) {
        return new V128(select(ltS32(a.lo, b.lo), b.lo, a.lo), select(ltS32(a.hi, b.hi), b.hi, a.hi));
    }

    public static V128 i32x4_max_u(V128 a, V128 b) {
        return new V128(select(ltU32(a.lo, b.lo), b.lo, a.lo), select(ltU32(a.hi, b.hi), b.hi, a.hi));
    }

    /** (a + b + 1) >>> 1 per lane as (a | b) - ((a ^ b) >>> 1), which never borrows across lanes. */
    public static V128 i8x16_avgr_u(V128 a, V128 b) {
        return new V128((a.lo | b.lo) - (((a.lo ^ b.lo) >>> 1) & 0x7F7F_7F7F_7F7F_7F7FL),
                (a.hi | b.hi) - (((a.hi ^ b.hi) >>> 1) & 0x7F7F_7F7F_7F7F_7F7FL));
    }

    public static V128 i16x8_avgr_u(V128 a, V128 b) {
        return new V128((a.lo | b.lo) - (((a.lo ^ b.lo) >>> 1) & 0x7FFF_7FFF_7FFF_7FFFL),
                (a.hi | b.hi) - (((a.hi ^ b.hi) >>> 1) & 0x7FFF_7FFF_7FFF_7FFFL));
    }

    // =====================================================================================================
    // abs, popcnt

    /** (x ^ m) - m with m the lane's sign spread over it; abs of the minimum value is itself. */
    public static V128 i8x16_abs(V128 a) {
        long mLo = ((a.lo & H8) >>> 7) * 0xFF;
        long mHi = ((a.hi & H8) >>> 7) * 0xFF;
        return new V128(sub8(a.lo ^ mLo, mLo), sub8(a.hi ^ mHi, mHi));
    }

    public static V128 i16x8_abs(V128 a) {
        long mLo = ((a.lo & H16) >>> 15) * 0xFFFF;
        long mHi = ((a.hi & H16) >>> 15) * 0xFFFF;
        return new V128(sub16(a.lo ^ mLo, mLo), sub16(a.hi ^ mHi, mHi));
    }

    public static V128 i32x4_abs(V128 a) {
        return new V128(ints(Math.abs((int) a.lo), Math.abs((int) (a.lo >>> 32))),
                ints(Math.abs((int) a.hi), Math.abs((int) (a.hi >>> 32))));
    }

    public static V128 i64x2_abs(V128 a) {
        return new V128(Math.abs(a.lo), Math.abs(a.hi));
    }

    public static V128 i8x16_popcnt(V128 a) {
        return new V128(popcnt8(a.lo), popcnt8(a.hi));
    }

    private static long popcnt8(long x) {
        x = x - ((x >>> 1) & 0x5555_5555_5555_5555L);
        x = (x & 0x3333_3333_3333_3333L) + ((x >>> 2) & 0x3333_3333_3333_3333L);
        return (x + (x >>> 4)) & 0x0F0F_0F0F_0F0F_0F0FL;
    }

    // =====================================================================================================
    // all_true (i32 1 when no lane is zero) and bitmask (the lanes' sign bits, lane 0 in bit 0)

    public static int i8x16_all_true(V128 v) {
        return nonZero8(v.lo) == H8 && nonZero8(v.hi) == H8 ? 1 : 0;
    }

    public static int i16x8_all_true(V128 v) {
        return nonZero16(v.lo) == H16 && nonZero16(v.hi) == H16 ? 1 : 0;
    }

    public static int i32x4_all_true(V128 v) {
        return (int) v.lo != 0 && (v.lo >>> 32) != 0 && (int) v.hi != 0 && (v.hi >>> 32) != 0 ? 1 : 0;
    }

    public static int i64x2_all_true(V128 v) {
        return v.lo != 0 && v.hi != 0 ? 1 : 0;
    }

    /** The top bit of every nonzero byte. */
    private static long nonZero8(long x) {
        return (((x & L8) + L8) | x) & H8;
    }

    private static long nonZero16(long x) {
        return (((x & L16) + L16) | x) & H16;
    }

    public static int i8x16_bitmask(V128 v) {
        return signs8(v.lo) | signs8(v.hi) << 8;
    }

    /** The sign bit of byte k moved to bit k: the multiply adds each to a distinct bit of the top byte. */
    private static int signs8(long x) {
        return (int) ((((x & H8) >>> 7) * 0x0102_0408_1020_4080L) >>> 56);
    }

    public static int i16x8_bitmask(V128 v) {
        return signs16(v.lo) | signs16(v.hi) << 4;
    }

    private static int signs16(long x) {
        return (int) ((x >>> 15) & 1 | (x >>> 30) & 2 | (x >>> 45) & 4 | (x >>> 60) & 8);
    }

    public static int i32x4_bitmask(V128 v) {
        return (int) ((v.lo >>> 31) & 1 | (v.lo >>> 62) & 2 | (v.hi >>> 29) & 4 | (v.hi >>> 60) & 8);
    }

    public static int i64x2_bitmask(V128 v) {
        return (int) (v.lo >>> 63) | (int) (v.hi >>> 63) << 1;
    }

    // =====================================================================================================
    // Shifts: the count is taken modulo the lane width

    public static V128 i8x16_shl(V128 v, int shift) {
        int s = shift & 7;
        long keep = ((0xFFL << s) & 0xFF) * ONES8;
        return new V128((v.lo << s) & keep, (v.hi << s) & keep);
    }

    public static V128 i8x16_shr_u(V128 v, int shift) {
        int s = shift & 7;
        long keep = (0xFFL >>> s) * ONES8;
        return new V128((v.lo >>> s) & keep, (v.hi >>> s) & keep);
    }

    /** Logical shift, then sign-extend each lane from its shifted sign bit m: (x ^ m) - m. */
    public static V128 i8x16_shr_s(V128 v, int shift) {
        int s = shift & 7;
        long keep = (0xFFL >>> s) * ONES8;
        long m = (0x80L >>> s) * ONES8;
        return new V128(sub8(((v.lo >>> s) & keep) ^ m, m), sub8(((v.hi >>> s) & keep) ^ m, m));
    }

    public static V128 i16x8_shl(V128 v, int shift) {
        int s = shift & 15;
        long keep = ((0xFFFFL << s) & 0xFFFF) * ONES16;
        return new V128((v.lo << s) & keep, (v.hi << s) & keep);
    }

    public static V128 i16x8_shr_u(V128 v, int shift) {
        int s = shift & 15;
        long keep = (0xFFFFL >>> s) * ONES16;
        return new V128((v.lo >>> s) & keep, (v.hi >>> s) & keep);
    }

    public static V128 i16x8_shr_s(V128 v, int shift) {
        int s = shift & 15;
        long keep = (0xFFFFL >>> s) * ONES16;
        long m = (0x8000L >>> s) * ONES16;
        return new V128(sub16(((v.lo >>> s) & keep) ^ m, m), sub16(((v.hi >>> s) & keep) ^ m, m));
    }

    public static V128 i32x4_shl(V128 v, int shift) {
        return new V128(ints((int) v.lo << shift, (int) (v.lo >>> 32) << shift),
                ints((int) v.hi << shift, (int) (v.hi >>> 32) << shift));
    }

    public static V128 i32x4_shr_s(V128 v, int shift) {
        return new V128(ints((int) v.lo >> shift, (int) (v.lo >>> 32) >> shift),
                ints((int) v.hi >> shift, (int) (v.hi >>> 32) >> shift));
    }

    public static V128 i32x4_shr_u(V128 v, int shift) {
        return new V128(ints((int) v.lo >>> shift, (int) (v.lo >>> 32) >>> shift),
                ints((int) v.hi >>> shift, (int) (v.hi >>> 32) >>> shift));
    }

    public static V128 i64x2_shl(V128 v, int shift) {
        return new V128(v.lo << shift, v.hi << shift);
    }

    public static V128 i64x2_shr_s(V128 v, int shift) {
        return new V128(v.lo >> shift, v.hi >> shift);
    }

    public static V128 i64x2_shr_u(V128 v, int shift) {
        return new V128(v.lo >>> shift, v.hi >>> shift);
    }

    // =====================================================================================================
    // Narrow: the signed lanes of a then b, each saturated to the narrow signed or unsigned range

    public static V128 i8x16_narrow_i16x8_s(V128 a, V128 b) {
        return new V128(narrow16to8(a.lo, -128, 127) | narrow16to8(a.hi, -128, 127) << 32,
                narrow16to8(b.lo, -128, 127) | narrow16to8(b.hi, -128, 127) << 32);
    }

    public static V128 i8x16_narrow_i16x8_u(V128 a, V128 b) {
        return new V128(narrow16to8(a.lo, 0, 255) | narrow16to8(a.hi, 0, 255) << 32,
                narrow16to8(b.lo, 0, 255) | narrow16to8(b.hi, 0, 255) << 32);
    }

    public static V128 i16x8_narrow_i32x4_s(V128 a, V128 b) {
        return new V128(narrow32to16(a.lo, -32768, 32767) | narrow32to16(a.hi, -32768, 32767) << 32,
                narrow32to16(b.lo, -32768, 32767) | narrow32to16(b.hi, -32768, 32767) << 32);
    }

    public static V128 i16x8_narrow_i32x4_u(V128 a, V128 b) {
        return new V128(narrow32to16(a.lo, 0, 65535) | narrow32to16(a.hi, 0, 65535) << 32,
                narrow32to16(b.lo, 0, 65535) | narrow32to16(b.hi, 0, 65535) << 32);
    }

    /** The four 16-bit lanes of x clamped and packed into the low 32 bits. */
    private static long narrow16to8(long x, int min, int max) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= (long) (clamp((short) (x >>> (i << 4)), min, max) & 0xFF) << (i << 3);
        }
        return r;
    }

    private static long narrow32to16(long x, int min, int max) {
        return (clamp((int) x, min, max) & 0xFFFFL) | (long) (clamp((int) (x >>> 32), min, max) & 0xFFFF) << 16;
    }

    // =====================================================================================================
    // Extend: the low or high half's lanes widened to twice their width

    public static V128 i16x8_extend_low_i8x16_s(V128 v) {
        return new V128(widen8s((int) v.lo), widen8s((int) (v.lo >>> 32)));
    }

    public static V128 i16x8_extend_high_i8x16_s(V128 v) {
        return new V128(widen8s((int) v.hi), widen8s((int) (v.hi >>> 32)));
    }

    public static V128 i16x8_extend_low_i8x16_u(V128 v) {
        return new V128(widen8u((int) v.lo), widen8u((int) (v.lo >>> 32)));
    }

    public static V128 i16x8_extend_high_i8x16_u(V128 v) {
        return new V128(widen8u((int) v.hi), widen8u((int) (v.hi >>> 32)));
    }

    public static V128 i32x4_extend_low_i16x8_s(V128 v) {
        return new V128(widen16s((int) v.lo), widen16s((int) (v.lo >>> 32)));
    }

    public static V128 i32x4_extend_high_i16x8_s(V128 v) {
        return new V128(widen16s((int) v.hi), widen16s((int) (v.hi >>> 32)));
    }

    public static V128 i32x4_extend_low_i16x8_u(V128 v) {
        return new V128(widen16u((int) v.lo), widen16u((int) (v.lo >>> 32)));
    }

    public static V128 i32x4_extend_high_i16x8_u(V128 v) {
        return new V128(widen16u((int) v.hi), widen16u((int) (v.hi >>> 32)));
    }

    public static V128 i64x2_extend_low_i32x4_s(V128 v) {
        return new V128((int) v.lo, v.lo >> 32);
    }

    public static V128 i64x2_extend_high_i32x4_s(V128 v) {
        return new V128((int) v.hi, v.hi >> 32);
    }

    public static V128 i64x2_extend_low_i32x4_u(V128 v) {
        return new V128(v.lo & LOW32, v.lo >>> 32);
    }

    public static V128 i64x2_extend_high_i32x4_u(V128 v) {
        return new V128(v.hi & LOW32, v.hi >>> 32);
    }

    /** The four bytes of x sign-extended to four 16-bit lanes. */
    private static long widen8s(int x) {
        return ((byte) x & 0xFFFFL) | ((byte) (x >>> 8) & 0xFFFFL) << 16
                | ((byte) (x >>> 16) & 0xFFFFL) << 32 | (long) (byte) (x >>> 24) << 48;
    }

    private static long widen8u(int x) {
        return (x & 0xFFL) | (x & 0xFF00L) << 8 | (x & 0xFF_0000L) << 16 | (x & 0xFF00_0000L) << 24;
    }

    /** The two 16-bit lanes of x sign-extended to two 32-bit lanes. */
    private static long widen16s(int x) {
        return ((short) x & LOW32) | (long) (short) (x >>> 16) << 32;
    }

    private static long widen16u(int x) {
        return (x & 0xFFFFL) | (x & 0xFFFF_0000L) << 16;
    }

    // =====================================================================================================
    // Extended multiply: the low or high half's lanes widened, then multiplied (never overflows)

    public static V128 i16x8_extmul_low_i8x16_s(V128 a, V128 b) {
        return new V128(extmul8s((int) a.lo, (int) b.lo), extmul8s((int) (a.lo >>> 32), (int) (b.lo >>> 32)));
    }

    public static V128 i16x8_extmul_high_i8x16_s(V128 a, V128 b) {
        return new V128(extmul8s((int) a.hi, (int) b.hi), extmul8s((int) (a.hi >>> 32), (int) (b.hi >>> 32)));
    }

    public static V128 i16x8_extmul_low_i8x16_u(V128 a, V128 b) {
        return new V128(extmul8u((int) a.lo, (int) b.lo), extmul8u((int) (a.lo >>> 32), (int) (b.lo >>> 32)));
    }

    public static V128 i16x8_extmul_high_i8x16_u(V128 a, V128 b) {
        return new V128(extmul8u((int) a.hi, (int) b.hi), extmul8u((int) (a.hi >>> 32), (int) (b.hi >>> 32)));
    }

    public static V128 i32x4_extmul_low_i16x8_s(V128 a, V128 b) {
        return new V128(extmul16s((int) a.lo, (int) b.lo), extmul16s((int) (a.lo >>> 32), (int) (b.lo >>> 32)));
    }

    public static V128 i32x4_extmul_high_i16x8_s(V128 a, V128 b) {
        return new V128(extmul16s((int) a.hi, (int) b.hi), extmul16s((int) (a.hi >>> 32), (int) (b.hi >>> 32)));
    }

    public static V128 i32x4_extmul_low_i16x8_u(V128 a, V128 b) {
        return new V128(extmul16u((int) a.lo, (int) b.lo), extmul16u((int) (a.lo >>> 32), (int) (b.lo >>> 32)));
    }

    public static V128 i32x4_extmul_high_i16x8_u(V128 a, V128 b) {
        return new V128(extmul16u((int) a.hi, (int) b.hi), extmul16u((int) (a.hi >>> 32), (int) (b.hi >>> 32)));
    }

    public static V128 i64x2_extmul_low_i32x4_s(V128 a, V128 b) {
        return new V128((long) (int) a.lo * (int) b.lo, (a.lo >> 32) * (b.lo >> 32));
    }

    public static V128 i64x2_extmul_high_i32x4_s(V128 a, V128 b) {
        return new V128((long) (int) a.hi * (int) b.hi, (a.hi >> 32) * (b.hi >> 32));
    }

    public static V128 i64x2_extmul_low_i32x4_u(V128 a, V128 b) {
        return new V128((a.lo & LOW32) * (b.lo & LOW32), (a.lo >>> 32) * (b.lo >>> 32));
    }

    public static V128 i64x2_extmul_high_i32x4_u(V128 a, V128 b) {
        return new V128((a.hi & LOW32) * (b.hi & LOW32), (a.hi >>> 32) * (b.hi >>> 32));
    }

    /** The four signed byte products of x and y as four 16-bit lanes. */
    private static long extmul8s(int x, int y) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= (long) (((byte) (x >>> (i << 3)) * (byte) (y >>> (i << 3))) & 0xFFFF) << (i << 4);
        }
        return r;
    }

    private static long extmul8u(int x, int y) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= (long) (((x >>> (i << 3)) & 0xFF) * ((y >>> (i << 3)) & 0xFF)) << (i << 4);
        }
        return r;
    }

    /** The two signed 16-bit products of x and y as two 32-bit lanes. */
    private static long extmul16s(int x, int y) {
        return ints((short) x * (short) y, (short) (x >>> 16) * (short) (y >>> 16));
    }

    private static long extmul16u(int x, int y) {
        return ints((x & 0xFFFF) * (y & 0xFFFF), (x >>> 16) * (y >>> 16));
    }

    // =====================================================================================================
    // Pairwise and dot products, q15 rounding multiply

    /** Lane k is the sum of the widened lanes 2k and 2k+1. */
    public static V128 i16x8_extadd_pairwise_i8x16_s(V128 v) {
        return new V128(pairs8s(v.lo), pairs8s(v.hi));
    }

    public static V128 i16x8_extadd_pairwise_i8x16_u(V128 v) {
        return new V128(pairs8u(v.lo), pairs8u(v.hi));
    }

    public static V128 i32x4_extadd_pairwise_i16x8_s(V128 v) {
        return new V128(ints((short) v.lo + (short) (v.lo >>> 16), (short) (v.lo >>> 32) + (short) (v.lo >>> 48)),
                ints((short) v.hi + (short) (v.hi >>> 16), (short) (v.hi >>> 32) + (short) (v.hi >>> 48)));
    }

    public static V128 i32x4_extadd_pairwise_i16x8_u(V128 v) {
        return new V128(pairs16u(v.lo), pairs16u(v.hi));
    }

    private static long pairs8s(long x) {
        long r = 0;
        for (int i = 0; i < 64; i += 16) {
            r |= (long) (((byte) (x >>> i) + (byte) (x >>> (i + 8))) & 0xFFFF) << i;
        }
        return r;
    }

    /** The byte pairs' sums (at most 0x1FE) fit their 16-bit lanes: SWAR. */
    private static long pairs8u(long x) {
        return (x & 0x00FF_00FF_00FF_00FFL) + ((x >>> 8) & 0x00FF_00FF_00FF_00FFL);
    }

    private static long pairs16u(long x) {
        return (x & 0x0000_FFFF_0000_FFFFL) + ((x >>> 16) & 0x0000_FFFF_0000_FFFFL);
    }

    /** Lane k is a[2k]*b[2k] + a[2k+1]*b[2k+1] of the signed 16-bit lanes, wrapping (only at -32768^2 * 2). */
    public static V128 i32x4_dot_i16x8_s(V128 a, V128 b) {
        return new V128(dot(a.lo, b.lo), dot(a.hi, b.hi));
    }

    private static long dot(long a, long b) {
        int lane0 = (short) a * (short) b + (short) (a >>> 16) * (short) (b >>> 16);
        int lane1 = (short) (a >>> 32) * (short) (b >>> 32) + (short) (a >>> 48) * (short) (b >>> 48);
        return ints(lane0, lane1);
    }

    /** (a * b + 0x4000) >> 15 per signed 16-bit lane, saturated (only -32768 * -32768 overflows). */
    public static V128 i16x8_q15mulr_sat_s(V128 a, V128 b) {
        return new V128(q15mulr(a.lo, b.lo), q15mulr(a.hi, b.hi));
    }

    private static long q15mulr(long a, long b) {
        long r = 0;
        for (int i = 0; i < 64; i += 16) {
            int p = ((short) (a >>> i) * (short) (b >>> i) + 0x4000) >> 15;
            r |= (long) (Math.min(p, 32767) & 0xFFFF) << i;
        }
        return r;
    }

    // =====================================================================================================
    // Float arithmetic, lane by lane on the lanes' bits

    public static V128 f32x4_add(V128 a, V128 b) {
        return new V128(floats(f0(a.lo) + f0(b.lo), f1(a.lo) + f1(b.lo)),
                floats(f0(a.hi) + f0(b.hi), f1(a.hi) + f1(b.hi)));
    }

    public static V128 f32x4_sub(V128 a, V128 b) {
        return new V128(floats(f0(a.lo) - f0(b.lo), f1(a.lo) - f1(b.lo)),
                floats(f0(a.hi) - f0(b.hi), f1(a.hi) - f1(b.hi)));
    }

    public static V128 f32x4_mul(V128 a, V128 b) {
        return new V128(floats(f0(a.lo) * f0(b.lo), f1(a.lo) * f1(b.lo)),
                floats(f0(a.hi) * f0(b.hi), f1(a.hi) * f1(b.hi)));
    }

    public static V128 f32x4_div(V128 a, V128 b) {
        return new V128(floats(f0(a.lo) / f0(b.lo), f1(a.lo) / f1(b.lo)),
                floats(f0(a.hi) / f0(b.hi), f1(a.hi) / f1(b.hi)));
    }

    public static V128 f32x4_min(V128 a, V128 b) {
        return new V128(floats(WasmMath.f32Min(f0(a.lo), f0(b.lo)), WasmMath.f32Min(f1(a.lo), f1(b.lo))),
                floats(WasmMath.f32Min(f0(a.hi), f0(b.hi)), WasmMath.f32Min(f1(a.hi), f1(b.hi))));
    }

    public static V128 f32x4_max(V128 a, V128 b) {
        return new V128(floats(WasmMath.f32Max(f0(a.lo), f0(b.lo)), WasmMath.f32Max(f1(a.lo), f1(b.lo))),
                floats(WasmMath.f32Max(f0(a.hi), f0(b.hi)), WasmMath.f32Max(f1(a.hi), f1(b.hi))));
    }

    /** pmin(a, b) = b < a ? b : a, keeping the chosen lane's bits (NaN and -0 included). */
    public static V128 f32x4_pmin(V128 a, V128 b) {
        return new V128(select(fmask(f0(b.lo) < f0(a.lo), f1(b.lo) < f1(a.lo)), b.lo, a.lo),
                select(fmask(f0(b.hi) < f0(a.hi), f1(b.hi) < f1(a.hi)), b.hi, a.hi));
    }

    /** pmax(a, b) = a < b ? b : a, keeping the chosen lane's bits. */
    public static V128 f32x4_pmax(V128 a, V128 b) {
        return new V128(select(fmask(f0(a.lo) < f0(b.lo), f1(a.lo) < f1(b.lo)), b.lo, a.lo),
                select(fmask(f0(a.hi) < f0(b.hi), f1(a.hi) < f1(b.hi)), b.hi, a.hi));
    }

    public static V128 f32x4_abs(V128 a) {
        return new V128(a.lo & ~H32, a.hi & ~H32);
    }

    public static V128 f32x4_neg(V128 a) {
        return new V128(a.lo ^ H32, a.hi ^ H32);
    }

    public static V128 f32x4_sqrt(V128 a) {
        return new V128(floats(WasmMath.f32Sqrt(f0(a.lo)), WasmMath.f32Sqrt(f1(a.lo))),
                floats(WasmMath.f32Sqrt(f0(a.hi)), WasmMath.f32Sqrt(f1(a.hi))));
    }

    public static V128 f32x4_ceil(V128 a) {
        return new V128(floats(WasmMath.f32Ceil(f0(a.lo)), WasmMath.f32Ceil(f1(a.lo))),
                floats(WasmMath.f32Ceil(f0(a.hi)), WasmMath.f32Ceil(f1(a.hi))));
    }

    public static V128 f32x4_floor(V128 a) {
        return new V128(floats(WasmMath.f32Floor(f0(a.lo)), WasmMath.f32Floor(f1(a.lo))),
                floats(WasmMath.f32Floor(f0(a.hi)), WasmMath.f32Floor(f1(a.hi))));
    }

    public static V128 f32x4_trunc(V128 a) {
        return new V128(floats(WasmMath.f32Trunc(f0(a.lo)), WasmMath.f32Trunc(f1(a.lo))),
                floats(WasmMath.f32Trunc(f0(a.hi)), WasmMath.f32Trunc(f1(a.hi))));
    }

    public static V128 f32x4_nearest(V128 a) {
        return new V128(floats(WasmMath.f32Nearest(f0(a.lo)), WasmMath.f32Nearest(f1(a.lo))),
                floats(WasmMath.f32Nearest(f0(a.hi)), WasmMath.f32Nearest(f1(a.hi))));
    }

    public static V128 f64x2_add(V128 a, V128 b) {
        return new V128(bits(d(a.lo) + d(b.lo)), bits(d(a.hi) + d(b.hi)));
    }

    public static V128 f64x2_sub(V128 a, V128 b) {
        return new V128(bits(d(a.lo) - d(b.lo)), bits(d(a.hi) - d(b.hi)));
    }

    public static V128 f64x2_mul(V128 a, V128 b) {
        return new V128(bits(d(a.lo) * d(b.lo)), bits(d(a.hi) * d(b.hi)));
    }

    public static V128 f64x2_div(V128 a, V128 b) {
        return new V128(bits(d(a.lo) / d(b.lo)), bits(d(a.hi) / d(b.hi)));
    }

    public static V128 f64x2_min(V128 a, V128 b) {
        return new V128(bits(WasmMath.f64Min(d(a.lo), d(b.lo))), bits(WasmMath.f64Min(d(a.hi), d(b.hi))));
    }

    public static V128 f64x2_max(V128 a, V128 b) {
        return new V128(bits(WasmMath.f64Max(d(a.lo), d(b.lo))), bits(WasmMath.f64Max(d(a.hi), d(b.hi))));
    }

    public static V128 f64x2_pmin(V128 a, V128 b) {
        return new V128(d(b.lo) < d(a.lo) ? b.lo : a.lo, d(b.hi) < d(a.hi) ? b.hi : a.hi);
    }

    public static V128 f64x2_pmax(V128 a, V128 b) {
        return new V128(d(a.lo) < d(b.lo) ? b.lo : a.lo, d(a.hi) < d(b.hi) ? b.hi : a.hi);
    }

    public static V128 f64x2_abs(V128 a) {
        return new V128(a.lo & Long.MAX_VALUE, a.hi & Long.MAX_VALUE);
    }

    public static V128 f64x2_neg(V128 a) {
        return new V128(a.lo ^ Long.MIN_VALUE, a.hi ^ Long.MIN_VALUE);
    }

    public static V128 f64x2_sqrt(V128 a) {
        return new V128(bits(WasmMath.f64Sqrt(d(a.lo))), bits(WasmMath.f64Sqrt(d(a.hi))));
    }

    public static V128 f64x2_ceil(V128 a) {
        return new V128(bits(WasmMath.f64Ceil(d(a.lo))), bits(WasmMath.f64Ceil(d(a.hi))));
    }

    public static V128 f64x2_floor(V128 a) {
        return new V128(bits(WasmMath.f64Floor(d(a.lo))), bits(WasmMath.f64Floor(d(a.hi))));
    }

    public static V128 f64x2_trunc(V128 a) {
        return new V128(bits(WasmMath.f64Trunc(d(a.lo))), bits(WasmMath.f64Trunc(d(a.hi))));
    }

    public static V128 f64x2_nearest(V128 a) {
        return new V128(bits(WasmMath.f64Nearest(d(a.lo))), bits(WasmMath.f64Nearest(d(a.hi))));
    }

    /** f32 lane 0 / lane 1 of a half. */
    private static float f0(long x) {
        return Float.intBitsToFloat((int) x);
    }

    private static float f1(long x) {
        return Float.intBitsToFloat((int) (x >>> 32));
    }

    private static long floats(float lane0, float lane1) {
        return ints(Float.floatToRawIntBits(lane0), Float.floatToRawIntBits(lane1));
    }

    private static double d(long x) {
        return Double.longBitsToDouble(x);
    }

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    // =====================================================================================================
    // Conversions

    /** The two f64 lanes rounded to f32 in lanes 0 and 1; lanes 2 and 3 are zero. */
    public static V128 f32x4_demote_f64x2_zero(V128 v) {
        return new V128(floats((float) d(v.lo), (float) d(v.hi)), 0);
    }

    public static V128 f64x2_promote_low_f32x4(V128 v) {
        return new V128(bits(f0(v.lo)), bits(f1(v.lo)));
    }

    /** Java's float-to-int cast already saturates and maps NaN to 0. */
    public static V128 i32x4_trunc_sat_f32x4_s(V128 v) {
        return new V128(ints((int) f0(v.lo), (int) f1(v.lo)), ints((int) f0(v.hi), (int) f1(v.hi)));
    }

    public static V128 i32x4_trunc_sat_f32x4_u(V128 v) {
        return new V128(ints(WasmMath.i32TruncSatF32U(f0(v.lo)), WasmMath.i32TruncSatF32U(f1(v.lo))),
                ints(WasmMath.i32TruncSatF32U(f0(v.hi)), WasmMath.i32TruncSatF32U(f1(v.hi))));
    }

    public static V128 i32x4_trunc_sat_f64x2_s_zero(V128 v) {
        return new V128(ints((int) d(v.lo), (int) d(v.hi)), 0);
    }

    public static V128 i32x4_trunc_sat_f64x2_u_zero(V128 v) {
        return new V128(ints(WasmMath.i32TruncSatF64U(d(v.lo)), WasmMath.i32TruncSatF64U(d(v.hi))), 0);
    }

    public static V128 f32x4_convert_i32x4_s(V128 v) {
        return new V128(floats((int) v.lo, (int) (v.lo >>> 32)), floats((int) v.hi, (int) (v.hi >>> 32)));
    }

    /** Through long, so the unsigned value is rounded once. */
    public static V128 f32x4_convert_i32x4_u(V128 v) {
        return new V128(floats(v.lo & LOW32, v.lo >>> 32), floats(v.hi & LOW32, v.hi >>> 32));
    }

    public static V128 f64x2_convert_low_i32x4_s(V128 v) {
        return new V128(bits((int) v.lo), bits((int) (v.lo >>> 32)));
    }

    public static V128 f64x2_convert_low_i32x4_u(V128 v) {
        return new V128(bits(v.lo & LOW32), bits(v.lo >>> 32));
    }
}
