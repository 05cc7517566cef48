// clang-flags: -msimd128 -O3
// SIMD kernels written with wasm_simd128.h intrinsics, and loops clang auto-vectorizes at -O3, each
// checked against a scalar reference the compiler must not vectorize. Prints one line per kernel with
// its result, so the JUnit test can compare the values (and the output of every backend).
#include <stdint.h>
#include <wasm_simd128.h>

#include "check.h"

#define N 4096

static int32_t a[N], b[N];
static float fa[N], fb[N];
static uint8_t bytes[N];
static char text[64] = "Hello, SIMD World! wasm4j runs v128 on the JVM.";

// Deterministic data without libc's rand (same on every run and backend).
static uint32_t state = 12345;
static uint32_t next(void) {
    state = state * 1103515245u + 12345u;
    return state >> 8;
}

#define SCALAR _Pragma("clang loop vectorize(disable) interleave(disable)")

static int64_t dot_simd(void) {
    v128_t acc = wasm_i64x2_splat(0);
    for (int i = 0; i < N; i += 4) {
        v128_t x = wasm_v128_load(&a[i]);
        v128_t y = wasm_v128_load(&b[i]);
        v128_t p = wasm_i32x4_mul(x, y);
        acc = wasm_i64x2_add(acc, wasm_i64x2_extend_low_i32x4(p));
        acc = wasm_i64x2_add(acc, wasm_i64x2_extend_high_i32x4(p));
    }
    return wasm_i64x2_extract_lane(acc, 0) + wasm_i64x2_extract_lane(acc, 1);
}

static int64_t dot_scalar(void) {
    int64_t s = 0;
    SCALAR for (int i = 0; i < N; i++) {
        s += (int32_t) ((uint32_t) a[i] * (uint32_t) b[i]);
    }
    return s;
}

// Auto-vectorized by clang at -O3 with -msimd128.
static void saxpy(float k, float *restrict out, const float *restrict x, const float *restrict y) {
    for (int i = 0; i < N; i++) {
        out[i] = k * x[i] + y[i];
    }
}

static float out[N];

static double sum_scalar_saxpy(float k) {
    double s = 0;
    SCALAR for (int i = 0; i < N; i++) {
        s += (double) (k * fa[i] + fb[i]);
    }
    return s;
}

static int histogram_max_simd(int counts[16]) {
    // Counts the high nibbles of all bytes with compares and bitmasks.
    for (int v = 0; v < 16; v++) {
        v128_t want = wasm_i8x16_splat((int8_t) v);
        int count = 0;
        for (int i = 0; i < N; i += 16) {
            v128_t x = wasm_u8x16_shr(wasm_v128_load(&bytes[i]), 4);
            count += __builtin_popcount(wasm_i8x16_bitmask(wasm_i8x16_eq(x, want)));
        }
        counts[v] = count;
    }
    int best = 0;
    for (int v = 1; v < 16; v++) {
        if (counts[v] > counts[best]) {
            best = v;
        }
    }
    return best;
}

static void upper_simd(char *s, int n) {
    for (int i = 0; i + 16 <= n; i += 16) {
        v128_t x = wasm_v128_load(s + i);
        v128_t lower = wasm_v128_and(wasm_i8x16_gt(x, wasm_i8x16_splat('a' - 1)),
                                     wasm_i8x16_lt(x, wasm_i8x16_splat('z' + 1)));
        wasm_v128_store(s + i, wasm_v128_xor(x, wasm_v128_and(lower, wasm_i8x16_splat(0x20))));
    }
}

int main(void) {
    for (int i = 0; i < N; i++) {
        a[i] = (int32_t) next() - (1 << 22);
        b[i] = (int32_t) (next() % 2001) - 1000;
        fa[i] = (float) (next() % 1000) / 8.0f;
        fb[i] = (float) (next() % 1000) / 16.0f;
        bytes[i] = (uint8_t) next();
    }

    int64_t dot = dot_simd();
    CHECK(dot == dot_scalar());
    printf("dot %lld\n", (long long) dot);

    saxpy(1.5f, out, fa, fb);
    double s = 0;
    SCALAR for (int i = 0; i < N; i++) {
        s += (double) out[i];
    }
    CHECK(s == sum_scalar_saxpy(1.5f));
    printf("saxpy %.4f\n", s);

    int counts[16];
    int best = histogram_max_simd(counts);
    int total = 0;
    for (int v = 0; v < 16; v++) {
        int scalar = 0;
        SCALAR for (int i = 0; i < N; i++) {
            scalar += (bytes[i] >> 4) == v;
        }
        CHECK(counts[v] == scalar);
        total += counts[v];
    }
    CHECK(total == N);
    printf("nibble %d %d\n", best, counts[best]);

    v128_t sat = wasm_i16x8_add_sat(wasm_i16x8_splat(30000), wasm_i16x8_make(1, 2, 3000, 4000, -1, -30000, 0, 32767));
    printf("addsat %d %d %d %d\n", wasm_i16x8_extract_lane(sat, 0), wasm_i16x8_extract_lane(sat, 3),
           wasm_i16x8_extract_lane(sat, 5), wasm_i16x8_extract_lane(sat, 7));
    v128_t shuffled = wasm_i8x16_shuffle(wasm_i8x16_make(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
                                         wasm_i8x16_splat(99), 15, 16, 0, 7, 8, 31, 1, 2, 3, 4, 5, 6, 9, 10, 11, 12);
    printf("shuffle %d %d %d %d\n", wasm_i8x16_extract_lane(shuffled, 0), wasm_i8x16_extract_lane(shuffled, 1),
           wasm_i8x16_extract_lane(shuffled, 3), wasm_i8x16_extract_lane(shuffled, 5));

    upper_simd(text, 48);
    printf("upper %s\n", text);
    FINISH();
}
