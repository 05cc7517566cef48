package dev.wasm4j.pure.internal.runtime;

/**
 * The relaxed-SIMD instructions, named like {@link Simd}'s ({@code f32x4.relaxed_madd} is
 * {@link #f32x4_relaxed_madd}). The proposal lets each return one of a few results; backend pure always
 * picks the deterministic one its fixed-width counterpart gives (swizzle, saturating truncation,
 * bitselect, wasm min/max, saturating q15 multiply) and an unfused multiply-add, so a program gets the
 * same answer on every machine.
 */
public final class RelaxedSimd {
    private RelaxedSimd() {
    }

    public static V128 i8x16_relaxed_swizzle(V128 a, V128 s) {
        return Simd.i8x16_swizzle(a, s);
    }

    public static V128 i32x4_relaxed_trunc_f32x4_s(V128 v) {
        return Simd.i32x4_trunc_sat_f32x4_s(v);
    }

    public static V128 i32x4_relaxed_trunc_f32x4_u(V128 v) {
        return Simd.i32x4_trunc_sat_f32x4_u(v);
    }

    public static V128 i32x4_relaxed_trunc_f64x2_s_zero(V128 v) {
        return Simd.i32x4_trunc_sat_f64x2_s_zero(v);
    }

    public static V128 i32x4_relaxed_trunc_f64x2_u_zero(V128 v) {
        return Simd.i32x4_trunc_sat_f64x2_u_zero(v);
    }

    public static V128 f32x4_relaxed_madd(V128 a, V128 b, V128 c) {
        return Simd.f32x4_add(Simd.f32x4_mul(a, b), c);
    }

    public static V128 f32x4_relaxed_nmadd(V128 a, V128 b, V128 c) {
        return Simd.f32x4_add(Simd.f32x4_neg(Simd.f32x4_mul(a, b)), c);
    }

    public static V128 f64x2_relaxed_madd(V128 a, V128 b, V128 c) {
        return Simd.f64x2_add(Simd.f64x2_mul(a, b), c);
    }

    public static V128 f64x2_relaxed_nmadd(V128 a, V128 b, V128 c) {
        return Simd.f64x2_add(Simd.f64x2_neg(Simd.f64x2_mul(a, b)), c);
    }

    public static V128 i8x16_relaxed_laneselect(V128 a, V128 b, V128 m) {
        return Simd.v128_bitselect(a, b, m);
    }

    public static V128 i16x8_relaxed_laneselect(V128 a, V128 b, V128 m) {
        return Simd.v128_bitselect(a, b, m);
    }

    public static V128 i32x4_relaxed_laneselect(V128 a, V128 b, V128 m) {
        return Simd.v128_bitselect(a, b, m);
    }

    public static V128 i64x2_relaxed_laneselect(V128 a, V128 b, V128 m) {
        return Simd.v128_bitselect(a, b, m);
    }

    public static V128 f32x4_relaxed_min(V128 a, V128 b) {
        return Simd.f32x4_min(a, b);
    }

    public static V128 f32x4_relaxed_max(V128 a, V128 b) {
        return Simd.f32x4_max(a, b);
    }

    public static V128 f64x2_relaxed_min(V128 a, V128 b) {
        return Simd.f64x2_min(a, b);
    }

    public static V128 f64x2_relaxed_max(V128 a, V128 b) {
        return Simd.f64x2_max(a, b);
    }

    public static V128 i16x8_relaxed_q15mulr_s(V128 a, V128 b) {
        return Simd.i16x8_q15mulr_sat_s(a, b);
    }

    /** Lane i: a[2i]*b[2i] + a[2i+1]*b[2i+1], bytes signed, wrapped to 16 bits. */
    public static V128 i16x8_relaxed_dot_i8x16_i7x16_s(V128 a, V128 b) {
        return new V128(dot16(a.lo, b.lo), dot16(a.hi, b.hi));
    }

    private static long dot16(long a, long b) {
        long r = 0;
        for (int lane = 0; lane < 4; lane++) {
            int shift = lane * 16;
            int sum = (byte) (a >>> shift) * (byte) (b >>> shift)
                    + (byte) (a >>> (shift + 8)) * (byte) (b >>> (shift + 8));
            r |= (sum & 0xFFFFL) << shift;
        }
        return r;
    }

    /** Lane i: c[i] + the four signed byte products a[4i+k]*b[4i+k], wrapping. */
    public static V128 i32x4_relaxed_dot_i8x16_i7x16_add_s(V128 a, V128 b, V128 c) {
        return new V128(dot32(a.lo, b.lo, c.lo), dot32(a.hi, b.hi, c.hi));
    }

    private static long dot32(long a, long b, long c) {
        long r = 0;
        for (int lane = 0; lane < 2; lane++) {
            int shift = lane * 32;
            int sum = (int) (c >>> shift);
            for (int k = 0; k < 4; k++) {
                sum += (byte) (a >>> (shift + 8 * k)) * (byte) (b >>> (shift + 8 * k));
            }
            r |= (sum & 0xFFFF_FFFFL) << shift;
        }
        return r;
    }
}
